import { and, count, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { invitations } from "../../db/schema/auth";
import { tenants } from "../../db/schema/tenancy";

export type InvitationRow = typeof invitations.$inferSelect;

export async function insertInvitation(
  db: Db,
  values: { tenantId: string; email: string; role: string; tokenHash: string; invitedBy: string | null; expiresAt: Date },
): Promise<InvitationRow> {
  const [row] = await db.insert(invitations).values(values).returning();
  if (!row) throw new Error("insert invitation returned nothing");
  return row;
}

export async function listInvitations(db: Db, input: { tenantId: string; after: { c: string; i: string } | null; limit: number }) {
  const where = eq(invitations.tenantId, input.tenantId);
  const page = input.after
    ? and(
        where,
        or(lt(invitations.createdAt, new Date(input.after.c)), and(eq(invitations.createdAt, new Date(input.after.c)), lt(invitations.id, input.after.i))),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(invitations)
      .where(page)
      .orderBy(desc(invitations.createdAt), desc(invitations.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findInvitation(db: Db, tenantId: string, id: string): Promise<InvitationRow | undefined> {
  const [row] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.id, id)))
    .limit(1);
  return row;
}

export async function findByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ invitation: invitations, tenantName: tenants.name })
    .from(invitations)
    .innerJoin(tenants, eq(tenants.id, invitations.tenantId))
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function revokePendingFor(db: Db, tenantId: string, email: string): Promise<void> {
  await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
}

export async function revokeInvitation(db: Db, tenantId: string, id: string): Promise<void> {
  await db
    .update(invitations)
    .set({ revokedAt: new Date() })
    .where(and(eq(invitations.tenantId, tenantId), eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));
}

/** Claims a still-valid invitation; false when it was used, revoked or expired meanwhile. */
export async function markAccepted(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: new Date() })
    .where(and(eq(invitations.id, id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())))
    .returning({ id: invitations.id });
  return rows.length === 1;
}
