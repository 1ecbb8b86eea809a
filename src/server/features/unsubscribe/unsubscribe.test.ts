import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { createTestApp, ORIGIN, type TestApp } from "../../../../tests/support/test-app";
import { offboardingCases } from "../../db/schema/graduation";
import { mailOutbox } from "../../db/schema/mail";
import type { TenantRef } from "../../platform/context";
import { type OutgoingMail, outboxIn } from "../../platform/mail/outbox";
import { unsubscribeToken } from "../../platform/mail/unsubscribe-token";
import * as consents from "../consents/consents.service";

/** Without SMTP, mail stays queued in the outbox: the test sees what a withdrawal does to it. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const content = { subject: "お知らせ", text: "本文", html: "<p>本文</p>" };
let seq = 0;

async function queue(tenant: TenantRef, mail: Partial<OutgoingMail>): Promise<{ id: string; token: string }> {
  seq += 1;
  const ids: string[] = [];
  await t.deps.database.db.transaction(async (tx) =>
    outboxIn(tx as never, t.deps, ORIGIN, ids).queue({
      tenantId: tenant.id,
      to: `u${seq}@example.test`,
      locale: "ja",
      template: "announcement",
      content,
      idempotencyKey: `unsub-test:${tenant.id}:${seq}`,
      ...mail,
    } as OutgoingMail),
  );
  const [row] = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.id, ids[0]!));
  return { id: row!.id, token: row!.unsubscribeUrl!.split("/").at(-1)! };
}

/** A provider's one-click request: form body, no Origin, no cookie. */
const oneClick = (token: string, ip = "198.51.100.20") =>
  t.app.request(`${ORIGIN}/api/public/unsubscribe/${token}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: "List-Unsubscribe=One-Click",
  });

describe("one-click unsubscribe", () => {
  it("shows what the link is for, withdraws the purpose once, suppresses queued mail of that purpose, and says so again", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const person = await registeredAlumnus(db, tenant, { purposes: ["company_news", "events"] });
    const news = await queue(tenant, { purpose: "company_news", alumnusId: person.alumnusId });
    const laterNews = await queue(tenant, { purpose: "company_news", alumnusId: person.alumnusId });
    const event = await queue(tenant, { purpose: "events", alumnusId: person.alumnusId });

    const info = await t.request(`/api/public/unsubscribe/${news.token}`);
    expect(info.status).toBe(200);
    expect(await info.json()).toEqual({ tenantName: tenant.name, kind: "purpose", purpose: "company_news", done: false });

    const res = await oneClick(news.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tenantName: tenant.name, kind: "purpose", purpose: "company_news", done: true });
    expect(await consents.currentConsents(db, tenant.id, person.alumnusId)).toMatchObject({ company_news: false, events: true });
    const history = await consents.consentHistory(db, tenant.id, person.alumnusId);
    expect(history[0]).toMatchObject({ purpose: "company_news", granted: false, source: "unsubscribe" });

    const statuses = Object.fromEntries(
      (await db.select().from(mailOutbox).where(eq(mailOutbox.alumnusId, person.alumnusId))).map((r) => [r.id, [r.status, r.suppressedReason]]),
    );
    expect(statuses[laterNews.id]).toEqual(["suppressed", "consent_withdrawn"]);
    expect(statuses[event.id]).toEqual(["queued", null]);

    // The SPA's button after the provider's request: same answer, no second history row.
    const again = await t.request(`/api/public/unsubscribe/${news.token}`, { method: "POST" });
    expect(again.status).toBe(200);
    expect((await again.json()).done).toBe(true);
    expect(await consents.consentHistory(db, tenant.id, person.alumnusId)).toHaveLength(history.length);
    expect((await (await t.request(`/api/public/unsubscribe/${news.token}`)).json()).done).toBe(true);

    const audit = await db.execute(
      sql`select actor_type, meta from audit_events where target_id = ${person.alumnusId} and action = 'consent.changed' order by at desc limit 1`,
    );
    expect((audit as unknown as { rows: unknown[] }).rows[0]).toMatchObject({
      actor_type: "anonymous",
      meta: { source: "unsubscribe", withdrawn: "company_news" },
    });
  });

  it("declines the graduation case of offboarding mail", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const [leaver] = await db
      .insert(offboardingCases)
      .values({ tenantId: tenant.id, familyName: "退職", givenName: "花子", lastDay: "2026-12-31", source: "manual", status: "invited", sendAt: new Date() })
      .returning({ id: offboardingCases.id });
    const invitation = await queue(tenant, { offboardingCaseId: leaver!.id, template: "graduation_invitation" });
    const reminder = await queue(tenant, { offboardingCaseId: leaver!.id, template: "graduation_reminder" });

    expect(await (await t.request(`/api/public/unsubscribe/${invitation.token}`)).json()).toEqual({
      tenantName: tenant.name,
      kind: "offboarding",
      purpose: null,
      done: false,
    });
    expect((await oneClick(invitation.token)).status).toBe(200);
    const [row] = await db.select().from(offboardingCases).where(eq(offboardingCases.id, leaver!.id));
    expect(row?.status).toBe("declined");
    const [queued] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, reminder.id));
    expect(queued?.status).toBe("suppressed");
    expect((await oneClick(invitation.token)).status).toBe(200);
    expect((await (await t.request(`/api/public/unsubscribe/${invitation.token}`)).json()).done).toBe(true);
  });

  it("answers a forged, altered or unknown token with a localised 404", async () => {
    const tenant = await t.tenant();
    const person = await registeredAlumnus(t.deps.database.db, tenant);
    const { id, token } = await queue(tenant, { purpose: "company_news", alumnusId: person.alumnusId });
    const forged = unsubscribeToken("another-secret-another-secret-another-secret", id);
    const unknown = unsubscribeToken(t.deps.config.authSecret, "00000000-0000-4000-8000-000000000000");
    const altered = `${token.slice(0, -2)}xx`;
    for (const bad of [forged, unknown, altered, `${id}.${"a".repeat(43)}`]) {
      const res = await t.request(`/api/public/unsubscribe/${bad}`, { method: "POST", headers: { "accept-language": "en" } });
      expect(res.status).toBe(404);
      const problem = await res.json();
      expect(problem.code).toBe("unsubscribe_invalid");
      expect(problem.detail).toBe("This unsubscribe link is not valid. Please open the link in the email again.");
    }
    const ja = await (await t.request(`/api/public/unsubscribe/${forged}`)).json();
    expect(ja.detail).toContain("この配信停止リンクは無効です");
    expect(await consents.currentConsents(t.deps.database.db, tenant.id, person.alumnusId)).toMatchObject({ company_news: true });
  });

  it("limits guessing by IP address", async () => {
    const bad = unsubscribeToken("another-secret-another-secret-another-secret", "00000000-0000-4000-8000-000000000001");
    let last = 0;
    for (let i = 0; i < 301; i++) last = (await t.request(`/api/public/unsubscribe/${bad}`, { ip: "192.0.2.99" })).status;
    expect(last).toBe(429);
    expect((await t.request(`/api/public/unsubscribe/${bad}`, { ip: "192.0.2.100" })).status).toBe(404);
  });
});
