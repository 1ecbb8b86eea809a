import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, ORIGIN, type TestApp } from "../../../../tests/support/test-app";
import { offboardingCases } from "../../db/schema/graduation";
import { mailOutbox } from "../../db/schema/mail";
import type { RequestContext } from "../../platform/context";
import { runDispatch } from "./graduation-dispatch";
import { inspectGraduationToken } from "./offboarding.service";

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

const publicCtx = (): RequestContext => ({ deps: t.deps, db: t.deps.database.db, requestId: "test", locale: "ja", baseUrl: ORIGIN, clientIp: "198.51.100.7" });
const tokenIn = (text: string | undefined) => /\/graduation#token=([\w-]{43})/.exec(text ?? "")?.[1];

async function caseRow(id: string) {
  const [row] = await t.deps.database.db.select().from(offboardingCases).where(eq(offboardingCases.id, id));
  return row;
}

async function mailsTo(address: string) {
  await new Promise((r) => setTimeout(r, 300));
  return sink.messages.filter((m) => (m.to && "text" in m.to ? m.to.text : "") === address);
}

describe("graduation mail schedule", () => {
  it("sends the invitation, then exactly one reminder with the same link, to a real SMTP server", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const to = `graduate-${Date.now()}@example.test`;
    const created = await (
      await t.request("/api/v1/offboarding/cases", {
        method: "POST",
        cookie,
        json: { familyName: "山田", givenName: "花子", workEmail: to, lastDay: "2020-03-31", department: "営業部" },
      })
    ).json();
    expect(created.status).toBe("scheduled");

    // Two passes at once (two workers): one invitation.
    await Promise.all([runDispatch(t.deps), runDispatch(t.deps)]);
    await expect.poll(async () => (await mailsTo(to)).length, { timeout: 15_000 }).toBe(1);
    const [invitation] = await mailsTo(to);
    expect(invitation?.subject).toBe(`【${tenant.name}】卒業生ネットワークへのご案内`);
    expect(invitation?.text).toContain("山田 花子 様");
    expect(invitation?.text).toContain("これまでのご尽力に心より感謝申し上げます");
    expect(invitation?.text).toContain("2020年3月31日");
    expect(invitation?.html).toContain("卒業生ネットワークに登録する</a>");
    const token = tokenIn(invitation?.text);
    expect(token).toBeTruthy();

    const inspected = await inspectGraduationToken(publicCtx(), token ?? "");
    expect(inspected).toMatchObject({
      status: "valid",
      tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name },
      case: {
        id: created.id,
        familyName: "山田",
        givenName: "花子",
        workEmail: to,
        department: "営業部",
        lastDay: "2020-03-31",
        locale: "ja",
        alumnusId: null,
      },
    });
    const invited = await caseRow(created.id);
    expect(invited?.status).toBe("invited");
    expect(invited?.tokenExpiresAt && invited.invitedAt && invited.tokenExpiresAt.getTime() - invited.invitedAt.getTime()).toBe(60 * 24 * 60 * 60 * 1000);

    // Not due yet: no reminder.
    await runDispatch(t.deps);
    expect(await mailsTo(to)).toHaveLength(1);

    // A week later (reminder_days_after = 7).
    await t.deps.database.db.update(offboardingCases).set({ invitedAt: sql`now() - interval '8 days'` }).where(eq(offboardingCases.id, created.id));
    await Promise.all([runDispatch(t.deps), runDispatch(t.deps)]);
    await expect.poll(async () => (await mailsTo(to)).length, { timeout: 15_000 }).toBe(2);
    const reminder = (await mailsTo(to)).find((m) => m.subject?.includes("再送"));
    expect(reminder).toBeTruthy();
    expect(tokenIn(reminder?.text)).toBe(token);
    await runDispatch(t.deps);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await mailsTo(to)).toHaveLength(2);

    const outbox = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.offboardingCaseId, created.id));
    expect(outbox.map((m) => m.template).sort()).toEqual(["graduation_invitation", "graduation_reminder"]);
    const detail = await (await t.request(`/api/v1/offboarding/cases/${created.id}`, { cookie })).json();
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(["created", "invited", "reminded"]);
    expect(detail.mails).toHaveLength(2);

    // The link runs out: the case expires and the link says so.
    await t.deps.database.db.update(offboardingCases).set({ tokenExpiresAt: sql`now() - interval '1 minute'` }).where(eq(offboardingCases.id, created.id));
    expect((await inspectGraduationToken(publicCtx(), token ?? "")).status).toBe("expired");
    await runDispatch(t.deps);
    expect((await caseRow(created.id))?.status).toBe("expired");
    const expired = await inspectGraduationToken(publicCtx(), token ?? "");
    expect(expired.status).toBe("expired");
    expect(expired.case).toBeUndefined();
    expect((await inspectGraduationToken(publicCtx(), "y".repeat(43))).status).toBe("invalid");
  });

  it("uses the tenant's own wording and the case's language, and sends to the private address when there is one", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    await t.request("/api/v1/offboarding/templates/graduation_invitation/en", {
      method: "PUT",
      cookie,
      json: { subject: "Farewell from {{company}}", body: "Dear {{name}},\n\nThank you.\n\n{{link}}\n\nValid until {{expiresOn}}." },
    });
    const work = `work-${Date.now()}@example.test`;
    const personal = `home-${Date.now()}@example.test`;
    await t.request("/api/v1/offboarding/cases", {
      method: "POST",
      cookie,
      json: { familyName: "Smith", givenName: "Anna", workEmail: work, privateEmail: personal, lastDay: "2020-01-31", locale: "en" },
    });
    await runDispatch(t.deps);
    await expect.poll(async () => (await mailsTo(personal)).length, { timeout: 15_000 }).toBe(1);
    const [mail] = await mailsTo(personal);
    expect(mail?.subject).toBe(`Farewell from ${tenant.name}`);
    expect(mail?.text).toContain("Dear Anna Smith,");
    expect(await mailsTo(work)).toHaveLength(0);
  });

  it("marks a registration once: the second use of the link is refused with 410 and the link then reads used", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const to = `reg-${Date.now()}@example.test`;
    const created = await (
      await t.request("/api/v1/offboarding/cases", {
        method: "POST",
        cookie,
        json: { familyName: "佐藤", givenName: "健", workEmail: to, lastDay: "2020-02-28" },
      })
    ).json();
    await runDispatch(t.deps);
    await expect.poll(async () => (await mailsTo(to)).length, { timeout: 15_000 }).toBe(1);
    const token = tokenIn((await mailsTo(to))[0]?.text) ?? "";
    const alumnus = await (
      await t.request("/api/v1/alumni", { method: "POST", cookie, json: { familyName: "佐藤", givenName: "健", leaveDate: "2020-02-28" } })
    ).json();
    const { markCaseRegistered } = await import("./offboarding.service");
    const register = () =>
      t.deps.database.db.transaction((tx) =>
        markCaseRegistered(tx, { tenantId: tenant.id, caseId: created.id, alumnusId: alumnus.id, requestId: "test" }, t.deps),
      );
    await register();
    await expect(register()).rejects.toMatchObject({ status: 410, code: "graduation_link_used" });
    expect((await inspectGraduationToken(publicCtx(), token)).status).toBe("used");
    const row = await caseRow(created.id);
    expect([row?.status, row?.alumnusId, row?.tokenSealed]).toEqual(["registered", alumnus.id, null]);
  });
});
