import { and, eq } from "drizzle-orm";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { auditEvents } from "../../db/schema/audit";
import { offboardingCases } from "../../db/schema/graduation";
import type { TenantRef } from "../../platform/context";
import { runDispatch } from "./graduation-dispatch";

let t: TestApp;
let tenant: TenantRef;
let hr: string;
/** An HR member who reads Okaeri in English (a signed-in person's own language wins over Accept-Language). */
let hrEn: string;
beforeAll(async () => {
  t = await createTestApp();
  tenant = await t.tenant();
  hr = (await t.as(tenant, "hr")).cookie;
  hrEn = await t.signIn((await t.member(tenant, "hr", { locale: "en" })).email);
});
afterAll(() => t?.close());

let n = 0;
const email = (label: string) => `${label}-${++n}-${Date.now()}@example.test`;
const leaver = (overrides: Record<string, unknown> = {}) => ({
  familyName: "山田",
  givenName: "花子",
  workEmail: email("leaver"),
  department: "営業部",
  lastDay: "2031-03-31",
  ...overrides,
});

async function upload(cookie: string, content: Uint8Array | string) {
  const form = new FormData();
  form.set("file", new File([typeof content === "string" ? content : new Uint8Array(content)], "leavers.csv", { type: "text/csv" }));
  return t.request("/api/v1/offboarding/cases/import", { method: "POST", cookie, body: form });
}

async function auditOf(tenantId: string, action: string) {
  return t.deps.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, action)));
}

