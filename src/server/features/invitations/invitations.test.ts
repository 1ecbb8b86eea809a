import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, PASSWORD, type TestApp } from "../../../../tests/support/test-app";
import { auditEvents } from "../../db/schema/audit";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function invite(cookie: string, email: string, role = "employee") {
  const res = await t.request("/api/v1/invitations", { method: "POST", cookie, json: { email, role } });
  return { res, body: await res.json() };
}

/** The invitation link as the invitee receives it: read through the dev mailbox API. */
async function mailedToken(cookie: string, to: string): Promise<string> {
  const list = await (await t.request("/api/v1/dev/mailbox", { cookie })).json();
  const summary = list.items.find((m: { to: string }) => m.to === to);
  const mail = await (await t.request(`/api/v1/dev/mailbox/${summary.id}`, { cookie })).json();
  const token = mail.text.match(/\/invite#token=([\w-]+)/)?.[1];
  expect(mail.html).toContain(`/invite#token=${token}`);
  return token;
}

describe("invitations", () => {
  it("invites by email with a role; the invitee accepts once, sets a password and lands in their portal", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const { res, body } = await invite(cookie, "New.Person@Example.test", "hr");
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ email: "new.person@example.test", role: "hr", status: "pending" });
    const token = await mailedToken(cookie, "new.person@example.test");
    expect(token.length).toBeGreaterThanOrEqual(43);

    const preview = await (await t.request("/api/auth/invitations/inspect", { method: "POST", json: { token } })).json();
    expect(preview).toEqual({ status: "valid", tenantName: tenant.name, role: "hr", email: "new.person@example.test", existingAccount: false });
    const accepted = await t.request("/api/auth/invitations/accept", { method: "POST", json: { token, name: "新井 さくら", password: "sakura-no-hana-2026" } });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ status: "signed_in", next: "/admin" });
    const cookie2 = accepted.headers.get("set-cookie")?.split(";")[0] ?? "";
    const me = await (await t.request("/api/v1/me", { cookie: cookie2 })).json();
    expect(me).toMatchObject({ role: "hr", tenant: { id: tenant.id }, user: { name: "新井 さくら" } });

    const twice = await t.request("/api/auth/invitations/accept", { method: "POST", json: { token, name: "x", password: "another-password-1" } });
    expect(twice.status).toBe(410);
    expect((await twice.json()).code).toBe("invitation_used");
    expect((await (await t.request("/api/auth/invitations/inspect", { method: "POST", json: { token } })).json()).status).toBe("used");
    const listed = await (await t.request("/api/v1/invitations", { cookie })).json();
    expect(listed.items[0].status).toBe("accepted");
    const actions = (await t.deps.database.db.select().from(auditEvents).where(eq(auditEvents.tenantId, tenant.id))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["invitation.created", "invitation.accepted", "auth.sign_in.succeeded", "mail.viewed"]));
  });

  it("writes the invitation mail in the inviter's language", async () => {
    const tenant = await t.tenant();
    const admin = await t.member(tenant, "admin", { locale: "en" });
    const cookie = await t.signIn(admin.email);
    await invite(cookie, "english@example.test");
    const list = await (await t.request("/api/v1/dev/mailbox", { cookie })).json();
    expect(list.items[0].subject).toBe(`[${tenant.name}] You're invited to Okaeri`);
    const jaAdmin = await t.as(tenant, "admin");
    await invite(jaAdmin.cookie, "japanese@example.test");
    const list2 = await (await t.request("/api/v1/dev/mailbox", { cookie })).json();
    expect(list2.items[0].subject).toBe(`【${tenant.name}】Okaeri へのご招待`);
  });

  it("shows expired, revoked and unknown invitations clearly", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    const { body } = await invite(cookie, "late@example.test");
    const token = await mailedToken(cookie, "late@example.test");
    await t.deps.database.db.execute(sql`update invitations set expires_at = now() - interval '1 second' where id = ${body.id}`);
    expect((await (await t.request("/api/auth/invitations/inspect", { method: "POST", json: { token } })).json()).status).toBe("expired");
    const expired = await t.request("/api/auth/invitations/accept", { method: "POST", json: { token, name: "遅刻 太郎", password: "late-but-here-2026" } });
    expect(expired.status).toBe(410);
    expect((await expired.json()).detail).toContain("有効期限");

    const second = await invite(cookie, "revoked@example.test");
    const revokedToken = await mailedToken(cookie, "revoked@example.test");
    expect((await t.request(`/api/v1/invitations/${second.body.id}`, { method: "DELETE", cookie })).status).toBe(204);
    expect((await (await t.request("/api/auth/invitations/inspect", { method: "POST", json: { token: revokedToken } })).json()).status).toBe("revoked");
    expect((await (await t.request("/api/auth/invitations/inspect", { method: "POST", json: { token: "x".repeat(43) } })).json()).status).toBe("invalid");
  });

  it("binds the invitation to its tenant and role, refuses existing members, and lets an existing account join with its password", async () => {
    const [a, b] = [await t.tenant(), await t.tenant()];
    const adminB = await t.as(b, "admin");
    const person = await t.member(a, "employee");
    const adminA = await t.as(a, "admin");
    expect((await invite(adminA.cookie, person.email)).res.status).toBe(409);

    await invite(adminB.cookie, person.email, "alumnus");
    const token = await mailedToken(adminB.cookie, person.email);
    const preview = await (await t.request("/api/auth/invitations/inspect", { method: "POST", json: { token } })).json();
    expect(preview.existingAccount).toBe(true);
    const wrong = await t.request("/api/auth/invitations/accept", { method: "POST", json: { token, name: "x", password: "not-my-password" } });
    expect(wrong.status).toBe(401);
    const ok = await t.request("/api/auth/invitations/accept", { method: "POST", json: { token, name: "x", password: PASSWORD } });
    expect(await ok.json()).toEqual({ status: "signed_in", next: "/alumni" });
    const me = await (await t.request("/api/v1/me", { cookie: ok.headers.get("set-cookie")?.split(";")[0] })).json();
    expect(me.tenant.id).toBe(b.id);
    expect(me.memberships).toHaveLength(2);
  });

  it("re-inviting replaces the pending invitation; weak passwords are refused", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "admin");
    await invite(cookie, "twice@example.test");
    const first = await mailedToken(cookie, "twice@example.test");
    await invite(cookie, "twice@example.test", "manager");
    expect((await (await t.request("/api/auth/invitations/inspect", { method: "POST", json: { token: first } })).json()).status).toBe("revoked");
    const list = await (await t.request("/api/v1/dev/mailbox", { cookie })).json();
    const mail = await (await t.request(`/api/v1/dev/mailbox/${list.items[0].id}`, { cookie })).json();
    const token = mail.text.match(/#token=([\w-]+)/)[1];
    const weak = await t.request("/api/auth/invitations/accept", { method: "POST", json: { token, name: "弱い", password: "1111111111" } });
    expect(weak.status).toBe(422);
    expect((await weak.json()).errors[0]).toMatchObject({ path: "password", code: "weak_password" });
    const ok = await t.request("/api/auth/invitations/accept", { method: "POST", json: { token, name: "強い", password: "a-strong-passphrase" } });
    expect(await ok.json()).toEqual({ status: "signed_in", next: "/admin" });
  });
});
