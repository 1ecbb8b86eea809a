import { and, count, desc, eq, inArray, isNotNull, isNull, lt, notInArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { offboardingCases } from "../../db/schema/graduation";
import { alumniImportRejects, alumniImportRows, alumniImports } from "../../db/schema/imports";
import { mailOutbox } from "../../db/schema/mail";
import { dsrRequests, exitSurveys, retentionPolicies } from "../../db/schema/privacy";
import { tenants } from "../../db/schema/tenancy";
import { webhookDeliveries } from "../../db/schema/webhooks";

export async function policiesOf(db: Db, tenantId: string) {
  return db.select().from(retentionPolicies).where(eq(retentionPolicies.tenantId, tenantId));
}

export async function upsertPolicy(db: Db, tenantId: string, category: string, months: number | null): Promise<void> {
  await db
    .insert(retentionPolicies)
    .values({ tenantId, category, months })
    .onConflictDoUpdate({ target: [retentionPolicies.tenantId, retentionPolicies.category], set: { months, updatedAt: new Date() } });
}

export async function tenantIds(db: Db): Promise<string[]> {
  return (await db.select({ id: tenants.id }).from(tenants)).map((row) => row.id);
}

/** `months` calendar months before now, computed by the database (end-of-month aware). */
const cutoff = (months: number) => sql`now() - make_interval(months => ${months})`;
const CLOSED_MAIL = ["sent", "failed", "suppressed"];
const OPEN_CASES = ["scheduled", "invited"];

const where = {
  exitSurveys: (t: string, m: number) => and(eq(exitSurveys.tenantId, t), lt(exitSurveys.submittedAt, cutoff(m))),
  sentMail: (t: string, m: number) => and(eq(mailOutbox.tenantId, t), inArray(mailOutbox.status, CLOSED_MAIL), lt(mailOutbox.createdAt, cutoff(m))),
  oldImports: (t: string, m: number) =>
    sql`(select ${alumniImports.id} from ${alumniImports} where ${alumniImports.tenantId} = ${t} and ${alumniImports.createdAt} < ${cutoff(m)} and ${alumniImports.status} <> 'running')`,
  cases: (t: string, m: number) =>
    and(eq(offboardingCases.tenantId, t), notInArray(offboardingCases.status, OPEN_CASES), lt(offboardingCases.updatedAt, cutoff(m))),
  requests: (t: string, m: number) =>
    and(eq(dsrRequests.tenantId, t), inArray(dsrRequests.status, ["completed", "rejected"]), lt(dsrRequests.completedAt, cutoff(m))),
  deliveries: (t: string, m: number) =>
    and(eq(webhookDeliveries.tenantId, t), sql`${webhookDeliveries.status} <> 'pending'`, lt(webhookDeliveries.createdAt, cutoff(m))),
  unregistered: (t: string, m: number) =>
    and(
      eq(alumni.tenantId, t),
      isNull(alumni.registeredAt),
      isNull(alumni.userId),
      sql`${alumni.leaveDate} < (now() at time zone 'Asia/Tokyo')::date - make_interval(months => ${m})`,
    ),
};

const n = (rows: { n: number }[]) => Number(rows[0]?.n ?? 0);

export const countPast = {
  exit_surveys: async (db: Db, t: string, m: number) => n(await db.select({ n: count() }).from(exitSurveys).where(where.exitSurveys(t, m))),
  sent_mail: async (db: Db, t: string, m: number) => n(await db.select({ n: count() }).from(mailOutbox).where(where.sentMail(t, m))),
  import_staging: async (db: Db, t: string, m: number) => {
    const rows = n(
      await db
        .select({ n: count() })
        .from(alumniImportRows)
        .where(sql`${alumniImportRows.importId} in ${where.oldImports(t, m)}`),
    );
    const rejects = n(
      await db
        .select({ n: count() })
        .from(alumniImportRejects)
        .where(sql`${alumniImportRejects.importId} in ${where.oldImports(t, m)}`),
    );
    const previews = n(
      await db
        .select({ n: sql<number>`coalesce(sum(jsonb_array_length(${alumniImports.preview})), 0)`.mapWith(Number) })
        .from(alumniImports)
        .where(sql`${alumniImports.id} in ${where.oldImports(t, m)}`),
    );
    return rows + rejects + previews;
  },
  closed_offboarding_cases: async (db: Db, t: string, m: number) => n(await db.select({ n: count() }).from(offboardingCases).where(where.cases(t, m))),
  closed_dsr_requests: async (db: Db, t: string, m: number) => n(await db.select({ n: count() }).from(dsrRequests).where(where.requests(t, m))),
  webhook_deliveries: async (db: Db, t: string, m: number) => n(await db.select({ n: count() }).from(webhookDeliveries).where(where.deliveries(t, m))),
  unregistered_alumni: async (db: Db, t: string, m: number) => n(await db.select({ n: count() }).from(alumni).where(where.unregistered(t, m))),
};

export const deletePast = {
  exit_surveys: async (db: Db, t: string, m: number) => (await db.delete(exitSurveys).where(where.exitSurveys(t, m)).returning({ id: exitSurveys.id })).length,
  sent_mail: async (db: Db, t: string, m: number) => (await db.delete(mailOutbox).where(where.sentMail(t, m)).returning({ id: mailOutbox.id })).length,
  import_staging: async (db: Db, t: string, m: number) => {
    const counted = await countPast.import_staging(db, t, m);
    await db.delete(alumniImportRows).where(sql`${alumniImportRows.importId} in ${where.oldImports(t, m)}`);
    await db.delete(alumniImportRejects).where(sql`${alumniImportRejects.importId} in ${where.oldImports(t, m)}`);
    await db
      .update(alumniImports)
      .set({ preview: [] })
      .where(sql`${alumniImports.id} in ${where.oldImports(t, m)}`);
    return counted;
  },
  closed_offboarding_cases: async (db: Db, t: string, m: number) =>
    (await db.delete(offboardingCases).where(where.cases(t, m)).returning({ id: offboardingCases.id })).length,
  closed_dsr_requests: async (db: Db, t: string, m: number) =>
    (await db.delete(dsrRequests).where(where.requests(t, m)).returning({ id: dsrRequests.id })).length,
  webhook_deliveries: async (db: Db, t: string, m: number) =>
    (await db.delete(webhookDeliveries).where(where.deliveries(t, m)).returning({ id: webhookDeliveries.id })).length,
};

/** Never-registered alumni past the limit: each is erased through the erasure engine, not just deleted. */
export async function unregisteredAlumniPast(db: Db, t: string, m: number, limit: number): Promise<string[]> {
  return (await db.select({ id: alumni.id }).from(alumni).where(where.unregistered(t, m)).limit(limit)).map((row) => row.id);
}

export async function lastPurge(db: Db, tenantId: string) {
  const [row] = await db
    .select({ at: auditEvents.at, meta: auditEvents.meta })
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, "privacy.retention_purged"), isNotNull(auditEvents.at)))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(1);
  return row;
}
