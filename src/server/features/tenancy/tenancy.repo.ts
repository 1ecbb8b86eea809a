import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { tenants } from "../../db/schema/tenancy";

export type TenantRow = typeof tenants.$inferSelect;

export async function findTenantById(db: Db, id: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id)).limit(1);
  return row;
}

export async function findTenantBySlug(db: Db, slug: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return row;
}

export async function insertTenant(db: Db, values: { slug: string; name: string; mfaRequiredForStaff: boolean }): Promise<TenantRow | undefined> {
  const [row] = await db.insert(tenants).values(values).onConflictDoNothing({ target: tenants.slug }).returning();
  return row;
}

export async function updateTenant(
  db: Db,
  id: string,
  values: { name?: string; mfaRequiredForStaff?: boolean; newsletterOpenTracking?: boolean },
): Promise<TenantRow> {
  const [row] = await db
    .update(tenants)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(tenants.id, id))
    .returning();
  if (!row) throw new Error("update tenant matched nothing");
  return row;
}
