import { eq, inArray, sql } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, ORIGIN, type TestApp } from "../../../../tests/support/test-app";
import { offboardingCases } from "../../db/schema/graduation";
import { mailOutbox } from "../../db/schema/mail";
import { alumniConsents } from "../../db/schema/privacy";
import { memberships } from "../../db/schema/tenancy";
import type { TenantRef } from "../context";
import { systemContext } from "../system-context";
import { HeaderInjectionError } from "./header-safe";
import { messageIdOf } from "./mail-jobs";
import { dispatchMail, type OutgoingMail, outboxIn, transact } from "./outbox";

/** Send-time checks, headers and footers of the outbox, through a real worker and a real SMTP server. */
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

const content = { subject: "お知らせ", text: "本文です。", html: "<!doctype html><html><body><p>本文です。</p></body></html>" };
let seq = 0;
function purposeMail(tenant: TenantRef, person: { alumnusId: string; email: string }, extra: Partial<OutgoingMail> = {}): OutgoingMail {
  seq += 1;
  return {
    tenantId: tenant.id,
    to: person.email,
    locale: "ja",
    template: "announcement",
    content,
    idempotencyKey: `check:${tenant.id}:${seq}`,
    purpose: "company_news",
    alumnusId: person.alumnusId,
    ...extra,
  } as OutgoingMail;
}

/** Writes rows without handing them to the queue, so the test decides what happens before the send. */
async function queueOnly(mails: OutgoingMail[]): Promise<string[]> {
  const ids: string[] = [];
  await t.deps.database.db.transaction(async (tx) => outboxIn(tx as never, t.deps, ORIGIN, ids).queueMany(mails));
  return ids;
}

async function rowsOf(ids: string[]) {
  return t.deps.database.db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
}

async function settled(ids: string[]) {
  await expect
    .poll(async () => (await rowsOf(ids)).every((r) => r.status === "sent" || r.status === "suppressed" || r.status === "failed"), { timeout: 15_000 })
    .toBe(true);
  return new Map((await rowsOf(ids)).map((r) => [r.id, r]));
}

/** The raw header as sent (mailparser folds List-* headers into one parsed object). */
const rawHeader = (mail: ParsedMail | undefined, name: string) =>
  mail?.headerLines
    .find((h) => h.key === name)
    ?.line.slice(name.length + 1)
    .trim();

const received = (key: string) => sink.messages.filter((m) => m.messageId === messageIdOf(key));

describe("the moment of sending", () => {
  it("sends purpose mail only with consent, an active account and a verified email; suppresses the rest with a reason", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const consenting = await registeredAlumnus(db, tenant);
    const withdrawn = await registeredAlumnus(db, tenant);
    const unverified = await registeredAlumnus(db, tenant, { verified: false });
    const disabled = await registeredAlumnus(db, tenant);
    const mails = [consenting, withdrawn, unverified, disabled].map((p) => purposeMail(tenant, p));
    const ids = await queueOnly(mails);
    // Between enqueue and send: the consent row flips without going through changeConsents (so nothing suppressed
    // the queued row), the account is disabled. Only the claim can stop these two.
    await db.update(alumniConsents).set({ granted: false }).where(eq(alumniConsents.alumnusId, withdrawn.alumnusId));
    await db.update(memberships).set({ status: "disabled" }).where(eq(memberships.userId, disabled.userId));
    await dispatchMail(t.deps, ids);

    const rows = await settled(ids);
    const byKey = (key: string) => [...rows.values()].find((r) => r.idempotencyKey === key)!;
    expect(byKey(mails[0]!.idempotencyKey)).toMatchObject({ status: "sent", suppressedReason: null, attempts: 1 });
    expect(byKey(mails[1]!.idempotencyKey)).toMatchObject({ status: "suppressed", suppressedReason: "consent_withdrawn", attempts: 0 });
    expect(byKey(mails[2]!.idempotencyKey)).toMatchObject({ status: "suppressed", suppressedReason: "email_unverified" });
    expect(byKey(mails[3]!.idempotencyKey)).toMatchObject({ status: "suppressed", suppressedReason: "account_inactive" });
    await expect.poll(() => received(mails[0]!.idempotencyKey).length).toBe(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(received(mails[0]!.idempotencyKey)).toHaveLength(1);
    for (const mail of mails.slice(1)) expect(received(mail.idempotencyKey)).toHaveLength(0);
  });

  it("sends graduation mail only while its case is scheduled or invited", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const [open, closed] = await db
      .insert(offboardingCases)
      .values(
        ["invited", "cancelled"].map((status) => ({
          tenantId: tenant.id,
          familyName: "退職",
          givenName: "予定",
          lastDay: "2026-12-31",
          source: "manual",
          status,
          sendAt: new Date(),
        })),
      )
      .returning({ id: offboardingCases.id });
    const mails = [open!, closed!].map((c, i) => ({
      tenantId: tenant.id,
      to: `leaver-${i}-${c.id.slice(0, 6)}@example.test`,
      locale: "en" as const,
      template: "graduation_invitation",
      content,
      idempotencyKey: `case:${c.id}`,
      offboardingCaseId: c.id,
    }));
    const ids = await queueOnly(mails);
    await dispatchMail(t.deps, ids);
    const rows = [...(await settled(ids)).values()];
    expect(rows.find((r) => r.offboardingCaseId === open!.id)).toMatchObject({ status: "sent" });
    expect(rows.find((r) => r.offboardingCaseId === closed!.id)).toMatchObject({ status: "suppressed", suppressedReason: "case_closed" });
    await expect.poll(() => received(`case:${open!.id}`).length).toBe(1);
    const [mail] = received(`case:${open!.id}`);
    // Graduation mail has the one-click headers and its own wording of the footer link.
    expect(rawHeader(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(rawHeader(mail, "list-unsubscribe")).toMatch(/^<http:\/\/okaeri\.test\/api\/public\/unsubscribe\/[\w-]+\.[\w-]{43}>$/);
    expect(mail?.text).toContain("No longer wish to hear from us? http://okaeri.test/unsubscribe#token=");
    expect(mail?.html).toContain("No longer wish to hear from us?");
  });

  it("sends text only to an alumnus who asked for text mail", async () => {
    const tenant = await t.tenant();
    const person = await registeredAlumnus(t.deps.database.db, tenant, { mailFormat: "text", locale: "en" });
    const mail = purposeMail(tenant, person, { locale: "en" });
    const ids = await queueOnly([mail]);
    await dispatchMail(t.deps, ids);
    await settled(ids);
    await expect.poll(() => received(mail.idempotencyKey).length).toBe(1);
    const [got] = received(mail.idempotencyKey);
    expect(got?.text).toContain("本文です。");
    expect(got?.text).toContain("Unsubscribe: http://okaeri.test/unsubscribe#token=");
    expect(got?.html).toBe(false);
  });

  it("sends transactional mail without unsubscribe headers or footer", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    await t.request("/api/v1/invitations", { method: "POST", cookie, json: { email: `plain-${tenant.slug}@example.test`, role: "employee" } });
    await expect.poll(() => sink.messages.some((m) => m.subject?.includes(tenant.name)), { timeout: 15_000 }).toBe(true);
    const mail = sink.messages.find((m) => m.subject?.includes(tenant.name));
    expect(rawHeader(mail, "list-unsubscribe")).toBeUndefined();
    expect(mail?.text).not.toContain("/unsubscribe");
    const [row] = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.tenantId, tenant.id));
    expect(row?.unsubscribeUrl).toBeNull();
  });
});

