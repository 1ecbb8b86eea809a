import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { freePort } from "../../../../tests/support/spawn-okaeri";
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

async function outboxRow(to: string) {
  const [row] = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));
  return row;
}

describe("mail through the outbox and SMTP", () => {
  it("delivers an invitation through pg-boss to the SMTP server, once, and marks it sent", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const before = sink.messages.length;
    await t.request("/api/v1/invitations", { method: "POST", cookie, json: { email: "smtp.person@example.test", role: "employee" } });
    const [mail] = (await sink.waitFor(before + 1)).slice(before);
    expect(mail?.subject).toBe(`【${tenant.name}】Okaeri へのご招待`);
    expect(mail?.to && "text" in mail.to ? mail.to.text : "").toBe("smtp.person@example.test");
    expect(mail?.text).toMatch(/\/invite#token=[\w-]{43}/);
    expect(mail?.html).toContain("招待を受ける");
    expect(mail?.messageId).toMatch(/^<invitation_[\w-]+@okaeri>$/);
    await expect.poll(async () => (await outboxRow("smtp.person@example.test"))?.status, { timeout: 10_000 }).toBe("sent");
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.messages.filter((m) => m.subject === mail?.subject && m.text === mail?.text)).toHaveLength(1);
  });

  it("keeps a refused message with its reason for the retry", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    sink.reject.add("bounce@example.test");
    await t.request("/api/v1/invitations", { method: "POST", cookie, json: { email: "bounce@example.test", role: "employee" } });
    await expect.poll(async () => (await outboxRow("bounce@example.test"))?.lastError ?? "", { timeout: 15_000 }).toContain("Mailbox unavailable");
    const row = await outboxRow("bounce@example.test");
    expect(row?.attempts).toBeGreaterThanOrEqual(1);
    expect(["queued", "sending", "failed"]).toContain(row?.status);
  });

  it("hides the dev mailbox when SMTP is configured", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const res = await t.request("/api/v1/dev/mailbox", { cookie });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe("dev_mailbox_disabled");
    expect((await (await t.request("/api/v1/me", { cookie })).json()).devMailbox).toBe(false);
  });
});

describe("an SMTP server that is down", () => {
  it("retries with backoff, then marks the message failed with the reason", async () => {
    // Nothing listens on this port: every connection is refused. Two retries of one second (doubling) keep it short.
    const down = await createTestApp({
      smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
      runWorker: true,
      config: { mailRetry: { limit: 2, delaySeconds: 1 } },
    });
    try {
      const tenant = await down.tenant();
      const { cookie } = await down.as(tenant, "admin");
      await down.request("/api/v1/invitations", { method: "POST", cookie, json: { email: "nobody-home@example.test", role: "employee" } });
      const row = async () => (await down.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, "nobody-home@example.test")))[0];
      await expect.poll(async () => (await row())?.status, { timeout: 30_000, interval: 250 }).toBe("failed");
      const failed = await row();
      expect(failed?.attempts).toBe(3);
      expect(failed?.lastError).toContain("ECONNREFUSED");
      expect(failed?.sentAt).toBeNull();
      const { cookie: hr } = await down.as(tenant, "hr");
      const listed = await (await down.request("/api/v1/mail/deliveries?status=failed", { cookie: hr })).json();
      expect(listed.items[0]).toMatchObject({ id: failed?.id, status: "failed", attempts: 3 });
      expect(listed.items[0].lastError).toContain("ECONNREFUSED");
    } finally {
      await down.close();
    }
  }, 60_000);
});
