import { eq, sql } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manyConsentingAlumni, registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { mailOutbox } from "../../db/schema/mail";

let t: TestApp;
let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, runWorker: true });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const draft = {
  subjectJa: "新オフィス移転のお知らせ",
  bodyJa: "いつもお世話になっております。\n\n本社を移転いたしました。詳しくは https://example.test/news?a=1&b=<2> をご覧ください。",
  subjectEn: "We have moved",
  bodyEn: "Hello from your former colleagues.\n\nOur head office has moved: https://example.test/news",
};

const rawHeader = (mail: ParsedMail | undefined, name: string) =>
  mail?.headerLines
    .find((h) => h.key === name)
    ?.line.slice(name.length + 1)
    .trim();
const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");
const mailsTo = (address: string) => sink.messages.filter((m) => to(m) === address);

async function announce(cookie: string, body: Record<string, unknown> = draft) {
  return t.request("/api/v1/announcements", { method: "POST", cookie, json: body });
}

async function finished(cookie: string, id: string, expected: number) {
  await expect
    .poll(
      async () => {
        const a = await (await t.request(`/api/v1/announcements/${id}`, { cookie })).json();
        return a.status === "sent" ? a.counts.sent + a.counts.suppressed + a.counts.failed : -1;
      },
      { timeout: 20_000 },
    )
    .toBe(expected);
  return (await t.request(`/api/v1/announcements/${id}`, { cookie })).json();
}

describe("announcements", () => {
  it("counts the audience: registered alumni with the consent, an active account and a verified email", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    await registeredAlumnus(db, tenant, { purposes: ["company_news", "events"] });
    await registeredAlumnus(db, tenant, { purposes: ["events"] });
    await registeredAlumnus(db, tenant, { purposes: ["company_news"], verified: false });
    const { cookie } = await t.as(tenant, "hr");
    const count = async (purpose?: string) =>
      (await (await t.request("/api/v1/announcements/audience", { method: "POST", cookie, json: purpose ? { purpose } : {} })).json()).count;
    expect(await count()).toBe(1);
    expect(await count("events")).toBe(2);
    expect(await count("job_opportunities")).toBe(0);
  });

  it("refuses an empty audience with a clear message", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    // The session's language (ja for test members) phrases the problem.
    const res = await t.request("/api/v1/announcements", { method: "POST", cookie, json: draft });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.code).toBe("empty_audience");
    expect(problem.detail).toBe("この配信目的に同意し、メールアドレスの確認を済ませたアルムナイがまだいないため、送信できません。");
  });

  it("sends each consenting alumnus the announcement in their language with one-click unsubscribe, and nobody else", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const ja = await registeredAlumnus(db, tenant, { locale: "ja" });
    const en = await registeredAlumnus(db, tenant, { locale: "en" });
    const other = await registeredAlumnus(db, tenant, { purposes: ["events"] });
    const { cookie, member } = await t.as(tenant, "hr");
    const res = await announce(cookie);
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ purpose: "company_news", recipientCount: 2, status: "sending" });

    const done = await finished(cookie, created.id, 2);
    expect(done.counts).toEqual({ queued: 0, sending: 0, sent: 2, suppressed: 0, failed: 0 });
    await expect.poll(() => mailsTo(ja.email).length + mailsTo(en.email).length).toBe(2);
    expect(mailsTo(other.email)).toHaveLength(0);

    const [jaMail] = mailsTo(ja.email);
    expect(jaMail?.subject).toBe(`【${tenant.name}】新オフィス移転のお知らせ`);
    expect(jaMail?.messageId).toBe(`<announcement_${created.id}_${ja.alumnusId}@okaeri>`);
    expect(rawHeader(jaMail, "list-unsubscribe")).toMatch(/^<http:\/\/okaeri\.test\/api\/public\/unsubscribe\/[\w-]+\.[\w-]{43}>$/);
    expect(rawHeader(jaMail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(jaMail?.text).toContain("本社を移転いたしました。");
    expect(jaMail?.text).toMatch(/配信停止はこちら: http:\/\/okaeri\.test\/unsubscribe#token=[\w-]+\.[\w-]{43}/);
    expect(jaMail?.text).toContain("「会社からのお知らせ」の受け取りにご同意いただいた方にお送りしています。");
    expect(jaMail?.html).toContain("配信停止はこちら</a>");
    // Links in the body are escaped, never trusted as markup.
    expect(jaMail?.html).toContain('<a href="https://example.test/news?a=1&#38;b=" style="color:#0b7285">');
    expect(jaMail?.html).toContain("&#60;2&#62;");
    expect(jaMail?.html).not.toContain("<2>");

    const [enMail] = mailsTo(en.email);
    expect(enMail?.subject).toBe(`[${tenant.name}] We have moved`);
    expect(enMail?.text).toMatch(/Unsubscribe: http:\/\/okaeri\.test\/unsubscribe#token=/);
    expect(enMail?.text).toContain("You receive it because you agreed to receive company news.");
    expect(enMail?.html).toContain(">Unsubscribe</a>");

    const list = await (await t.request("/api/v1/announcements", { cookie })).json();
    expect(list.items[0]).toMatchObject({ id: created.id, status: "sent", counts: { sent: 2 } });
    const audit = await db.execute(sql`select actor_id, meta from audit_events where target_id = ${created.id} and action = 'announcement.created'`);
    expect((audit as unknown as { rows: { actor_id: string; meta: unknown }[] }).rows[0]).toMatchObject({
      actor_id: member.userId,
      meta: { purpose: "company_news", recipients: 2 },
    });
  });

  it("after a one-click unsubscribe, the next announcement does not reach that person", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const leaving = await registeredAlumnus(db, tenant);
    const staying = await registeredAlumnus(db, tenant);
    const { cookie } = await t.as(tenant, "hr");
    const first = await (await announce(cookie)).json();
    await finished(cookie, first.id, 2);
    await expect.poll(() => mailsTo(leaving.email).length).toBe(1);
    const url = rawHeader(mailsTo(leaving.email)[0], "list-unsubscribe")!.slice(1, -1);

    // What a mail provider sends (RFC 8058): a form POST, no Origin, no cookie.
    const res = await t.app.request(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "198.51.100.7" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);

    const second = await (await announce(cookie, { ...draft, subjectJa: "二通目", subjectEn: "Second" })).json();
    expect(second.recipientCount).toBe(1);
    await finished(cookie, second.id, 1);
    await expect.poll(() => mailsTo(staying.email).length).toBe(2);
    expect(mailsTo(leaving.email)).toHaveLength(1);
  });

  it("sends a test of both languages to the person composing it", async () => {
    const tenant = await t.tenant();
    const { cookie, member } = await t.as(tenant, "admin");
    const res = await t.request("/api/v1/announcements/test", { method: "POST", cookie, json: draft });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ sentTo: member.email, locales: ["ja", "en"] });
    await expect.poll(() => mailsTo(member.email).length).toBe(2);
    const subjects = mailsTo(member.email)
      .map((m) => m.subject)
      .sort();
    expect(subjects).toEqual([`[Test] [${tenant.name}] We have moved`, `[テスト送信] 【${tenant.name}】新オフィス移転のお知らせ`].sort());
    expect(rawHeader(mailsTo(member.email)[0], "list-unsubscribe")).toBeUndefined();
  });

  it("refuses managers, employees and alumni", async () => {
    const tenant = await t.tenant();
    for (const role of ["manager", "employee", "alumnus"] as const) {
      const { cookie } = await t.as(tenant, role);
      expect((await t.request("/api/v1/announcements", { cookie })).status).toBe(403);
      expect((await announce(cookie)).status).toBe(403);
    }
  });
});

