import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { prepared } from "../../db/prepared";
import { memberships, tenants, users } from "../../db/schema/tenancy";

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return row;
}

export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function insertUser(db: Db, values: { email: string; name: string; passwordHash: string | null; locale: string }): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error("insert user returned nothing");
  return row;
}

export async function updateUser(db: Db, id: string, values: Partial<Omit<UserRow, "id" | "createdAt">>): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error("update user matched nothing");
  return row;
}

const activeMembershipsQuery = (db: Db) =>
  db
    .select({
      membershipId: memberships.id,
      role: memberships.role,
      tenantId: tenants.id,
      tenantSlug: tenants.slug,
      tenantName: tenants.name,
    })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(and(eq(memberships.userId, sql.placeholder("userId")), eq(memberships.status, "active")))
    .orderBy(asc(memberships.createdAt))
    .prepare("okaeri_active_memberships");

export async function activeMembershipsOf(db: Db, userId: string) {
  return prepared(db, "activeMembershipsOf", activeMembershipsQuery).execute({ userId });
}
