import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni, eligibilityRules } from "../../db/schema/alumni";

export type RulesRow = typeof eligibilityRules.$inferSelect;

export async function findRules(db: Db, tenantId: string): Promise<RulesRow | undefined> {
  const [row] = await db.select().from(eligibilityRules).where(eq(eligibilityRules.tenantId, tenantId)).limit(1);
  return row;
}

export async function saveRules(db: Db, tenantId: string, values: Omit<RulesRow, "tenantId" | "updatedAt">): Promise<void> {
  await db
    .insert(eligibilityRules)
    .values({ ...values, tenantId })
    .onConflictDoUpdate({ target: eligibilityRules.tenantId, set: { ...values, updatedAt: new Date() } });
}

export async function tenantsWithAlumni(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ tenantId: alumni.tenantId }).from(alumni);
  return rows.map((row) => row.tenantId);
}

/** What the rules look at, for every alumnus of the tenant. */
export async function eligibilitySubjects(db: Db, tenantId: string) {
  return db
    .select({
      id: alumni.id,
      hireDate: alumni.hireDate,
      leaveDate: alumni.leaveDate,
      exitType: alumni.exitType,
      doNotRehire: alumni.doNotRehire,
      eligibility: alumni.eligibility,
      eligibilityOverride: alumni.eligibilityOverride,
    })
    .from(alumni)
    .where(eq(alumni.tenantId, tenantId));
}

export async function setEligibility(
  db: Db,
  tenantId: string,
  id: string,
  values: { eligibility: string; eligibilityOverride?: string | null; eligibilityOverrideReason?: string | null },
): Promise<void> {
  await db
    .update(alumni)
    .set(values)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, id)));
}

/** Many verdicts in one statement (the nightly pass may change thousands). */
export async function setEligibilities(db: Db, tenantId: string, changes: { id: string; eligibility: string }[]): Promise<void> {
  if (changes.length === 0) return;
  await db.execute(sql`
    update alumni a set eligibility = c.eligibility
    from unnest(${sql.param(changes.map((c) => c.id))}::uuid[], ${sql.param(changes.map((c) => c.eligibility))}::text[]) as c(id, eligibility)
    where a.tenant_id = ${tenantId} and a.id = c.id`);
}