describe("announcement fan-out", () => {
  /** Without SMTP the worker still writes the outbox (the dev mailbox): the fan-out alone is measured. */
  it("writes one message per consenting recipient in batches, in each recipient's language, once", async () => {
    const local = await createTestApp({ runWorker: true });
    try {
      const tenant = await local.tenant();
      await manyConsentingAlumni(local.deps.database.db, tenant.id, 2_500, "company_news", `fan-${tenant.slug}-`);
      await manyConsentingAlumni(local.deps.database.db, tenant.id, 300, "events", `ev-${tenant.slug}-`);
      const { cookie } = await local.as(tenant, "hr");
      const res = await local.request("/api/v1/announcements", { method: "POST", cookie, json: draft });
      expect(res.status).toBe(201);
      const { id, recipientCount } = await res.json();
      expect(recipientCount).toBe(2_500);
      await expect.poll(async () => (await (await local.request(`/api/v1/announcements/${id}`, { cookie })).json()).status, { timeout: 60_000 }).toBe("sent");
      const rows = await local.deps.database.db
        .select({
          locale: mailOutbox.locale,
          n: sql<number>`count(*)`.mapWith(Number),
          keys: sql<number>`count(distinct ${mailOutbox.idempotencyKey})`.mapWith(Number),
        })
        .from(mailOutbox)
        .where(eq(mailOutbox.announcementId, id))
        .groupBy(mailOutbox.locale);
      expect(Object.fromEntries(rows.map((r) => [r.locale, [r.n, r.keys]]))).toEqual({ ja: [1_250, 1_250], en: [1_250, 1_250] });
      const announcement = await (await local.request(`/api/v1/announcements/${id}`, { cookie })).json();
      expect(announcement.counts.queued).toBe(2_500);
    } finally {
      await local.close();
    }
  }, 120_000);
});
