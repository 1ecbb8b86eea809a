import type { SignInResult } from "../../../shared/contracts/auth";
import type { Locale } from "../../../shared/locales";
import { portalForRole, type Role } from "../../../shared/roles";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { completeMfa, createSession, deleteSession, deleteSessionsOf, findSession } from "../../platform/auth/sessions";
import { verifyTotp } from "../../platform/auth/totp";
import type { RequestContext } from "../../platform/context";
import { Gone, Unauthenticated } from "../../platform/errors/domain-error";
import { transact } from "../../platform/mail/outbox";
import { assertStrongPassword, hashPassword, verifyPassword } from "../../platform/security/passwords";
import { check, consume, reset } from "../../platform/security/rate-limit";
import { hashToken, newToken } from "../../platform/security/tokens";
import * as account from "../account/account.service";
import * as repo from "./auth.repo";

const FAILURE_WINDOW = 15 * 60;
const MAGIC_LINK_MINUTES = 15;
const RESET_MINUTES = 30;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  result: SignInResult;
}

const accountKey = (ctx: RequestContext, email: string) => `signin:account:${hashToken(ctx.deps.config.authSecret, email)}`;
const ipKey = (ctx: RequestContext, scope: string) => `${scope}:ip:${ctx.clientIp}`;

/** Opens a session in the user's first active tenant; with TOTP on, the session waits for the code. */
async function openSession(db: Db, ctx: RequestContext, user: account.UserRow, tenantId?: string): Promise<IssuedSession | null> {
  const memberships = await account.activeMembershipsOf(db, user.id);
  const membership = memberships.find((m) => m.tenantId === tenantId) ?? memberships[0];
  if (!membership) return null;
  const mfaPending = user.totpEnabled;
  const session = await createSession(db, ctx.deps.config.authSecret, { userId: user.id, tenantId: membership.tenantId, mfaPending });
  if (!mfaPending) {
    await recordAudit(db, {
      tenantId: membership.tenantId,
      actor: { kind: "member", role: membership.role as Role, userId: user.id, membershipId: membership.membershipId, sessionHash: "" },
      action: "auth.sign_in.succeeded",
      targetType: "user",
      targetId: user.id,
      requestId: ctx.requestId,
    });
  }
  const result: SignInResult = mfaPending
    ? { status: "mfa_required", next: "/login/mfa" }
    : { status: "signed_in", next: portalForRole(membership.role as Role) };
  return { ...session, result };
}

async function auditFailure(db: Db, ctx: RequestContext, user: account.UserRow | undefined, reason: string) {
  const tenants = user ? await account.activeMembershipsOf(db, user.id) : [];
  const targets = tenants.length > 0 ? tenants.map((t) => t.tenantId) : [null];
  for (const tenantId of targets) {
    await recordAudit(db, {
      tenantId,
      actor: { kind: "anonymous" },
      action: "auth.sign_in.failed",
      targetType: user ? "user" : undefined,
      targetId: user?.id,
      requestId: ctx.requestId,
      meta: { reason },
    });
  }
}

export async function signIn({ ctx, input }: { ctx: RequestContext; input: { email: string; password: string } }): Promise<IssuedSession> {
  const accountLimit = { key: accountKey(ctx, input.email), max: 10, windowSeconds: FAILURE_WINDOW };
  const ipLimit = { key: ipKey(ctx, "signin"), max: 50, windowSeconds: FAILURE_WINDOW };
  await check(ctx.db, accountLimit);
  await check(ctx.db, ipLimit);
  const user = await account.findUserByEmail(ctx.db, input.email);
  const passwordOk = await verifyPassword(input.password, user?.passwordHash);
  const issued = passwordOk && user ? await openSession(ctx.db, ctx, user) : null;
  if (!issued) {
    await auditFailure(ctx.db, ctx, user, !user ? "unknown_account" : passwordOk ? "no_active_membership" : "wrong_password");
    await consume(ctx.db, accountLimit);
    await consume(ctx.db, ipLimit);
    throw Unauthenticated("invalid_credentials", "errors.invalid_credentials");
  }
  await reset(ctx.db, accountLimit.key);
  return issued;
}

export async function verifyMfa({ ctx, token, code }: { ctx: RequestContext; token: string | undefined; code: string }): Promise<SignInResult> {
  const session = token ? await findSession(ctx.deps.database, ctx.deps.config.authSecret, token) : null;
  if (!session?.mfaPending) throw Unauthenticated("mfa_not_pending", "errors.mfa_not_pending");
  await check(ctx.db, { key: `mfa:${session.sessionHash}`, max: 5, windowSeconds: FAILURE_WINDOW });
  const user = await account.findUserById(ctx.db, session.userId);
  const secret = user ? account.userTotpSecret(user, ctx.deps.config.authSecret) : null;
  const actor = { kind: "member" as const, role: session.role, userId: session.userId, membershipId: session.membershipId, sessionHash: session.sessionHash };
  if (!secret || !verifyTotp(secret, code)) {
    await consume(ctx.db, { key: `mfa:${session.sessionHash}`, max: 5, windowSeconds: FAILURE_WINDOW });
    await recordAudit(ctx.db, {
      tenantId: session.tenant.id,
      actor: { kind: "anonymous" },
      action: "auth.sign_in.failed",
      targetType: "user",
      targetId: session.userId,
      requestId: ctx.requestId,
      meta: { reason: "wrong_mfa_code" },
    });
    throw Unauthenticated("invalid_mfa_code", "errors.invalid_mfa_code");
  }
  await completeMfa(ctx.db, session.sessionHash);
  await recordAudit(ctx.db, {
    tenantId: session.tenant.id,
    actor,
    action: "auth.sign_in.succeeded",
    targetType: "user",
    targetId: session.userId,
    requestId: ctx.requestId,
    meta: { mfa: true },
  });
  return { status: "signed_in", next: portalForRole(session.role) };
}

