import QRCode from "qrcode";
import type { Me, MfaSetup, UpdateMeInput } from "../../../shared/contracts/me";
import type { Locale } from "../../../shared/locales";
import { type Role, STAFF_ROLES } from "../../../shared/roles";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { switchSessionTenant } from "../../platform/auth/sessions";
import { newTotpSecret, totpUri, verifyTotp } from "../../platform/auth/totp";
import type { TenantContext, UserRef } from "../../platform/context";
import { Conflict, DomainError, Forbidden, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { openSecret, sealSecret } from "../../platform/security/secret-box";
import { alumnusFlags } from "../alumni-portal/alumnus-flags.service";
import * as repo from "./account.repo";

export type { UserRow } from "./account.repo";
export const findUserByEmail = repo.findUserByEmail;
export const findUserById = repo.findUserById;
export const activeMembershipsOf = repo.activeMembershipsOf;

export async function createUser(db: Db, input: { email: string; name: string; passwordHash: string | null; locale: Locale }) {
  return repo.insertUser(db, { ...input, email: input.email.toLowerCase() });
}

export async function setPasswordHash(db: Db, userId: string, passwordHash: string) {
  await repo.updateUser(db, userId, { passwordHash });
}

/** The address was proven by a link sent to it (null: a new address waits for its proof). */
export async function setEmailVerifiedAt(db: Db, userId: string, at: Date | null) {
  await repo.updateUser(db, userId, { emailVerifiedAt: at });
}

/** A new sign-in address, unverified until its link is opened; the caller checks it is free. */
export async function changeEmail(db: Db, userId: string, email: string) {
  await repo.updateUser(db, userId, { email: email.toLowerCase(), emailVerifiedAt: null });
}

export function userTotpSecret(user: repo.UserRow, authSecret: string): string | null {
  return user.totpEnabled && user.totpSecret ? openSecret(authSecret, user.totpSecret) : null;
}

function memberOf(ctx: TenantContext) {
  if (ctx.actor.kind !== "member") throw Forbidden();
  return ctx.actor;
}

export function mfaRequiredFor(tenant: { mfaRequiredForStaff: boolean }, role: Role): boolean {
  return tenant.mfaRequiredForStaff && STAFF_ROLES.includes(role);
}

async function userRefOf(db: Db, userId: string): Promise<UserRef> {
  const user = await repo.findUserById(db, userId);
  if (!user) throw NotFound();
  const memberships = (await repo.activeMembershipsOf(db, userId)).map((m) => ({ ...m, role: m.role as Role }));
  return { id: user.id, email: user.email, name: user.name, locale: user.locale as Locale, mfaEnabled: user.totpEnabled, memberships };
}

export async function getMe({ ctx }: { ctx: TenantContext }): Promise<Me> {
  const tenant = { id: ctx.tenant.id, slug: ctx.tenant.slug, name: ctx.tenant.name };
  const devMailbox = !ctx.deps.config.smtpEnabled && ctx.actor.role === "admin";
  if (ctx.actor.kind !== "member") {
    const apiKey = ctx.actor.kind === "apiKey" ? { id: ctx.actor.apiKeyId, name: "API key" } : null;
    return { kind: "apiKey", user: null, apiKey, tenant, role: ctx.actor.role, memberships: [], mfaSetupRequired: false, devMailbox };
  }
  const { memberships, ...user } = ctx.user ?? (await userRefOf(ctx.db, ctx.actor.userId));
  const alumnus = ctx.actor.role === "alumnus" ? await alumnusFlags(ctx.db, ctx.tenant.id, ctx.actor.userId) : {};
  return {
    kind: "user",
    user,
    apiKey: null,
    tenant,
    role: ctx.actor.role,
    memberships: memberships.map((m) => ({ tenantId: m.tenantId, tenantSlug: m.tenantSlug, tenantName: m.tenantName, role: m.role as Role })),
    mfaSetupRequired: mfaRequiredFor(ctx.tenant, ctx.actor.role) && !user.mfaEnabled,
    devMailbox,
    ...alumnus,
  };
}

export async function updateMe({ ctx, input }: { ctx: TenantContext; input: UpdateMeInput }): Promise<Me> {
  const actor = memberOf(ctx);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, actor.userId, input);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor,
      action: "user.profile_updated",
      targetType: "user",
      targetId: actor.userId,
      requestId: ctx.requestId,
      meta: { fields: Object.keys(input).sort().join(",") },
    });
  });
  return getMe({ ctx: { ...ctx, locale: input.locale ?? ctx.locale, user: undefined } });
}

export async function switchTenant({ ctx, tenantId }: { ctx: TenantContext; tenantId: string }): Promise<Me> {
  const actor = memberOf(ctx);
  const target = (await repo.activeMembershipsOf(ctx.db, actor.userId)).find((m) => m.tenantId === tenantId);
  if (!target) throw NotFound("not_a_member");
  await switchSessionTenant(ctx.db, actor.sessionHash, tenantId);
  const tenant = { ...ctx.tenant, id: target.tenantId, slug: target.tenantSlug, name: target.tenantName };
  return getMe({ ctx: { ...ctx, tenant, actor: { ...actor, role: target.role as Role, membershipId: target.membershipId } } });
}

export async function startMfaSetup({ ctx }: { ctx: TenantContext }): Promise<MfaSetup> {
  const actor = memberOf(ctx);
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user) throw NotFound();
  const secret = newTotpSecret();
  await repo.updateUser(ctx.db, user.id, { totpPendingSecret: sealSecret(ctx.deps.config.authSecret, secret) });
  const otpauthUrl = totpUri(secret, user.email);
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 200 }) };
}

const invalidCode = (locale: Locale) =>
  new DomainError(422, "invalid_mfa_code", "errors.invalid_mfa_code", [
    { path: "code", code: "invalid_mfa_code", message: translate(locale, "errors.invalid_mfa_code") },
  ]);

export async function enableMfa({ ctx, code }: { ctx: TenantContext; code: string }): Promise<void> {
  const actor = memberOf(ctx);
  const user = await repo.findUserById(ctx.db, actor.userId);
  if (!user?.totpPendingSecret) throw Conflict("mfa_not_set_up", "errors.mfa_not_set_up");
  if (!verifyTotp(openSecret(ctx.deps.config.authSecret, user.totpPendingSecret), code)) throw invalidCode(ctx.locale);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabled: true });
    await recordAudit(tx, { tenantId: ctx.tenant.id, actor, action: "auth.mfa.enabled", targetType: "user", targetId: user.id, requestId: ctx.requestId });
  });
}

export async function disableMfa({ ctx, code }: { ctx: TenantContext; code: string }): Promise<void> {
  const actor = memberOf(ctx);
  if (mfaRequiredFor(ctx.tenant, actor.role)) throw Conflict("mfa_required_by_tenant", "errors.mfa_required_by_tenant");
  const user = await repo.findUserById(ctx.db, actor.userId);
  const secret = user ? userTotpSecret(user, ctx.deps.config.authSecret) : null;
  if (!user || !secret) throw Conflict("mfa_not_set_up", "errors.mfa_not_set_up");
  if (!verifyTotp(secret, code)) throw invalidCode(ctx.locale);
  await ctx.db.transaction(async (tx) => {
    await repo.updateUser(tx, user.id, { totpSecret: null, totpPendingSecret: null, totpEnabled: false });
    await recordAudit(tx, { tenantId: ctx.tenant.id, actor, action: "auth.mfa.disabled", targetType: "user", targetId: user.id, requestId: ctx.requestId });
  });
}
