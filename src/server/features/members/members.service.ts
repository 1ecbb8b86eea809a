import type { Member, MemberPage, UpdateMemberInput } from "../../../shared/contracts/members";
import type { Role } from "../../../shared/roles";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { deleteSessionsOf } from "../../platform/auth/sessions";
import type { TenantContext } from "../../platform/context";
import { Conflict, NotFound } from "../../platform/errors/domain-error";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import * as repo from "./members.repo";

export const findMemberByEmail = repo.findMemberByEmail;
export const insertMembership = repo.insertMembership;

function toMember(row: repo.MemberRow): Member {
  return { ...row, role: row.role as Role, status: row.status as Member["status"], createdAt: row.createdAt.toISOString() };
}

export async function listMembers({ ctx, query }: { ctx: TenantContext; query: repo.MemberFilter & { cursor?: string; limit: number } }): Promise<MemberPage> {
  const after = decodeCursor(query.cursor, isCreatedAtCursor);
  const { rows, total } = await repo.listMembers(ctx.db, { tenantId: ctx.tenant.id, filter: query, after, limit: query.limit });
  return toPage(rows, query.limit, total, toMember, createdAtCursorOf);
}

export async function updateMember({ ctx, id, input }: { ctx: TenantContext; id: string; input: UpdateMemberInput }): Promise<Member> {
  return ctx.db.transaction(async (tx) => {
    const member = await repo.findMember(tx, ctx.tenant.id, id);
    if (!member) throw NotFound();
    if (ctx.actor.kind === "member" && ctx.actor.userId === member.userId) throw Conflict("cannot_change_self", "errors.cannot_change_self");
    const losesAdmin = member.role === "admin" && member.status === "active" && ((input.role && input.role !== "admin") || input.status === "disabled");
    if (losesAdmin && (await repo.countActiveAdmins(tx, ctx.tenant.id)) <= 1) throw Conflict("last_admin", "errors.last_admin");
    await repo.updateMembership(tx, ctx.tenant.id, id, input);
    const audit = { tenantId: ctx.tenant.id, actor: ctx.actor, targetType: "member", targetId: id, requestId: ctx.requestId };
    if (input.role && input.role !== member.role) {
      await recordAudit(tx, { ...audit, action: "member.role_changed", meta: { from: member.role, to: input.role } });
    }
    if (input.status && input.status !== member.status) {
      await recordAudit(tx, { ...audit, action: input.status === "disabled" ? "member.disabled" : "member.enabled" });
    }
    if (input.status === "disabled" || (input.role && input.role !== member.role)) {
      // A disabled member is out at once; a changed role signs in again with its new rights.
      await deleteSessionsOf(tx, { userId: member.userId, tenantId: ctx.tenant.id });
    }
    const updated = await repo.findMember(tx, ctx.tenant.id, id);
    if (!updated) throw NotFound();
    return toMember(updated);
  });
}

/** A member leaves on their own (an alumnus deleting their account): disabled and signed out everywhere in the tenant. */
export async function disableOwnMembership(db: Db, input: { tenantId: string; membershipId: string; userId: string }): Promise<void> {
  await repo.updateMembership(db, input.tenantId, input.membershipId, { status: "disabled" });
  await deleteSessionsOf(db, { userId: input.userId, tenantId: input.tenantId });
}

/** Adds a member (invitation accepted, CLI); audited by the caller's verb. */
export async function addMember(db: Db, input: { tenantId: string; userId: string; role: Role }): Promise<string> {
  return repo.insertMembership(db, input);
}