describe("offboarding cases", () => {
  it("creates a case by hand, scheduled at 10:00 Tokyo time invite_days_before the last day, and audits it", async () => {
    const res = await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hr, json: leaver({ employeeNumber: "E-100", locale: "en" }) });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ status: "scheduled", source: "manual", locale: "en", employeeNumber: "E-100", version: 1 });
    expect(created.sendAt).toBe("2031-03-26T01:00:00.000Z");
    const audits = await auditOf(tenant.id, "offboarding.case_created");
    const mine = audits.find((a) => a.targetId === created.id);
    expect(mine?.meta).toEqual({ source: "manual" });
    expect(JSON.stringify(mine)).not.toContain(created.workEmail);
  });

  it("sends at the next dispatch when the default time is already past, or at a chosen time", async () => {
    const past = await (await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hr, json: leaver({ lastDay: "2020-01-10" }) })).json();
    expect(Math.abs(new Date(past.sendAt).getTime() - Date.now())).toBeLessThan(60_000);
    const chosen = await (
      await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hr, json: leaver({ sendAt: "2031-03-30T09:30:00+09:00" }) })
    ).json();
    expect(chosen.sendAt).toBe("2031-03-30T00:30:00.000Z");
  });

  it("refuses a second open case for the same work email with a localised 409", async () => {
    const input = leaver();
    expect((await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hr, json: input })).status).toBe(201);
    const ja = await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hr, json: { ...input, workEmail: input.workEmail.toUpperCase() } });
    expect(ja.status).toBe(409);
    const problem = await ja.json();
    expect(problem.code).toBe("offboarding_open_case_exists");
    expect(problem.detail).toContain("進行中");
    const en = await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hrEn, json: input });
    expect((await en.json()).detail).toContain("already has an open offboarding case");
  });

  it("takes cases from an HR system with an API key of role hr, and refuses other roles' keys", async () => {
    const key = await t.apiKey(tenant, "hr");
    const res = await t.request("/api/v1/offboarding/cases", { method: "POST", bearer: key, json: leaver() });
    expect(res.status).toBe(201);
    expect((await res.json()).source).toBe("api");
    for (const role of ["manager", "employee", "alumnus"] as const) {
      const other = await t.apiKey(tenant, role);
      expect((await t.request("/api/v1/offboarding/cases", { method: "POST", bearer: other, json: leaver() })).status).toBe(403);
    }
  });

  it("lists with status filter, name search and pagination", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "admin");
    for (const [family, given] of [
      ["佐藤", "一郎"],
      ["鈴木", "二郎"],
      ["高橋", "三郎"],
    ]) {
      await t.request("/api/v1/offboarding/cases", { method: "POST", cookie, json: leaver({ familyName: family, givenName: given }) });
    }
    const first = await (await t.request("/api/v1/offboarding/cases?limit=2", { cookie })).json();
    expect(first.items).toHaveLength(2);
    expect(first.total).toBe(3);
    const second = await (await t.request(`/api/v1/offboarding/cases?limit=2&cursor=${first.nextCursor}`, { cookie })).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    const found = await (await t.request(`/api/v1/offboarding/cases?q=${encodeURIComponent("鈴木 二郎")}`, { cookie })).json();
    expect(found.items.map((c: { familyName: string }) => c.familyName)).toEqual(["鈴木"]);
    expect((await (await t.request("/api/v1/offboarding/cases?status=invited", { cookie })).json()).total).toBe(0);
    expect((await (await t.request("/api/v1/offboarding/cases?status=scheduled", { cookie })).json()).total).toBe(3);
  });

  it("edits a scheduled case with a version check, cancels it after which it cannot be edited", async () => {
    const created = await (await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hr, json: leaver() })).json();
    const path = `/api/v1/offboarding/cases/${created.id}`;
    const edited = await t.request(path, {
      method: "PUT",
      cookie: hr,
      json: { ...leaver({ workEmail: created.workEmail, department: "人事部" }), version: 1 },
    });
    expect(edited.status).toBe(200);
    expect((await edited.json()).department).toBe("人事部");
    const stale = await t.request(path, { method: "PUT", cookie: hr, json: { ...leaver({ workEmail: created.workEmail }), version: 1 } });
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe("stale_version");
    const cancelled = await t.request(`${path}/cancel`, { method: "POST", cookie: hr });
    expect((await cancelled.json()).status).toBe("cancelled");
    const late = await t.request(path, { method: "PUT", cookie: hr, json: { ...leaver({ workEmail: created.workEmail }), version: 3 } });
    expect((await late.json()).code).toBe("offboarding_not_editable");
    const detail = await (await t.request(path, { cookie: hr })).json();
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(["created", "updated", "cancelled"]);
    // The email is free again once the case is closed.
    expect((await t.request("/api/v1/offboarding/cases", { method: "POST", cookie: hr, json: leaver({ workEmail: created.workEmail }) })).status).toBe(201);
  });

  it("answers another tenant's case id with 404", async () => {
    const other = await t.tenant();
    const { cookie } = await t.as(other, "hr");
    const foreign = await (await t.request("/api/v1/offboarding/cases", { method: "POST", cookie, json: leaver() })).json();
    for (const [method, suffix] of [
      ["GET", ""],
      ["POST", "/cancel"],
      ["POST", "/reinvite"],
    ] as const) {
      expect((await t.request(`/api/v1/offboarding/cases/${foreign.id}${suffix}`, { method, cookie: hr })).status).toBe(404);
    }
    const preview = await t.request("/api/v1/offboarding/templates/preview", {
      method: "POST",
      cookie: hr,
      json: { template: "graduation_invitation", locale: "ja", subject: "件名", body: "{{link}}", caseId: foreign.id },
    });
    expect(preview.status).toBe(404);
  });
});

