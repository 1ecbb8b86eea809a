import { and, asc, count, eq, gt, ilike, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { memberships, users } from "../../db/schema/tenancy";

const memberColumns = {
  id: memberships.id,
  userId: memberships.userId,
  email: users.email,
  name: users.name,
  role: memberships.role,
  status: memberships.status,
  mfaEnabled: users.totpEnabled,
  createdAt: memberships.createdAt,
};

export type MemberRow = { id: string; userId: string; email: string; name: string; role: string; status: string; mfaEnabled: boolean; createdAt: Date };

export interface MemberFilter {
  q?: string;
  role?: string;
  status?: string;
}

function filterOf(tenantId: string, filter: MemberFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(memberships.tenantId, tenantId)];
  if (filter.role) conditions.push(eq(memberships.role, filter.role));
  if (filter.status) conditions.push(eq(memberships.status, filter.status));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern)));
  }
  return and(...conditions);
}

export async function listMembers(db: Db, input: { tenantId: string; filter: MemberFilter; after: { c: string; i: string } | null; limit: number }) {
  const where = filterOf(input.tenantId, input.filter);
  const page = input.after
    ? and(
        where,
        or(gt(memberships.createdAt, new Date(input.after.c)), and(eq(memberships.createdAt, new Date(input.after.c)), gt(memberships.id, input.after.i))),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select(memberColumns)
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(page)
      .orderBy(asc(memberships.createdAt), asc(memberships.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(where),
  ]);
  return { rows: rows as MemberRow[], total: Number(total?.n ?? 0) };
}

export async function findMember(db: Db, tenantId: string, id: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, id)))
    .limit(1);
  return row as MemberRow | undefined;
}

export async function findMemberByEmail(db: Db, tenantId: string, email: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(users.email, email.toLowerCase())))
    .limit(1);
  return row as MemberRow | undefined;
}

export async function countActiveAdmins(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, "admin"), eq(memberships.status, "active")));
  return Number(row?.n ?? 0);
}

export async function updateMembership(db: Db, tenantId: string, id: string, values: { role?: string; status?: string }): Promise<void> {
  await db
    .update(memberships)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, id)));
}

export async function insertMembership(db: Db, values: { tenantId: string; userId: string; role: string }): Promise<string> {
  const [row] = await db.insert(memberships).values(values).returning({ id: memberships.id });
  if (!row) throw new Error("insert membership returned nothing");
  return row.id;
}
