import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitedCase, NO_CONSENTS, registrationBody } from "../../../../tests/support/graduation";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { offboardingCases } from "../../db/schema/graduation";
import { alumniConsents, exitSurveys } from "../../db/schema/privacy";
import { memberships, users } from "../../db/schema/tenancy";

let t: TestApp;
let sink: SmtpSink;
let ipCounter = 0;
/** Each test talks from its own address, so the per-IP limits of the public routes stay out of the way. */
const nextIp = () => `198.51.100.${++ipCounter}`;

beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, runWorker: true });
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const db = () => t.deps.database.db;
const register = (json: unknown, ip: string, headers: Record<string, string> = {}) =>
  t.request("/api/public/graduation/register", { method: "POST", json, ip, headers });
const inspect = async (token: string, ip: string) => (await t.request("/api/public/graduation/inspect", { method: "POST", json: { token }, ip })).json();
const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";

async function mailTo(address: string) {
  await expect.poll(() => sink.messages.some((m) => JSON.stringify(m.to).includes(address)), { timeout: 20_000 }).toBe(true);
  const mail = sink.messages.find((m) => JSON.stringify(m.to).includes(address));
  if (!mail) throw new Error("no mail");
  return mail;
}

describe("registration with a graduation link", () => {
  it("shows the notice and prefill, registers in one go, signs in, and verifies the email once", async () => {
    const ip = nextIp();
    const tenant = await t.tenant();
    const c = await invitedCase(t, tenant, { workEmail: "hanako.sotsugyo@corp.example.test", employeeNumber: "G-100" });

    const preview = await inspect(c.token, ip);
    expect(preview).toMatchObject({
      status: "valid",
      companyName: tenant.name,
      prefill: { familyName: "卒業", givenName: "花子", department: "開発部", maskedWorkEmail: "h***@corp.example.test" },
    });
    expect(preview.notice.version).toBe(1);
    expect(preview.notice.bodyJa).toContain(tenant.name);
    expect(JSON.stringify(preview)).not.toContain("hanako.sotsugyo");

    const body = await registrationBody(t, c.token, {}, ip);
    const res = await register(body, ip);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "signed_in", next: "/alumni" });
    const cookie = cookieOf(res);
    const me = await (await t.request("/api/v1/me", { cookie })).json();
    expect(me).toMatchObject({ role: "alumnus", tenant: { id: tenant.id }, emailVerified: false, noticeReviewRequired: false });
    expect(me.user.email).toBe(body.email);

    const [record] = await db().select().from(alumni).where(eq(alumni.tenantId, tenant.id));
    expect(record).toMatchObject({
      employeeNumber: "G-100",
      familyName: "卒業",
      workEmail: "hanako.sotsugyo@corp.example.test",
      privateEmail: body.email,
      leaveDate: "2026-03-31",
      userId: me.user.id,
      noticeVersionSeen: 1,
      skills: ["TypeScript"],
      currentEmployer: "次の会社",
      returnInterest: "maybe",
    });
    expect(record?.searchText).toContain("次の会社");
    const [user] = await db().select().from(users).where(eq(users.id, me.user.id));
    expect(user?.emailVerifiedAt).toBeNull();
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    const consents = await db()
      .select()
      .from(alumniConsents)
      .where(eq(alumniConsents.alumnusId, record?.id ?? ""));
    expect(Object.fromEntries(consents.map((r) => [r.purpose, r.granted]))).toEqual({ ...NO_CONSENTS, company_news: true, events: true });
    const [survey] = await db()
      .select()
      .from(exitSurveys)
      .where(eq(exitSurveys.alumnusId, record?.id ?? ""));
    expect(survey).toMatchObject({ caseId: c.id, reasons: ["career_growth", "relocation_family"], considerReturning: "maybe", comment: "お世話になりました" });
    const [caseRow] = await db().select().from(offboardingCases).where(eq(offboardingCases.id, c.id));
    expect(caseRow).toMatchObject({ status: "registered", alumnusId: record?.id });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "alumnus.registered")));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.meta).toMatchObject({ record: "created", caseId: c.id });
    expect(JSON.stringify(audit[0]?.meta)).not.toContain("@");

    const mail = await mailTo(body.email);
    expect(mail.subject).toBe(`【${tenant.name}】メールアドレスのご確認のお願い`);
    expect(mail.text).toContain("卒業 花子 様");
    expect(mail.html).toContain("メールアドレスを確認する");
    const token = mail.text?.match(/\/verify-email#token=([\w-]+)/)?.[1];
    expect(token).toBeTruthy();

    const first = await t.request("/api/public/verify-email", { method: "POST", json: { token }, ip });
    expect(await first.json()).toEqual({ status: "verified" });
    const second = await t.request("/api/public/verify-email", { method: "POST", json: { token }, ip });
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ status: "already_verified" });
    expect((await (await t.request("/api/v1/me", { cookie })).json()).emailVerified).toBe(true);

    const again = await register({ ...body, email: "someone.else@private.example.test" }, ip);
    expect(again.status).toBe(410);
    expect((await again.json()).code).toBe("graduation_link_used");
    expect((await inspect(c.token, ip)).status).toBe("used");
  });

  it("writes the verification mail in English for an English registration", async () => {
    const ip = nextIp();
    const tenant = await t.tenant();
    const c = await invitedCase(t, tenant, { familyName: "Smith", givenName: "Jane" });
    const body = await registrationBody(t, c.token, { locale: "en", signInMethod: "magic_link", password: null }, ip);
    expect((await register(body, ip)).status).toBe(200);
    const mail = await mailTo(body.email);
    expect(mail.subject).toBe(`[${tenant.name}] Please confirm your email address`);
    expect(mail.text).toContain("Dear Jane Smith,");
    const [user] = await db().select().from(users).where(eq(users.email, body.email));
    expect(user).toMatchObject({ passwordHash: null, locale: "en" });
  });

  it("attaches to the existing directory record by employee number, else by work email, in the case's tenant only", async () => {
    const ip = nextIp();
    const tenant = await t.tenant();
    const other = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const { cookie: otherCookie } = await t.as(other, "hr");
    const create = async (ck: string, json: unknown) => (await t.request("/api/v1/alumni", { method: "POST", cookie: ck, json })).json();
    const byNumber = await create(cookie, { employeeNumber: "E-7", familyName: "山田", givenName: "太郎", leaveDate: "2023-03-31", skills: ["Go"] });
    const byEmail = await create(cookie, { familyName: "佐藤", givenName: "次郎", workEmail: "jiro@corp.example.test", leaveDate: "2022-03-31" });
    const lookalike = await create(otherCookie, { employeeNumber: "E-8", familyName: "別会社", givenName: "三郎", leaveDate: "2022-03-31" });

    const c1 = await invitedCase(t, tenant, { employeeNumber: "E-7", familyName: "山田", givenName: "太郎", workEmail: "taro@corp.example.test" });
    expect((await register(await registrationBody(t, c1.token, {}, ip), ip)).status).toBe(200);
    const c2 = await invitedCase(t, tenant, { familyName: "佐藤", givenName: "次郎", workEmail: "JIRO@corp.example.test" });
    expect((await register(await registrationBody(t, c2.token, {}, ip), ip)).status).toBe(200);
    const c3 = await invitedCase(t, tenant, { employeeNumber: "E-8", familyName: "新規", givenName: "四郎" });
    expect((await register(await registrationBody(t, c3.token, {}, ip), ip)).status).toBe(200);

    const rows = await db().select().from(alumni).where(eq(alumni.tenantId, tenant.id));
    expect(rows).toHaveLength(3);
    const find = (id: string) => rows.find((r) => r.id === id);
    expect(find(byNumber.id)?.userId).toBeTruthy();
    expect(find(byNumber.id)?.skills).toEqual(["Go", "TypeScript"]);
    expect(find(byNumber.id)?.version).toBe(2);
    expect(find(byEmail.id)?.userId).toBeTruthy();
    expect(rows.find((r) => r.employeeNumber === "E-8")?.familyName).toBe("新規");
    const [untouched] = await db().select().from(alumni).where(eq(alumni.id, lookalike.id));
    expect(untouched?.userId).toBeNull();
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenant.id), eq(auditEvents.action, "alumnus.registered")));
    expect(audits.map((a) => a.meta.record).sort()).toEqual(["attached", "attached", "created"]);
  });

  it("answers expired, declined, garbage and unknown links with a status, and refuses to register with them", async () => {
    const ip = nextIp();
    const tenant = await t.tenant();
    const expired = await invitedCase(t, tenant, { expired: true });
    const declined = await invitedCase(t, tenant, { status: "declined", declinedAt: new Date() });
    expect(await inspect(expired.token, ip)).toMatchObject({ status: "expired", companyName: tenant.name, notice: null, prefill: null });
    expect((await inspect(declined.token, ip)).status).toBe("declined");
    expect(await inspect("x".repeat(43), ip)).toEqual({ status: "invalid", companyName: null, notice: null, prefill: null });
    expect((await t.request("/api/public/graduation/inspect", { method: "POST", json: { token: "short" }, ip })).status).toBe(422);

    const body = await registrationBody(t, expired.token, {}, ip);
    const cases = [
      [expired.token, "graduation_link_expired"],
      [declined.token, "graduation_link_declined"],
      ["y".repeat(43), "graduation_link_invalid"],
    ] as const;
    for (const [token, code] of cases) {
      const res = await register({ ...body, token }, ip, { "accept-language": "ja" });
      expect(res.status, code).toBe(410);
      const problem = await res.json();
      expect(problem.code).toBe(code);
      expect(problem.detail).toMatch(/人事ご担当者さま/);
    }
    expect((await db().select({ n: count() }).from(users).where(eq(users.email, body.email)))[0]?.n).toBe(0);
  });

  it("refuses a private email that already has an account, in the reader's language", async () => {
    const ip = nextIp();
    const tenant = await t.tenant();
    const existing = await t.member(tenant, "employee");
    const c = await invitedCase(t, tenant);
    const body = await registrationBody(t, c.token, { email: existing.email.toUpperCase() }, ip);
    const ja = await register(body, ip, { "accept-language": "ja" });
    expect(ja.status).toBe(409);
    expect(await ja.json()).toMatchObject({ code: "email_registered", detail: expect.stringContaining("ログイン") });
    const en = await register(body, ip, { "accept-language": "en" });
    expect((await en.json()).detail).toContain("Please sign in");
    expect((await inspect(c.token, ip)).status).toBe("valid");
  });

  it("refuses weak passwords and a notice version the person did not read", async () => {
    const ip = nextIp();
    const tenant = await t.tenant();
    const c = await invitedCase(t, tenant);
    const body = await registrationBody(t, c.token, {}, ip);
    const weak = await register({ ...body, password: "aaaaaaaaaaaa" }, ip);
    expect(weak.status).toBe(422);
    expect((await weak.json()).errors[0].path).toBe("password");
    expect((await register({ ...body, password: null }, ip)).status).toBe(422);
    const stale = await register({ ...body, noticeVersion: 99 }, ip);
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe("notice_changed");
  });

  it("creates exactly one account when the same link is submitted twice at once", async () => {
    const ip = nextIp();
    const tenant = await t.tenant();
    const c = await invitedCase(t, tenant);
    const body = await registrationBody(t, c.token, { consents: NO_CONSENTS, survey: null }, ip);
    const other = { ...body, email: `twin-${body.email}` };
    const results = await Promise.all([register(body, ip), register(other, ip)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    const loser = results.find((r) => r.status === 410);
    expect(loser).toBeDefined();
    expect((await (loser as Response).json()).code).toBe("graduation_link_used");
    const accounts = await db()
      .select()
      .from(memberships)
      .where(and(eq(memberships.tenantId, tenant.id), eq(memberships.role, "alumnus")));
    expect(accounts).toHaveLength(1);
    expect(await db().select().from(alumni).where(eq(alumni.tenantId, tenant.id))).toHaveLength(1);
  });

  it("keeps an expired verification link from working and says so", async () => {
    const ip = nextIp();
    const res = await t.request("/api/public/verify-email", { method: "POST", json: { token: "z".repeat(43) }, ip });
    expect(res.status).toBe(410);
    expect((await res.json()).code).toBe("token_invalid");
  });
});
