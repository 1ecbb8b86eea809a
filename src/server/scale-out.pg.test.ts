import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../../tests/support/smtp-sink";
import { freePort, type OkaeriProcess, startOkaeri } from "../../tests/support/spawn-okaeri";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import * as account from "./features/account/account.service";
import * as members from "./features/members/members.service";
import * as tenancy from "./features/tenancy/tenancy.service";
import { hashPassword } from "./platform/security/passwords";

/** Two web and two worker processes against one PostgreSQL (runs only in the postgresql project). */
const AUTH_SECRET = "Qm4tR8wZ2yX6vB9nK3pL7sD1fG5hJ0cA";
let testDb: TestDatabase;
let sink: SmtpSink;
const processes: OkaeriProcess[] = [];
const webPorts: number[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase();
  await testDb.database.migrate();
  const db = testDb.database.db;
  const tenant = await tenancy.createTenant(db, { requestId: "test" }, { slug: "scale", name: "スケール株式会社", mfaRequiredForStaff: false });
  const user = await account.createUser(db, {
    email: "scale.admin@example.test",
    name: "管理 太郎",
    passwordHash: await hashPassword("scale-out-password"),
    locale: "ja",
  });
  await members.addMember(db, { tenantId: tenant.id, userId: user.id, role: "admin" });
  await testDb.database.close();
  sink = await startSmtpSink();
  const common = { DATABASE_URL: testDb.url as string, AUTH_SECRET, SMTP_URL: sink.url, PUBLIC_URL: "http://okaeri.test" };
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    webPorts.push(port);
    processes.push(await startOkaeri({ ...common, OKAERI_ROLE: "web", PORT: String(port) }));
  }
  for (let i = 0; i < 2; i++) processes.push(await startOkaeri({ ...common, OKAERI_ROLE: "worker", PORT: "0" }));
}, 180_000);

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await sink?.close();
  await testDb?.drop();
});

const web = (i: number, path: string, init: RequestInit = {}) =>
  fetch(`http://127.0.0.1:${webPorts[i]}${path}`, { ...init, headers: { "content-type": "application/json", origin: "http://okaeri.test", ...init.headers } });

describe("scale-out: two web and two worker processes on one PostgreSQL", () => {
  it("a session made through one web process is valid on the other", async () => {
    const res = await web(0, "/api/auth/sign-in", {
      method: "POST",
      body: JSON.stringify({ email: "scale.admin@example.test", password: "scale-out-password" }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    const me = await web(1, "/api/v1/me", { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await me.json()).tenant.slug).toBe("scale");
    expect(await (await web(1, "/api/health")).json()).toEqual({ status: "ok", database: "postgresql" });
  });

  it("200 queued jobs are each processed exactly once across the workers", async () => {
    const res = await web(1, "/api/auth/sign-in", {
      method: "POST",
      body: JSON.stringify({ email: "scale.admin@example.test", password: "scale-out-password" }),
    });
    const cookie = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    const before = sink.messages.length;
    for (let i = 0; i < 200; i += 10) {
      const batch = Array.from({ length: 10 }, (_, j) =>
        web((i + j) % 2, "/api/v1/invitations", {
          method: "POST",
          headers: { cookie },
          body: JSON.stringify({ email: `fanout${i + j}@example.test`, role: "employee" }),
        }),
      );
      for (const r of await Promise.all(batch)) expect(r.status).toBe(201);
    }
    await sink.waitFor(before + 200, 120_000);
    await new Promise((r) => setTimeout(r, 3000));
    const received = sink.messages.slice(before);
    expect(received).toHaveLength(200);
    expect(new Set(received.map((m) => m.messageId)).size).toBe(200);
    const recipients = new Set(received.map((m) => (m.to && "text" in m.to ? m.to.text : "")));
    expect(recipients.size).toBe(200);
  }, 180_000);
});
