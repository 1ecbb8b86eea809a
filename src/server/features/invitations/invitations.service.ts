import type { AcceptInvitationInput, InvitationPreview } from "../../../shared/contracts/auth";
import type { CreateInvitationInput, Invitation, InvitationPage } from "../../../shared/contracts/members";
import type { Role } from "../../../shared/roles";
import { recordAudit } from "../../platform/audit/audit";
import { actorId, type RequestContext, type TenantContext } from "../../platform/context";
import { Conflict, Gone, NotFound, Unauthenticated } from "../../platform/errors/domain-error";
import { transact } from "../../platform/mail/outbox";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { assertStrongPassword, hashPassword, verifyPassword } from "../../platform/security/passwords";
import { consume } from "../../platform/security/rate-limit";
import { hashToken, newToken } from "../../platform/security/tokens";
import * as account from "../account/account.service";
import { type IssuedSession, openSessionFor } from "../auth/auth.service";
import * as members from "../members/members.service";
import * as repo from "./invitations.repo";

export const INVITATION_TTL_DAYS = 7;

function statusOf(row: repo.InvitationRow): Invitation["status"] {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return "pending";
}

function toInvitation(row: repo.InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    status: statusOf(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listInvitations({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<InvitationPage> {
  const { rows, total } = await repo.listInvitations(ctx.db, {
    tenantId: ctx.tenant.id,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, toInvitation, createdAtCursorOf);
}

/** Invites by email; a new invitation replaces the person's pending one. Returns the link for the CLI. */
export async function createInvitation({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: CreateInvitationInput;
}): Promise<{ invitation: Invitation; link: string }> {
  const token = newToken();
  const tokenHash = hashToken(ctx.deps.config.authSecret, token);
  const link = `${ctx.baseUrl}/invite#token=${token}`;
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
  const row = await transact(ctx, async (tx, outbox) => {
    const existing = await members.findMemberByEmail(tx, ctx.tenant.id, input.email);
    if (existing) throw Conflict("already_member", "errors.already_member");
    await repo.revokePendingFor(tx, ctx.tenant.id, input.email);
    const created = await repo.insertInvitation(tx, {
      tenantId: ctx.tenant.id,
      email: input.email,
      role: input.role,
      tokenHash,
      invitedBy: actorId(ctx.actor),
      expiresAt,
    });
    const expires = new Intl.DateTimeFormat(ctx.locale === "ja" ? "ja-JP" : "en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Tokyo" }).format(
      expiresAt,
    );
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: input.email,
      locale: ctx.locale,
      template: "invitation",
      vars: { tenantName: ctx.tenant.name, role: input.role, expiresAt: expires, link },
      idempotencyKey: `invitation:${created.id}`,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "invitation.created",
      targetType: "invitation",
      targetId: created.id,
      requestId: ctx.requestId,
      meta: { role: input.role },
    });
    return created;
  });
  return { invitation: toInvitation(row), link };
}

export async function revokeInvitation({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findInvitation(tx, ctx.tenant.id, id);
    if (!row) throw NotFound();
    if (statusOf(row) !== "pending") return;
    await repo.revokeInvitation(tx, ctx.tenant.id, id);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
}

async function findByToken(ctx: RequestContext, token: string) {
  await consume(ctx.db, { key: `invitation:ip:${ctx.clientIp}`, max: 60, windowSeconds: 15 * 60 });
  return repo.findByTokenHash(ctx.db, hashToken(ctx.deps.config.authSecret, token));
}

const PREVIEW_STATUS = { pending: "valid", accepted: "used", revoked: "revoked", expired: "expired" } as const;

export async function inspectInvitation({ ctx, token }: { ctx: RequestContext; token: string }): Promise<InvitationPreview> {
  const found = await findByToken(ctx, token);
  if (!found) return { status: "invalid", tenantName: null, role: null, email: null, existingAccount: false };
  const status = PREVIEW_STATUS[statusOf(found.invitation)];
  if (status !== "valid") return { status, tenantName: found.tenantName, role: null, email: null, existingAccount: false };
  const user = await account.findUserByEmail(ctx.db, found.invitation.email);
  return {
    status,
    tenantName: found.tenantName,
    role: found.invitation.role as Role,
    email: found.invitation.email,
    existingAccount: Boolean(user?.passwordHash),
  };
}

const GONE = {
  accepted: () => Gone("invitation_used", "errors.invitation_used"),
  revoked: () => Gone("invitation_revoked", "errors.invitation_revoked"),
  expired: () => Gone("invitation_expired", "errors.invitation_expired"),
} as const;

export async function acceptInvitation({ ctx, input }: { ctx: RequestContext; input: AcceptInvitationInput }): Promise<IssuedSession> {
  const found = await findByToken(ctx, input.token);
  if (!found) throw Gone("invitation_invalid", "errors.invitation_invalid");
  const { invitation } = found;
  const status = statusOf(invitation);
  if (status !== "pending") throw GONE[status]();
  const existing = await account.findUserByEmail(ctx.db, invitation.email);
  if (existing?.passwordHash) {
    if (!(await verifyPassword(input.password, existing.passwordHash))) throw Unauthenticated("invalid_credentials", "errors.invalid_credentials");
  } else {
    assertStrongPassword(ctx.locale, input.password);
  }
  const passwordHash = existing?.passwordHash ? null : await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.markAccepted(tx, invitation.id))) throw GONE.accepted();
    if (await members.findMemberByEmail(tx, invitation.tenantId, invitation.email)) throw Conflict("already_member", "errors.already_member");
    let user = existing;
    if (!user) user = await account.createUser(tx, { email: invitation.email, name: input.name, passwordHash, locale: ctx.locale });
    else if (passwordHash) await account.setPasswordHash(tx, user.id, passwordHash);
    const membershipId = await members.addMember(tx, { tenantId: invitation.tenantId, userId: user.id, role: invitation.role as Role });
    await recordAudit(tx, {
      tenantId: invitation.tenantId,
      actor: { kind: "member", role: invitation.role as Role, userId: user.id, membershipId, sessionHash: "" },
      action: "invitation.accepted",
      targetType: "invitation",
      targetId: invitation.id,
      requestId: ctx.requestId,
      meta: { role: invitation.role },
    });
    return openSessionFor(tx, ctx, user, invitation.tenantId);
  });
}