export async function signOut({ ctx, token }: { ctx: RequestContext; token: string | undefined }): Promise<void> {
  if (!token) return;
  const session = await findSession(ctx.deps.database, ctx.deps.config.authSecret, token);
  await deleteSession(ctx.db, ctx.deps.config.authSecret, token);
  if (session) {
    await recordAudit(ctx.db, {
      tenantId: session.tenant.id,
      actor: { kind: "member", role: session.role, userId: session.userId, membershipId: session.membershipId, sessionHash: session.sessionHash },
      action: "auth.sign_out",
      targetType: "user",
      targetId: session.userId,
      requestId: ctx.requestId,
    });
  }
}

/** Sends a single-use link by email when the account exists; callers always get the same answer. */
async function sendEmailToken(ctx: RequestContext, email: string, purpose: repo.EmailTokenPurpose): Promise<void> {
  await consume(ctx.db, { key: ipKey(ctx, purpose), max: 20, windowSeconds: FAILURE_WINDOW });
  await consume(ctx.db, { key: `${purpose}:account:${hashToken(ctx.deps.config.authSecret, email)}`, max: 5, windowSeconds: FAILURE_WINDOW });
  const user = await account.findUserByEmail(ctx.db, email);
  const [membership] = user ? await account.activeMembershipsOf(ctx.db, user.id) : [];
  if (!user || !membership) return;
  const token = newToken();
  const minutes = purpose === "magic_link" ? MAGIC_LINK_MINUTES : RESET_MINUTES;
  const path = purpose === "magic_link" ? "/auth/magic" : "/reset-password";
  const tokenHash = hashToken(ctx.deps.config.authSecret, token);
  await transact(ctx, async (tx, outbox) => {
    await repo.insertEmailToken(tx, { tokenHash, purpose, userId: user.id, tenantId: membership.tenantId, expiresAt: new Date(Date.now() + minutes * 60_000) });
    const vars = { tenantName: membership.tenantName, minutes, link: `${ctx.baseUrl}${path}#token=${token}` };
    await outbox.queue({
      tenantId: membership.tenantId,
      to: user.email,
      locale: user.locale as Locale,
      template: purpose,
      vars,
      idempotencyKey: `${purpose}:${tokenHash}`,
    });
    await recordAudit(tx, {
      tenantId: membership.tenantId,
      actor: { kind: "anonymous" },
      action: `auth.${purpose}.requested`,
      targetType: "user",
      targetId: user.id,
      requestId: ctx.requestId,
    });
  });
}

export const requestMagicLink = ({ ctx, email }: { ctx: RequestContext; email: string }) => sendEmailToken(ctx, email, "magic_link");
export const requestPasswordReset = ({ ctx, email }: { ctx: RequestContext; email: string }) => sendEmailToken(ctx, email, "password_reset");

async function redeemEmailToken(ctx: RequestContext, token: string, purpose: repo.EmailTokenPurpose) {
  await consume(ctx.db, { key: ipKey(ctx, `${purpose}-use`), max: 30, windowSeconds: FAILURE_WINDOW });
  const tokenHash = hashToken(ctx.deps.config.authSecret, token);
  const row = await repo.findEmailToken(ctx.db, tokenHash, purpose);
  if (!row || row.usedAt) throw Gone("token_invalid", "errors.token_invalid");
  if (row.expiresAt.getTime() < Date.now()) throw Gone("token_expired", "errors.token_expired");
  if (!(await repo.markEmailTokenUsed(ctx.db, tokenHash))) throw Gone("token_invalid", "errors.token_invalid");
  const user = await account.findUserById(ctx.db, row.userId);
  if (!user) throw Gone("token_invalid", "errors.token_invalid");
  return user;
}

export async function consumeMagicLink({ ctx, token }: { ctx: RequestContext; token: string }): Promise<IssuedSession> {
  const user = await redeemEmailToken(ctx, token, "magic_link");
  const issued = await openSession(ctx.db, ctx, user);
  if (!issued) throw Gone("token_invalid", "errors.token_invalid");
  return issued;
}

export async function confirmPasswordReset({ ctx, token, password }: { ctx: RequestContext; token: string; password: string }): Promise<void> {
  assertStrongPassword(ctx.locale, password);
  const user = await redeemEmailToken(ctx, token, "password_reset");
  const passwordHash = await hashPassword(password);
  const memberships = await account.activeMembershipsOf(ctx.db, user.id);
  await ctx.db.transaction(async (tx) => {
    await account.setPasswordHash(tx, user.id, passwordHash);
    await deleteSessionsOf(tx, { userId: user.id });
    for (const m of memberships) {
      await recordAudit(tx, {
        tenantId: m.tenantId,
        actor: { kind: "anonymous" },
        action: "auth.password_reset.completed",
        targetType: "user",
        targetId: user.id,
        requestId: ctx.requestId,
      });
    }
  });
}

/** Starts a session for a user who has just proven who they are (an accepted invitation). */
export async function openSessionFor(db: Db, ctx: RequestContext, user: account.UserRow, tenantId: string): Promise<IssuedSession> {
  const issued = await openSession(db, ctx, user, tenantId);
  if (!issued) throw Unauthenticated();
  return issued;
}