describe("header values", () => {
  it("refuses CR or LF in the recipient, the subject or the template name, and writes nothing", async () => {
    const tenant = await t.tenant();
    const person = await registeredAlumnus(t.deps.database.db, tenant);
    const ctx = systemContext(t.deps, tenant);
    const attempts: Partial<OutgoingMail>[] = [
      { to: `${person.email}\r\nBcc: victim@example.test` },
      { content: { ...content, subject: "件名\nBcc: victim@example.test" } },
      { template: "x\r\nX-Injected: 1" },
    ];
    for (const extra of attempts) {
      await expect(transact(ctx, (_tx, outbox) => outbox.queue(purposeMail(tenant, person, extra)))).rejects.toBeInstanceOf(HeaderInjectionError);
    }
    const rows = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.tenantId, tenant.id));
    expect(rows).toHaveLength(0);
  });

  it("answers a subject with a line break from the API with 422, before the outbox", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const res = await t.request("/api/v1/announcements/test", {
      method: "POST",
      cookie,
      json: { subjectJa: "件名\r\nBcc: a@example.test", bodyJa: "本文", subjectEn: "Subject", bodyEn: "Body" },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0].path).toBe("subjectJa");
  });
});

describe("delivery page", () => {
  it("lists the tenant's messages by status with their reason, and retries only failed ones", async () => {
    const tenant = await t.tenant();
    const db = t.deps.database.db;
    const person = await registeredAlumnus(db, tenant);
    const mails = [purposeMail(tenant, person), purposeMail(tenant, person)];
    const ids = await queueOnly(mails);
    await db.update(mailOutbox).set({ status: "failed", attempts: 6, lastError: "Error: Mailbox unavailable" }).where(eq(mailOutbox.id, ids[0]!));
    await db.update(mailOutbox).set({ status: "suppressed", suppressedReason: "consent_withdrawn" }).where(eq(mailOutbox.id, ids[1]!));
    const { cookie } = await t.as(tenant, "hr");

    const failed = await (await t.request("/api/v1/mail/deliveries?status=failed", { cookie })).json();
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]).toMatchObject({ id: ids[0], status: "failed", attempts: 6, lastError: "Error: Mailbox unavailable", purpose: "company_news" });
    const suppressed = await (await t.request("/api/v1/mail/deliveries?status=suppressed", { cookie })).json();
    expect(suppressed.items[0]).toMatchObject({ id: ids[1], suppressedReason: "consent_withdrawn" });
    const all = await (await t.request("/api/v1/mail/deliveries?limit=1", { cookie })).json();
    expect(all.total).toBe(2);
    const next = await (await t.request(`/api/v1/mail/deliveries?limit=1&cursor=${all.nextCursor}`, { cookie })).json();
    expect(next.items[0].id).not.toBe(all.items[0].id);

    const refused = await t.request(`/api/v1/mail/deliveries/${ids[1]}/retry`, { method: "POST", cookie });
    expect(refused.status).toBe(409);
    expect((await refused.json()).code).toBe("not_retryable");
    const retried = await t.request(`/api/v1/mail/deliveries/${ids[0]}/retry`, { method: "POST", cookie });
    expect(retried.status).toBe(200);
    await expect.poll(async () => (await rowsOf([ids[0]!]))[0]?.status, { timeout: 15_000 }).toBe("sent");
    await expect.poll(() => received(mails[0]!.idempotencyKey).length).toBe(1);
    const audit = await db.execute(sql`select action from audit_events where target_id = ${ids[0]} and action = 'mail.retried'`);
    expect((audit as unknown as { rows: unknown[] }).rows).toHaveLength(1);
  });
});
