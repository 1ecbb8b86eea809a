import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { auditEvents } from "../../db/schema/audit";
import { apiKeys } from "../../db/schema/auth";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("API keys", () => {
  it("shows a new key once, stores only its hash, and accepts it as a Bearer token with its role", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const res = await t.request("/api/v1/api-keys", { method: "POST", cookie, json: { name: "SmartHR 連携", role: "hr" } });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.key).toMatch(/^okaeri_[\w-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    const listed = await (await t.request("/api/v1/api-keys", { cookie })).json();
    expect(JSON.stringify(listed)).not.toContain(created.key);
    const [row] = await t.deps.database.db.select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row?.keyHash).not.toContain(created.key);

    const me = await (await t.request("/api/v1/me", { bearer: created.key })).json();
    expect(me).toMatchObject({ kind: "apiKey", role: "hr", tenant: { id: tenant.id }, user: null });
    expect((await t.request("/api/v1/members", { bearer: created.key })).status).toBe(200);
    expect((await t.request("/api/v1/api-keys", { bearer: created.key })).status).toBe(403);
    const used = await (await t.request("/api/v1/api-keys", { cookie })).json();
    expect(used.items[0].lastUsedAt).not.toBeNull();
  });

  it("revokes a key: it stops working at once, and both steps are audited", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const created = await (await t.request("/api/v1/api-keys", { method: "POST", cookie, json: { name: "一時キー", role: "admin" } })).json();
    expect((await t.request("/api/v1/members", { bearer: created.key })).status).toBe(200);
    expect((await t.request(`/api/v1/api-keys/${created.id}`, { method: "DELETE", cookie })).status).toBe(204);
    expect((await t.request("/api/v1/members", { bearer: created.key })).status).toBe(401);
    const listed = await (await t.request("/api/v1/api-keys", { cookie })).json();
    expect(listed.items[0].revokedAt).not.toBeNull();
    const actions = (await t.deps.database.db.select().from(auditEvents).where(eq(auditEvents.targetId, created.id))).map((r) => r.action);
    expect(actions.sort()).toEqual(["api_key.created", "api_key.revoked"]);
  });

  it("API key writes need no Origin header (they are not cookies), and keys of another tenant's id give 404", async () => {
    const tenant = await t.tenant();
    const key = await t.apiKey(tenant, "admin");
    const res = await t.request("/api/v1/invitations", {
      method: "POST",
      bearer: key,
      json: { email: "api@example.test", role: "employee" },
      headers: { origin: "https://hris.example" },
    });
    expect(res.status).toBe(201);
    const other = await t.tenant();
    const { cookie } = await t.as(other, "admin");
    const foreign = await (await t.request("/api/v1/api-keys", { method: "POST", cookie, json: { name: "x", role: "hr" } })).json();
    expect((await t.request(`/api/v1/api-keys/${foreign.id}`, { method: "DELETE", bearer: key })).status).toBe(404);
    expect((await t.request("/api/v1/members", { bearer: foreign.key })).status).toBe(200);
  });
});
