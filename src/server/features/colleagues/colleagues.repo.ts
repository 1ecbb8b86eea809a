import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { alumni, alumniDepartmentHistory } from "../../db/schema/alumni";
import { alumniConsents } from "../../db/schema/privacy";
import { candidateActivities, colleagueOutreach, memberDepartmentHistory, positions } from "../../db/schema/recruiting";
import { memberships, users } from "../../db/schema/tenancy";

export const COLLEAGUE_ROLES = ["admin", "hr", "manager", "employee"] as const;

/** "Today" for open-ended periods of current members, in the company's calendar (Asia/Tokyo). */
const today = sql`(now() at time zone 'Asia/Tokyo')::date`;
/** An alumnus's open-ended period lasted until they left. */
const alumnusEnd = sql`coalesce(${alumniDepartmentHistory.toDate}, ${alumni.leaveDate})`;
const memberEnd = sql`coalesce(${memberDepartmentHistory.toDate}, ${today})`;
const sharedFrom = sql`greatest(${alumniDepartmentHistory.fromDate}, ${memberDepartmentHistory.fromDate})`;
const sharedTo = sql`least(${alumnusEnd}, ${memberEnd})`;

const consentsToReferrals = sql<boolean>`exists (
  select 1 from ${alumniConsents} ac
  where ac.alumnus_id = "alumni"."id" and ac.tenant_id = "alumni"."tenant_id" and ac.purpose = 'referral_requests' and ac.granted
)`;

export interface OverlapRow {
  userId: string;
  userName: string;
  role: string;
  alumnusId: string;
  department: string;
  from: string;
  to: string;
  days: number;
}

/**
 * Every stretch in which an alumnus and a current active member (not the alumnus themself) were in the same
 * department, both ends inclusive: one statement, one row per pair of overlapping periods. Narrow it to one alumnus,
 * one member, or alumni who agreed to referral requests.
 */
export async function overlaps(
  db: Db,
  input: { tenantId: string; alumnusId?: string; alumnusIds?: string[]; userId?: string; consentingOnly?: boolean },
): Promise<OverlapRow[]> {
  const conditions: (SQL | undefined)[] = [
    eq(alumniDepartmentHistory.tenantId, input.tenantId),
    sql`${sharedFrom} <= ${sharedTo}`,
    sql`${memberDepartmentHistory.userId} is distinct from ${alumni.userId}`,
  ];
  if (input.alumnusId) conditions.push(eq(alumniDepartmentHistory.alumnusId, input.alumnusId));
  if (input.alumnusIds) conditions.push(input.alumnusIds.length ? inArray(alumniDepartmentHistory.alumnusId, input.alumnusIds) : sql`false`);
  if (input.userId) conditions.push(eq(memberDepartmentHistory.userId, input.userId));
  if (input.consentingOnly) conditions.push(consentsToReferrals);
  return db
    .select({
      userId: memberDepartmentHistory.userId,
      userName: users.name,
      role: memberships.role,
      alumnusId: alumniDepartmentHistory.alumnusId,
      department: alumniDepartmentHistory.department,
      from: sql<string>`${sharedFrom}::text`,
      to: sql<string>`${sharedTo}::text`,
      days: sql<number>`(${sharedTo} - ${sharedFrom} + 1)::int`.mapWith(Number),
    })
    .from(alumniDepartmentHistory)
    .innerJoin(alumni, and(eq(alumni.id, alumniDepartmentHistory.alumnusId), eq(alumni.tenantId, alumniDepartmentHistory.tenantId)))
    .innerJoin(
      memberDepartmentHistory,
      and(eq(memberDepartmentHistory.tenantId, alumniDepartmentHistory.tenantId), eq(memberDepartmentHistory.department, alumniDepartmentHistory.department)),
    )
    .innerJoin(
      memberships,
      and(
        eq(memberships.tenantId, memberDepartmentHistory.tenantId),
        eq(memberships.userId, memberDepartmentHistory.userId),
        eq(memberships.status, "active"),
        inArray(memberships.role, [...COLLEAGUE_ROLES]),
      ),
    )
    .innerJoin(users, eq(users.id, memberDepartmentHistory.userId))
    .where(and(...conditions))
    .orderBy(asc(sql`${sharedFrom}`));
}

// ---------------------------------------------------------------- department histories

export async function periodsOf(db: Db, tenantId: string, userId: string) {
  return db
    .select({ department: memberDepartmentHistory.department, fromDate: memberDepartmentHistory.fromDate, toDate: memberDepartmentHistory.toDate })
    .from(memberDepartmentHistory)
    .where(and(eq(memberDepartmentHistory.tenantId, tenantId), eq(memberDepartmentHistory.userId, userId)))
    .orderBy(asc(memberDepartmentHistory.fromDate));
}

export async function replacePeriods(
  db: Db,
  tenantId: string,
  userId: string,
  periods: { department: string; fromDate: string; toDate: string | null }[],
): Promise<void> {
  await db.delete(memberDepartmentHistory).where(and(eq(memberDepartmentHistory.tenantId, tenantId), eq(memberDepartmentHistory.userId, userId)));
  if (periods.length) await db.insert(memberDepartmentHistory).values(periods.map((p) => ({ tenantId, userId, ...p })));
}