describe("CSV upload", () => {
  it("creates every row of a UTF-8 file with a BOM and Japanese headers", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "hr");
    const csv = `\uFEFF社員番号,姓,名,会社メールアドレス,部署,最終出社日,言語\r\nA1,田中,太郎,${email("t")},開発部,2031/04/30,ja\r\nA2,Smith,Anna,${email("s")},Sales,令和13年4月30日,en\r\n`;
    const res = await upload(cookie, csv);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: 2 });
    const page = await (await t.request("/api/v1/offboarding/cases", { cookie })).json();
    expect(page.items.map((c: { source: string; lastDay: string; locale: string }) => [c.source, c.lastDay, c.locale]).sort()).toEqual([
      ["csv", "2031-04-30", "en"],
      ["csv", "2031-04-30", "ja"],
    ]);
  });

  it("reads Shift_JIS (CP932) files and English headers", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "hr");
    const sjis = iconv.encode(`姓,名,会社メールアドレス,最終出社日\r\n髙橋,﨑子,${email("sj")},2031-05-31\r\n`, "cp932");
    const res = await upload(cookie, sjis);
    expect(res.status).toBe(201);
    const [row] = (await (await t.request("/api/v1/offboarding/cases", { cookie })).json()).items;
    expect([row.familyName, row.givenName]).toEqual(["髙橋", "﨑子"]);
    const en = await upload(cookie, `Family name,Given name,Work email,Last day,Language\nLee,Min,${email("en")},2031-06-30,English\n`);
    expect(await en.json()).toEqual({ created: 1 });
  });

  it("creates nothing when any row is bad, and lists every row's problems in the caller's language", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "hr");
    const open = email("open");
    await t.request("/api/v1/offboarding/cases", { method: "POST", cookie, json: leaver({ workEmail: open }) });
    const dup = email("dup");
    const csv = [
      "姓,名,会社メールアドレス,最終出社日,言語",
      `良い,行,${email("ok")},2031/03/31,ja`,
      ",名無し,not-an-email,2031/13/45,fr",
      `重複,一,${dup},2031/03/31,`,
      `重複,二,${dup},2031/03/31,`,
      `既存,案件,${open},2031/03/31,`,
    ].join("\r\n");
    const res = await upload(cookie, csv);
    expect(res.status).toBe(422);
    const problem = await res.json();
    const paths = problem.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`);
    expect(paths).toEqual([
      "rows.3.familyName:required",
      "rows.3.lastDay:invalid_date",
      "rows.3.locale:invalid_locale",
      "rows.5.workEmail:duplicate_in_file",
      "rows.6.workEmail:open_case_exists",
    ]);
    expect(problem.errors[0].message).toBe("3行目：「姓」が空欄です。");
    expect((await (await t.request("/api/v1/offboarding/cases", { cookie })).json()).total).toBe(1);

    const enCookie = await t.signIn((await t.member(own, "hr", { locale: "en" })).email);
    const en = await (await upload(enCookie, csv)).json();
    expect(en.errors[0].message).toBe('Row 3: "Family name" is empty.');
    // The e-mail of row 3 is checked once the required cells are there.
    const bad = await (await upload(cookie, `姓,名,会社メールアドレス,最終出社日\r\n山田,花子,not-an-email,2031/03/31\r\n`)).json();
    expect(bad.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual(["rows.2.workEmail:invalid_email"]);
  });

  it("names missing columns, and offers a template to download", async () => {
    const res = await upload(hr, "氏名,メモ\r\n山田花子,x\r\n");
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0]).toMatchObject({ path: "file", code: "missing_columns" });
    const template = await t.request("/api/v1/offboarding/cases/template.csv?locale=ja", { cookie: hr });
    expect(template.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await template.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").startsWith("社員番号,姓,名,会社メールアドレス,個人メールアドレス,部署,最終出社日,言語")).toBe(true);
  });
});

describe("templates and settings", () => {
  const path = "/api/v1/offboarding/templates/graduation_invitation/ja";

  it("serves the warm default wording in both languages, previews edits and saves them", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "admin");
    const all = await (await t.request("/api/v1/offboarding/templates", { cookie })).json();
    expect(all).toHaveLength(4);
    const ja = all.find((v: { template: string; locale: string }) => v.template === "graduation_invitation" && v.locale === "ja");
    expect(ja.customized).toBe(false);
    expect(ja.body).toContain("これまでのご尽力に心より感謝申し上げます");
    expect(ja.body).toContain("おかえりなさい");

    const body = "{{name}} 様\n\n{{company}} での日々をありがとうございました。<b>最終出社日</b>は{{lastDay}}です。\n\n{{link}}\n\n有効期限：{{expiresOn}}";
    const preview = await (
      await t.request("/api/v1/offboarding/templates/preview", {
        method: "POST",
        cookie,
        json: { template: "graduation_invitation", locale: "ja", subject: "【{{company}}】ご案内", body },
      })
    ).json();
    expect(preview.subject).toBe(`【${own.name}】ご案内`);
    expect(preview.text).toContain("山田 花子 様");
    expect(preview.html).toContain("&#60;b&#62;最終出社日&#60;/b&#62;");
    expect(preview.html).toContain("卒業生ネットワークに登録する</a>");

    const saved = await t.request(path, { method: "PUT", cookie, json: { subject: "【{{company}}】ご案内", body } });
    expect(saved.status).toBe(200);
    expect((await saved.json()).customized).toBe(true);
    expect((await auditOf(own.id, "offboarding.template_updated"))[0]?.meta).toEqual({ template: "graduation_invitation", locale: "ja" });
    const reset = await (await t.request(path, { method: "DELETE", cookie })).json();
    expect(reset).toMatchObject({ customized: false, subject: "【{{company}}】卒業生ネットワークへのご案内" });
  });

  it("refuses CR/LF in the subject, unknown placeholders and a body without the link (422, localised)", async () => {
    const res = await t.request(path, { method: "PUT", cookie: hr, json: { subject: "ご案内\r\nBcc: x@example.test", body: "{{nmae}} 様" } });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`)).toEqual([
      "subject:line_break",
      "body:unknown_placeholder",
      "body:link_missing",
    ]);
    expect(problem.errors[0].message).toBe("件名に改行は入れられません。");
    expect(problem.errors[1].message).toContain("{{nmae}}");
    const preview = await t.request("/api/v1/offboarding/templates/preview", {
      method: "POST",
      cookie: hrEn,
      json: { template: "graduation_reminder", locale: "en", subject: "Hi\nthere", body: "{{link}}" },
    });
    expect(preview.status).toBe(422);
    expect((await preview.json()).errors[0].message).toBe("The subject cannot contain a line break.");
  });

  it("reads and changes the schedule within its limits", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "hr");
    expect(await (await t.request("/api/v1/offboarding/settings", { cookie })).json()).toEqual({ inviteDaysBefore: 5, reminderDaysAfter: 7, tokenTtlDays: 60 });
    const changed = { inviteDaysBefore: 3, reminderDaysAfter: 10, tokenTtlDays: 90 };
    expect(await (await t.request("/api/v1/offboarding/settings", { method: "PUT", cookie, json: changed })).json()).toEqual(changed);
    expect((await t.request("/api/v1/offboarding/settings", { method: "PUT", cookie, json: { ...changed, tokenTtlDays: 366 } })).status).toBe(422);
    const created = await (await t.request("/api/v1/offboarding/cases", { method: "POST", cookie, json: leaver() })).json();
    expect(created.sendAt).toBe("2031-03-28T01:00:00.000Z");
  });
});

