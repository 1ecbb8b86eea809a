import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { auditEvents } from "../../db/schema/audit";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("members", () => {
  it("lists members with search, role filter, total and cursor pagination", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    for (let i = 0; i < 5; i++) await t.member(tenant, "employee");
    await t.member(tenant, "alumnus", { email: "yamada.taro@example.test" });
    const page1 = await (await t.request("/api/v1/members?limit=4", { cookie })).json();
    expect(page1.total).toBe(7);
    expect(page1.items).toHaveLength(4);
    const page2 = await (await t.request(`/api/v1/members?limit=4&cursor=${page1.nextCursor}`, { cookie })).json();
    expect(page2.items).toHaveLength(3);
    expect(page2.nextCursor).toBeNull();
    const ids = new Set([...page1.items, ...page2.items].map((m: { id: string }) => m.id));
    expect(ids.size).toBe(7);
    const employees = await (await t.request("/api/v1/members?role=employee", { cookie })).json();
    expect(employees.total).toBe(5);
    const found = await (await t.request("/api/v1/members?q=YAMADA", { cookie })).json();
    expect(found.items.map((m: { email: string }) => m.email)).toEqual(["yamada.taro@example.test"]);
    const garbage = await t.request("/api/v1/members?cursor=%%%garbage", { cookie });
    expect(garbage.status).toBe(200);
  });

  it("lets admins change roles (audited with from/to) and the member signs in again with the new rights", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const target = await t.as(tenant, "employee");
    const res = await t.request(`/api/v1/members/${target.member.membershipId}`, { method: "PATCH", cookie, json: { role: "hr" } });
    expect(res.status).toBe(200);
    expect((await res.json()).role).toBe("hr");
    expect((await t.request("/api/v1/me", { cookie: target.cookie })).status).toBe(401);
    const again = await t.signIn(target.member.email);
    expect((await (await t.request("/api/v1/me", { cookie: again })).json()).role).toBe("hr");
    const [row] = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "member.role_changed")));
    expect(row).toMatchObject({ targetType: "member", targetId: target.member.membershipId, meta: { from: "employee", to: "hr" } });
    expect(row?.requestId).toBeTruthy();
  });

  it("disabling a member ends their sessions at once and blocks sign-in; enabling restores it", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const target = await t.as(tenant, "manager");
    await t.request(`/api/v1/members/${target.member.membershipId}`, { method: "PATCH", cookie, json: { status: "disabled" } });
    expect((await t.request("/api/v1/me", { cookie: target.cookie })).status).toBe(401);
    const signIn = await t.request("/api/auth/sign-in", { method: "POST", json: { email: target.member.email, password: "correct-horse-battery-staple" } });
    expect(signIn.status).toBe(401);
    await t.request(`/api/v1/members/${target.member.membershipId}`, { method: "PATCH", cookie, json: { status: "active" } });
    expect(await t.signIn(target.member.email)).toContain("okaeri_session=");
  });

  it("keeps at least one admin and refuses changes to oneself", async () => {
    const tenant = await t.tenant();
    const admin = await t.as(tenant, "admin");
    const self = await t.request(`/api/v1/members/${admin.member.membershipId}`, { method: "PATCH", cookie: admin.cookie, json: { role: "hr" } });
    expect((await self.json()).code).toBe("cannot_change_self");
    const key = await t.apiKey(tenant, "admin");
    const last = await t.request(`/api/v1/members/${admin.member.membershipId}`, { method: "PATCH", bearer: key, json: { status: "disabled" } });
    expect(last.status).toBe(409);
    expect((await last.json()).code).toBe("last_admin");
  });

  it("validates input and hides other tenants' members", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const other = await t.member(await t.tenant(), "employee");
    expect((await t.request(`/api/v1/members/${other.membershipId}`, { method: "PATCH", cookie, json: { role: "hr" } })).status).toBe(404);
    const invalid = await t.request(`/api/v1/members/${other.membershipId}`, { method: "PATCH", cookie, json: { role: "ceo" } });
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).errors[0].path).toBe("role");
    expect((await t.request("/api/v1/members/not-a-uuid", { method: "PATCH", cookie, json: { role: "hr" } })).status).toBe(422);
  });
});
