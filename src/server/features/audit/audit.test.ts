import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, PASSWORD, type TestApp } from "../../../../tests/support/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe("audit log", () => {
  it("records sign-ins, role changes, invitations and keys, and admins filter it", async () => {
    const tenant = await t.tenant();
    const admin = await t.as(tenant, "admin");
    const employee = await t.member(tenant, "employee", { email: "audit.subject@example.test" });
    await t.request("/api/auth/sign-in", { method: "POST", json: { email: employee.email, password: "wrong-password!" } });
    await t.signIn(employee.email, PASSWORD);
    await t.request(`/api/v1/members/${employee.membershipId}`, { method: "PATCH", cookie: admin.cookie, json: { role: "manager" } });
    await t.request("/api/v1/invitations", { method: "POST", cookie: admin.cookie, json: { email: "invitee@example.test", role: "hr" } });
    await t.request("/api/v1/api-keys", { method: "POST", cookie: admin.cookie, json: { name: "連携", role: "hr" } });

    const all = await (await t.request("/api/v1/audit-events?limit=100", { cookie: admin.cookie })).json();
    const actions = all.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["auth.sign_in.succeeded", "auth.sign_in.failed", "member.role_changed", "invitation.created", "api_key.created"]),
    );
    for (const e of all.items) {
      expect(e.requestId).toBeTruthy();
      expect(Date.parse(e.at)).not.toBeNaN();
    }
    expect(JSON.stringify(all)).not.toContain("audit.subject@example.test");
    expect(JSON.stringify(all)).not.toContain("invitee@example.test");

    const roleChanges = await (await t.request("/api/v1/audit-events?action=member.role_changed", { cookie: admin.cookie })).json();
    expect(roleChanges.items).toHaveLength(1);
    expect(roleChanges.items[0]).toMatchObject({ actorId: admin.member.userId, actorLabel: "admin テスト", targetId: employee.membershipId });
    const signIns = await (await t.request("/api/v1/audit-events?action=auth.sign_in.", { cookie: admin.cookie })).json();
    expect(signIns.items.every((e: { action: string }) => e.action.startsWith("auth.sign_in."))).toBe(true);
    const aboutUser = await (await t.request(`/api/v1/audit-events?targetType=user&targetId=${employee.userId}`, { cookie: admin.cookie })).json();
    expect(aboutUser.items.length).toBeGreaterThanOrEqual(2);
    const future = await (await t.request(`/api/v1/audit-events?from=${encodeURIComponent("2999-01-01T00:00:00+09:00")}`, { cookie: admin.cookie })).json();
    expect(future.total).toBe(0);
    const bad = await t.request("/api/v1/audit-events?from=yesterday", { cookie: admin.cookie });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].path).toBe("from");
  });

  it("pages with a cursor and never shows another tenant's events", async () => {
    const tenant = await t.tenant();
    const admin = await t.as(tenant, "admin");
    for (let i = 0; i < 5; i++)
      await t.request("/api/v1/invitations", { method: "POST", cookie: admin.cookie, json: { email: `p${i}@example.test`, role: "employee" } });
    const first = await (await t.request("/api/v1/audit-events?limit=3", { cookie: admin.cookie })).json();
    const second = await (await t.request(`/api/v1/audit-events?limit=3&cursor=${first.nextCursor}`, { cookie: admin.cookie })).json();
    expect(first.items).toHaveLength(3);
    expect(Number(second.items[0].id)).toBeLessThan(Number(first.items[2].id));
    const other = await t.tenant();
    const otherAdmin = await t.as(other, "admin");
    const theirs = await (await t.request("/api/v1/audit-events?limit=100", { cookie: otherAdmin.cookie })).json();
    const mine = new Set([...first.items, ...second.items].map((e: { id: string }) => e.id));
    expect(theirs.items.some((e: { id: string }) => mine.has(e.id))).toBe(false);
  });
});