describe("bulk invitation of alumni", () => {
  it("invites alumni with a private email and no open case, skips the rest by reason, and audits the legal basis", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "hr");
    const add = async (json: Record<string, unknown>) =>
      (
        await (
          await t.request("/api/v1/alumni", { method: "POST", cookie, json: { familyName: "卒業", givenName: "生", leaveDate: "2022-03-31", ...json } })
        ).json()
      ).id;
    const withPrivate = await add({ privateEmail: email("p1") });
    const withPrivate2 = await add({ privateEmail: email("p2") });
    const noPrivate = await add({ workEmail: email("w") });
    const unknown = "00000000-0000-4000-8000-000000000000";

    const refused = await t.request("/api/v1/offboarding/bulk-invitations", {
      method: "POST",
      cookie,
      json: { alumnusIds: [withPrivate], legalBasis: "other", confirmed: true },
    });
    expect(refused.status).toBe(422);

    const res = await t.request("/api/v1/offboarding/bulk-invitations", {
      method: "POST",
      cookie,
      json: { alumnusIds: [withPrivate, withPrivate2, noPrivate, unknown], legalBasis: "prior_notice_at_exit", confirmed: true },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ invited: 2, skipped: { not_found: 1, no_private_email: 1, already_registered: 0, open_case: 0 } });
    const again = await (
      await t.request("/api/v1/offboarding/bulk-invitations", {
        method: "POST",
        cookie,
        json: { alumnusIds: [withPrivate], legalBasis: "legitimate_interest_notice", confirmed: true },
      })
    ).json();
    expect(again).toEqual({ invited: 0, skipped: { not_found: 0, no_private_email: 0, already_registered: 0, open_case: 1 } });

    const [first] = await auditOf(own.id, "offboarding.bulk_invited").then((rows) => rows.sort((a, b) => a.id - b.id));
    expect(first?.meta).toMatchObject({ legalBasis: "prior_notice_at_exit", confirmed: true, invited: 2, skipped_no_private_email: 1, skipped_not_found: 1 });
    const cases = await t.deps.database.db.select().from(offboardingCases).where(eq(offboardingCases.tenantId, own.id));
    expect(cases.map((c) => [c.source, c.legalBasis, c.status])).toEqual([
      ["bulk", "prior_notice_at_exit", "scheduled"],
      ["bulk", "prior_notice_at_exit", "scheduled"],
    ]);
    expect(cases.map((c) => c.alumnusId).sort()).toEqual([withPrivate, withPrivate2].sort());
  });
});