/** Department names already used in the company, for suggestions. */
export async function knownDepartments(db: Db, tenantId: string): Promise<string[]> {
  const result = await db.execute(sql`
    select department from ${memberDepartmentHistory} where tenant_id = ${tenantId}
    union select department from ${alumniDepartmentHistory} where tenant_id = ${tenantId}
    union select department from ${positions} where tenant_id = ${tenantId} and department is not null
    order by 1 limit 300`);
  return (result as unknown as { rows: { department: string }[] }).rows.map((r) => r.department);
}

/** A membership of this tenant with the person's name (the members API names people by membership id). */
export async function findMembership(db: Db, tenantId: string, membershipId: string) {
  const [row] = await db
    .select({ userId: memberships.userId, role: memberships.role, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, membershipId)))
    .limit(1);
  return row;
}

/** A current member's contact and role here, for mail and links. */
export async function findPerson(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId), eq(memberships.status, "active")))
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

// ---------------------------------------------------------------- alumni

export async function findAlumnus(db: Db, tenantId: string, alumnusId: string) {
  const [row] = await db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      familyNameKana: alumni.familyNameKana,
      givenNameKana: alumni.givenNameKana,
      privateEmail: alumni.privateEmail,
      userId: alumni.userId,
      consents: consentsToReferrals,
      hasHistory: sql<boolean>`exists (select 1 from ${alumniDepartmentHistory} h where h.alumnus_id = "alumni"."id" and h.tenant_id = "alumni"."tenant_id")`,
    })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .limit(1);
  return row;
}

export async function alumniByIds(db: Db, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      currentEmployer: alumni.currentEmployer,
      currentRole: alumni.currentRole,
    })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), inArray(alumni.id, ids)));
}

// ---------------------------------------------------------------- outreach

export type OutreachRow = typeof colleagueOutreach.$inferSelect;

export async function insertOutreach(db: Db, row: typeof colleagueOutreach.$inferInsert): Promise<OutreachRow> {
  const [created] = await db.insert(colleagueOutreach).values(row).returning();
  return created as OutreachRow;
}

/** Locks the row when `forUpdate`, so two answers (or two "add to pipeline" clicks) see each other. */
export async function findOutreach(db: Db, tenantId: string, id: string, forUpdate = false): Promise<OutreachRow | undefined> {
  const query = db
    .select()
    .from(colleagueOutreach)
    .where(and(eq(colleagueOutreach.tenantId, tenantId), eq(colleagueOutreach.id, id)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

export async function pendingOutreach(db: Db, tenantId: string, alumnusId: string, employeeUserId: string) {
  const [row] = await db
    .select({ id: colleagueOutreach.id })
    .from(colleagueOutreach)
    .where(
      and(
        eq(colleagueOutreach.tenantId, tenantId),
        eq(colleagueOutreach.alumnusId, alumnusId),
        eq(colleagueOutreach.employeeUserId, employeeUserId),
        eq(colleagueOutreach.status, "requested"),
      ),
    )
    .limit(1);
  return row;
}

export async function updateOutreach(db: Db, tenantId: string, id: string, patch: Partial<typeof colleagueOutreach.$inferInsert>): Promise<void> {
  await db
    .update(colleagueOutreach)
    .set(patch)
    .where(and(eq(colleagueOutreach.tenantId, tenantId), eq(colleagueOutreach.id, id)));
}

// Correlated subqueries name the outer table literally: drizzle leaves columns unqualified in single-table selects.

/** The candidacy an outreach started: found by the timeline entry that names it (the pipeline owns the candidates). */
const candidacyOf = sql<string | null>`(
  select ca.candidate_id from ${candidateActivities} ca
  where ca.tenant_id = "colleague_outreach"."tenant_id" and ca.kind = 'referral' and ca.data->>'outreachId' = "colleague_outreach"."id"::text
  order by ca.created_at limit 1
)`;

export async function candidacyOfOutreach(db: Db, tenantId: string, id: string): Promise<string | null> {
  const [row] = await db
    .select({ candidateId: candidacyOf })
    .from(colleagueOutreach)
    .where(and(eq(colleagueOutreach.tenantId, tenantId), eq(colleagueOutreach.id, id)));
  return row?.candidateId ?? null;
}

const requester = alias(users, "requester");

export async function outreachForAlumnus(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select({ outreach: colleagueOutreach, employeeName: users.name, requestedByName: requester.name, candidateId: candidacyOf })
    .from(colleagueOutreach)
    .innerJoin(users, eq(users.id, colleagueOutreach.employeeUserId))
    .leftJoin(requester, eq(requester.id, colleagueOutreach.requestedByUserId))
    .where(and(eq(colleagueOutreach.tenantId, tenantId), eq(colleagueOutreach.alumnusId, alumnusId)))
    .orderBy(desc(colleagueOutreach.createdAt), desc(colleagueOutreach.id))
    .limit(200);
}

export async function outreachToEmployee(db: Db, tenantId: string, employeeUserId: string) {
  return db
    .select({ outreach: colleagueOutreach, requestedByName: requester.name })
    .from(colleagueOutreach)
    .leftJoin(requester, eq(requester.id, colleagueOutreach.requestedByUserId))
    .where(and(eq(colleagueOutreach.tenantId, tenantId), eq(colleagueOutreach.employeeUserId, employeeUserId)))
    .orderBy(desc(colleagueOutreach.createdAt), desc(colleagueOutreach.id))
    .limit(200);
}
