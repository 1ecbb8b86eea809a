import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, PASSWORD, type TestApp } from "../../../../tests/support/test-app";
import { auditEvents } from "../../db/schema/audit";
import { rateLimits } from "../../db/schema/auth";
import { mailOutbox } from "../../db/schema/mail";
import { currentTotp } from "../../platform/auth/totp";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const signInBody = (email: string, password: string) => ({ method: "POST", json: { email, password } });

async function latestLink(to: string): Promise<string> {
  const [mail] = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to)).orderBy(sql`${mailOutbox.createdAt} desc`).limit(1);
  const link = mail?.textBody.match(/https?:\/\/\S+#token=[\w-]+/)?.[0];
  if (!link) throw new Error(`no link mailed to ${to}`);
  return link;
}
const tokenOf = (link: string) => link.split("#token=")[1] ?? "";

describe("sign-in", () => {
  it("signs in with email and password and lands in the role's portal", async () => {
    const tenant = await t.tenant();
    for (const [role, portal] of [
      ["admin", "/admin"],
      ["hr", "/admin"],
      ["manager", "/admin"],
      ["employee", "/me"],
      ["alumnus", "/alumni"],
    ] as const) {
      const m = await t.member(tenant, role);
      const res = await t.request("/api/auth/sign-in", signInBody(m.email.toUpperCase(), PASSWORD));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "signed_in", next: portal });
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/okaeri_session=[\w-]{40,}; .*HttpOnly; SameSite=Lax/);
      const me = await t.request("/api/v1/me", { cookie: cookie.split(";")[0] });
      expect((await me.json()).role).toBe(role);
    }
  });

  it("answers wrong passwords and unknown accounts with the same localised message, and audits both without the email", async () => {
    const tenant = await t.tenant();
    const m = await t.member(tenant, "hr", { locale: "en" });
    const wrong = await t.request("/api/auth/sign-in", signInBody(m.email, "not-the-password"));
    const unknown = await t.request("/api/auth/sign-in", signInBody("nobody@example.test", "not-the-password"));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    const [a, b] = [await wrong.json(), await unknown.json()];
    expect(a.detail).toBe("メールアドレスまたはパスワードが正しくありません。");
    expect(a.code).toBe("invalid_credentials");
    expect({ ...a, requestId: "" }).toEqual({ ...b, requestId: "" });
    const english = await t.request("/api/auth/sign-in", { ...signInBody(m.email, "nope-nope-nope"), headers: { "accept-language": "en-US,en;q=0.9" } });
    expect((await english.json()).detail).toBe("The email address or password is incorrect.");

    const rows = await t.deps.database.db.select().from(auditEvents).where(eq(auditEvents.tenantId, tenant.id));
    const failed = rows.filter((r) => r.action === "auth.sign_in.failed");
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatchObject({ targetType: "user", targetId: m.userId, meta: { reason: "wrong_password" } });
    expect(JSON.stringify(rows)).not.toContain(m.email);
  });

  it("throttles repeated failures per account (429) and lets the real user back in when the window passes", async () => {
    const tenant = await t.tenant();
    const m = await t.member(tenant, "employee");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await t.request("/api/auth/sign-in", { ...signInBody(m.email, `wrong-${i}-password`), ip: `198.51.100.${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const blocked = await t.request("/api/auth/sign-in", { ...signInBody(m.email, PASSWORD), ip: "198.51.100.99" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await blocked.json()).code).toBe("rate_limited");
    await t.deps.database.db.update(rateLimits).set({ windowStart: sql`now() - interval '16 minutes'` });
    const later = await t.request("/api/auth/sign-in", { ...signInBody(m.email, PASSWORD), ip: "198.51.100.99" });
    expect(later.status).toBe(200);
  });

  it("throttles one IP trying many accounts", async () => {
    const ip = "192.0.2.77";
    let last = 0;
    for (let i = 0; i < 51; i++) last = (await t.request("/api/auth/sign-in", { ...signInBody(`spray${i}@example.test`, "guess-guess-guess"), ip })).status;
    expect(last).toBe(429);
  });

  it("rejects malformed JSON and wrong types with 422 problem+json and field errors", async () => {
    const bad = await t.request("/api/auth/sign-in", { method: "POST", body: "{not json", headers: { "content-type": "application/json" } });
    expect(bad.status).toBe(422);
    expect((await bad.json()).code).toBe("invalid_json");
    const wrong = await t.request("/api/auth/sign-in", { method: "POST", json: { email: 42 } });
    expect(wrong.status).toBe(422);
    const body = await wrong.json();
    expect(body.code).toBe("validation_failed");
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(["email", "password"]);
    expect(body.errors[0].message).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it("signs out and the session stops working", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "employee");
    expect((await t.request("/api/v1/me", { cookie })).status).toBe(200);
    expect((await t.request("/api/auth/sign-out", { method: "POST", cookie })).status).toBe(204);
    expect((await t.request("/api/v1/me", { cookie })).status).toBe(401);
  });

  it("refuses cookie-authenticated writes from another origin", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "employee");
    const res = await t.request("/api/v1/me", { method: "PATCH", cookie, json: { locale: "en" }, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe("cross_origin");
  });
});

describe("magic link and password reset", () => {
  it("signs in through a single-use magic link sent by email", async () => {
    const tenant = await t.tenant();
    const m = await t.member(tenant, "alumnus");
    expect((await t.request("/api/auth/magic-link", { method: "POST", json: { email: m.email } })).status).toBe(202);
    expect((await t.request("/api/auth/magic-link", { method: "POST", json: { email: "ghost@example.test" } })).status).toBe(202);
    const link = await latestLink(m.email);
    expect(link).toContain("/auth/magic#token=");
    const first = await t.request("/api/auth/magic-link/consume", { method: "POST", json: { token: tokenOf(link) } });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: "signed_in", next: "/alumni" });
    const again = await t.request("/api/auth/magic-link/consume", { method: "POST", json: { token: tokenOf(link) } });
    expect(again.status).toBe(410);
    expect((await again.json()).code).toBe("token_invalid");
  });

  it("refuses an expired magic link with 410 token_expired", async () => {
    const tenant = await t.tenant();
    const m = await t.member(tenant, "employee");
    await t.request("/api/auth/magic-link", { method: "POST", json: { email: m.email } });
    const link = await latestLink(m.email);
    await t.deps.database.db.execute(sql`update email_tokens set expires_at = now() - interval '1 minute'`);
    const res = await t.request("/api/auth/magic-link/consume", { method: "POST", json: { token: tokenOf(link) } });
    expect(res.status).toBe(410);
    expect((await res.json()).code).toBe("token_expired");
  });

  it("resets the password by email and ends every session", async () => {
    const tenant = await t.tenant();
    const { member, cookie } = await t.as(tenant, "hr");
    await t.request("/api/auth/password-reset", { method: "POST", json: { email: member.email } });
    const token = tokenOf(await latestLink(member.email));
    const weak = await t.request("/api/auth/password-reset/confirm", { method: "POST", json: { token, password: "aaaaaaaaaaaa" } });
    expect(weak.status).toBe(422);
    const res = await t.request("/api/auth/password-reset/confirm", { method: "POST", json: { token, password: "a-new-long-passphrase" } });
    expect(res.status).toBe(204);
    expect((await t.request("/api/v1/me", { cookie })).status).toBe(401);
    expect((await t.request("/api/auth/sign-in", signInBody(member.email, PASSWORD))).status).toBe(401);
    expect((await t.request("/api/auth/sign-in", signInBody(member.email, "a-new-long-passphrase"))).status).toBe(200);
  });
});

describe("MFA", () => {
  it("enables TOTP, then sign-in asks for the code before the session works", async () => {
    const tenant = await t.tenant();
    const { member, cookie } = await t.as(tenant, "employee");
    const setup = await (await t.request("/api/v1/me/mfa/setup", { method: "POST", cookie })).json();
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await t.request("/api/v1/me/mfa/enable", { method: "POST", cookie, json: { code: "000000" } })).status).toBe(422);
    expect((await t.request("/api/v1/me/mfa/enable", { method: "POST", cookie, json: { code: currentTotp(setup.secret) } })).status).toBe(204);

    const res = await t.request("/api/auth/sign-in", signInBody(member.email, PASSWORD));
    expect(await res.json()).toEqual({ status: "mfa_required", next: "/login/mfa" });
    const pending = res.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect((await t.request("/api/v1/me", { cookie: pending })).status).toBe(401);
    expect((await t.request("/api/auth/mfa/verify", { method: "POST", cookie: pending, json: { code: "123456" } })).status).toBe(401);
    const ok = await t.request("/api/auth/mfa/verify", { method: "POST", cookie: pending, json: { code: currentTotp(setup.secret) } });
    expect(await ok.json()).toEqual({ status: "signed_in", next: "/me" });
    expect((await t.request("/api/v1/me", { cookie: pending })).status).toBe(200);
  });

  it("holds admin and HR at MFA setup when the company requires it", async () => {
    const tenant = await t.tenant({ mfaRequiredForStaff: true });
    const { cookie } = await t.as(tenant, "admin");
    const me = await (await t.request("/api/v1/me", { cookie })).json();
    expect(me.mfaSetupRequired).toBe(true);
    const blocked = await t.request("/api/v1/members", { cookie });
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).code).toBe("mfa_setup_required");
    const setup = await (await t.request("/api/v1/me/mfa/setup", { method: "POST", cookie })).json();
    await t.request("/api/v1/me/mfa/enable", { method: "POST", cookie, json: { code: currentTotp(setup.secret) } });
    expect((await t.request("/api/v1/members", { cookie })).status).toBe(200);
    const disable = await t.request("/api/v1/me/mfa/disable", { method: "POST", cookie, json: { code: currentTotp(setup.secret) } });
    expect((await disable.json()).code).toBe("mfa_required_by_tenant");
    const employee = await t.as(tenant, "employee");
    expect((await (await t.request("/api/v1/me", { cookie: employee.cookie })).json()).mfaSetupRequired).toBe(false);
  });
});

describe("account", () => {
  it("remembers the language per user and audits the change", async () => {
    const tenant = await t.tenant();
    const { member, cookie } = await t.as(tenant, "alumnus");
    const me = await (await t.request("/api/v1/me", { cookie })).json();
    expect(me.user.locale).toBe("ja");
    const res = await t.request("/api/v1/me", { method: "PATCH", cookie, json: { locale: "en" } });
    expect((await res.json()).user.locale).toBe("en");
    const other = await t.signIn(member.email);
    expect((await (await t.request("/api/v1/me", { cookie: other })).json()).user.locale).toBe("en");
    const problem = await (await t.request("/api/v1/members", { cookie: other })).json();
    expect(problem.detail).toBe("You do not have permission to do this.");
    const [row] = await t.deps.database.db.select().from(auditEvents).where(eq(auditEvents.action, "user.profile_updated"));
    expect(row).toMatchObject({ targetId: member.userId, meta: { fields: "locale" } });
  });

  it("switches between the companies a person belongs to", async () => {
    const [a, b] = [await t.tenant(), await t.tenant()];
    const m = await t.member(a, "employee");
    await t.member(b, "alumnus", { email: m.email });
    const cookie = await t.signIn(m.email);
    const me = await (await t.request("/api/v1/me", { cookie })).json();
    expect(me.memberships).toHaveLength(2);
    const switched = await (await t.request("/api/v1/me/tenant", { method: "POST", cookie, json: { tenantId: b.id } })).json();
    expect(switched).toMatchObject({ tenant: { id: b.id }, role: "alumnus" });
    expect((await (await t.request("/api/v1/me", { cookie })).json()).role).toBe("alumnus");
    const stranger = await t.tenant();
    expect((await t.request("/api/v1/me/tenant", { method: "POST", cookie, json: { tenantId: stranger.id } })).status).toBe(404);
  });
});
