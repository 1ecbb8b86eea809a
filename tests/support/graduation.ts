import { randomBytes } from "node:crypto";
import { offboardingCases } from "../../src/server/db/schema/graduation";
import type { TenantRef } from "../../src/server/platform/context";
import { hashToken, newToken } from "../../src/server/platform/security/tokens";
import type { TestApp } from "./test-app";

export interface InvitedCase {
  id: string;
  token: string;
}

/**
 * A graduation case in the "invited" state with a live link, written directly: what the offboarding
 * dispatch leaves behind after sending the invitation.
 */
export async function invitedCase(
  t: TestApp,
  tenant: TenantRef,
  input: Partial<typeof offboardingCases.$inferInsert> & { expired?: boolean } = {},
): Promise<InvitedCase> {
  const token = newToken();
  const { expired, ...values } = input;
  const suffix = randomBytes(3).toString("hex");
  const [row] = await t.deps.database.db
    .insert(offboardingCases)
    .values({
      tenantId: tenant.id,
      familyName: "卒業",
      givenName: "花子",
      workEmail: `leaver-${suffix}@corp.example.test`,
      department: "開発部",
      lastDay: "2026-03-31",
      source: "manual",
      status: "invited",
      sendAt: new Date(Date.now() - 86_400_000),
      invitedAt: new Date(Date.now() - 86_400_000),
      tokenHash: hashToken(t.deps.config.authSecret, token),
      tokenExpiresAt: new Date(Date.now() + (expired ? -1 : 60) * 86_400_000),
      ...values,
    })
    .returning({ id: offboardingCases.id });
  if (!row) throw new Error("no case");
  return { id: row.id, token };
}

export const NO_CONSENTS = {
  company_news: false,
  events: false,
  community_news: false,
  job_opportunities: false,
  referral_requests: false,
  alumni_visibility: false,
};

/** The registration body a leaver's browser sends, for the notice version the link shows. */
export async function registrationBody(t: TestApp, token: string, overrides: Record<string, unknown> = {}, ip?: string) {
  const preview = await (await t.request("/api/public/graduation/inspect", { method: "POST", json: { token }, ip })).json();
  return {
    token,
    noticeVersion: preview.notice?.version ?? 1,
    email: `alum-${randomBytes(4).toString("hex")}@private.example.test`,
    signInMethod: "password",
    password: "sakura-no-hana-2026",
    locale: "ja",
    consents: { ...NO_CONSENTS, company_news: true, events: true },
    survey: { reasons: ["career_growth", "relocation_family"], considerReturning: "maybe", wouldBringBack: "リモート勤務", comment: "お世話になりました" },
    profile: { skills: ["TypeScript"], currentEmployer: "次の会社", currentRole: "エンジニア" },
    ...overrides,
  };
}

/** A registered alumnus with a session cookie. */
export async function registeredAlumnus(
  t: TestApp,
  tenant: TenantRef,
  caseValues: Parameters<typeof invitedCase>[2] = {},
  overrides: Record<string, unknown> = {},
) {
  const c = await invitedCase(t, tenant, caseValues);
  const body = await registrationBody(t, c.token, overrides);
  const res = await t.request("/api/public/graduation/register", { method: "POST", json: body });
  if (res.status !== 200) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return { cookie, email: body.email as string, password: body.password as string, caseId: c.id };
}