describe("graduation link", () => {
  it("declines through the public endpoint: no reminder afterwards, idempotent, audited; a bad token is 410", async () => {
    const own = await t.tenant();
    const { cookie } = await t.as(own, "hr");
    const created = await (await t.request("/api/v1/offboarding/cases", { method: "POST", cookie, json: leaver({ lastDay: "2020-01-01" }) })).json();
    await runDispatch(t.deps);
    const [row] = await t.deps.database.db.select().from(offboardingCases).where(eq(offboardingCases.id, created.id));
    expect(row?.status).toBe("invited");
    // The token is only in the mail; read it back from the sealed copy the reminder uses.
    const { openSecret } = await import("../../platform/security/secret-box");
    const token = openSecret(t.deps.config.authSecret, row?.tokenSealed ?? "");
    const decline = () => t.request("/api/public/graduation/decline", { method: "POST", json: { token } });
    expect((await decline()).status).toBe(204);
    expect((await decline()).status).toBe(204);
    const detail = await (await t.request(`/api/v1/offboarding/cases/${created.id}`, { cookie })).json();
    expect(detail.status).toBe("declined");
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(["created", "invited", "declined"]);
    expect((await auditOf(own.id, "offboarding.case_declined")).length).toBe(1);
    const bogus = await t.request("/api/public/graduation/decline", { method: "POST", json: { token: "x".repeat(43) } });
    expect(bogus.status).toBe(410);
    expect((await bogus.json()).code).toBe("graduation_link_invalid");

    const again = await (await t.request(`/api/v1/offboarding/cases/${created.id}/reinvite`, { method: "POST", cookie })).json();
    expect(again.status).toBe("scheduled");
    await runDispatch(t.deps);
    const [reinvited] = await t.deps.database.db.select().from(offboardingCases).where(eq(offboardingCases.id, created.id));
    expect(reinvited?.status).toBe("invited");
    expect(reinvited?.tokenHash).not.toBe(row?.tokenHash);
  });
});
