import { and, asc, desc, eq, gt, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { alumniConsents } from "../../db/schema/privacy";
import { memberships, users } from "../../db/schema/tenancy";
import { obogVisits } from "../../db/schema/visits";

export type VisitRow = typeof obogVisits.$inferSelect;
export type VisitChange = Partial<Omit<typeof obogVisits.$inferInsert, "id" | "tenantId" | "alumnusId" | "createdAt">>;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

const KATAKANA = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCodePoint(0x30a1 + i)).join("");
const HIRAGANA = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCodePoint(0x3041 + i)).join("");

/** The fields shown in the picker, folded roughly as `foldForSearch` folds a query. */
const visibleText = sql`regexp_replace(translate(lower(concat_ws('|', ${alumni.familyName}, ${alumni.givenName}, ${alumni.familyNameKana}, ${alumni.givenNameKana}, ${alumni.department}, ${alumni.currentEmployer}, ${alumni.currentRole}, array_to_string(${alumni.skills}, '|'))), ${KATAKANA}, ${HIRAGANA}), '[[:space:]　・]+', '', 'g')`;

/** Registered alumni with an active account who granted referral requests: the only ones who may be asked. */
function askableWhere(tenantId: string): SQL | undefined {
  return and(eq(alumni.tenantId, tenantId), sql`${alumni.registeredAt} is not null`);
}

function askableFrom(db: Db) {
  return db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      department: alumni.department,
      currentEmployer: alumni.currentEmployer,
      currentRole: alumni.currentRole,
      skills: alumni.skills,
      sortKey: alumni.sortKey,
    })
    .from(alumni)
    .innerJoin(memberships, and(eq(memberships.userId, alumni.userId), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
    .innerJoin(alumniConsents, and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, "referral_requests"), eq(alumniConsents.granted, true)));
}

export async function listAskable(db: Db, input: { tenantId: string; terms: string[]; after: { k: string; i: string } | null; limit: number }) {
  const conditions: (SQL | undefined)[] = [askableWhere(input.tenantId)];
  for (const term of input.terms) {
    conditions.push([...term].length >= 3 ? sql`${alumni.searchText} like ${`%${escapeLike(term)}%`}` : sql`${alumni.searchGrams} @> array[${term}]::text[]`);
    // The search column also holds emails, employee numbers and tags; a requester may match only what they see.
    conditions.push(sql`${visibleText} like ${`%${escapeLike(term)}%`}`);
  }
  const where = and(...conditions);
  const page = input.after ? and(where, or(gt(alumni.sortKey, input.after.k), and(eq(alumni.sortKey, input.after.k), gt(alumni.id, input.after.i)))) : where;
  const [rows, [total]] = await Promise.all([
    askableFrom(db)
      .where(page)
      .orderBy(asc(alumni.sortKey), asc(alumni.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(alumni)
      .innerJoin(memberships, and(eq(memberships.userId, alumni.userId), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
      .innerJoin(
        alumniConsents,
        and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, "referral_requests"), eq(alumniConsents.granted, true)),
      )
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The alumnus with the account to write to, whether or not they may be asked (`askable`). */
export async function findAlumnusContact(db: Db, tenantId: string, alumnusId: string) {
  const [row] = await db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      userId: alumni.userId,
      registeredAt: alumni.registeredAt,
      email: users.email,
      locale: users.locale,
      askable: sql<boolean>`exists (
        select 1 from ${alumniConsents} ac where ac.alumnus_id = ${alumni.id} and ac.purpose = 'referral_requests' and ac.granted
      ) and exists (
        select 1 from ${memberships} m where m.user_id = ${alumni.userId} and m.tenant_id = ${alumni.tenantId} and m.status = 'active'
      )`,
    })
    .from(alumni)
    .leftJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .limit(1);
  return row;
}

/** The signed-in alumnus's directory record in this tenant. */
export async function alumnusIdOfUser(db: Db, tenantId: string, userId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: alumni.id })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.userId, userId)))
    .limit(1);
  return row?.id;
}

/** A requester's contact and role here, for mail and links. */
export async function findPerson(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId), eq(memberships.status, "active")))
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

export async function insertVisit(db: Db, row: typeof obogVisits.$inferInsert): Promise<VisitRow> {
  const [created] = await db.insert(obogVisits).values(row).returning();
  return created!;
}

const visitColumns = {
  visit: obogVisits,
  alumnusFamilyName: alumni.familyName,
  alumnusGivenName: alumni.givenName,
  alumnusDepartment: alumni.department,
  requesterName: users.name,
};

function visitsFrom(db: Db) {
  return db
    .select(visitColumns)
    .from(obogVisits)
    .innerJoin(alumni, eq(alumni.id, obogVisits.alumnusId))
    .leftJoin(users, eq(users.id, obogVisits.requestedByUserId));
}

export type VisitWithNames = Awaited<ReturnType<typeof findVisit>> & {};

/** Locks the row when `forUpdate`, so two concurrent transitions see each other's result. */
export async function findVisit(db: Db, tenantId: string, id: string, forUpdate = false) {
  const query = visitsFrom(db)
    .where(and(eq(obogVisits.tenantId, tenantId), eq(obogVisits.id, id)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update", { of: obogVisits }) : await query;
  return row;
}

export async function listVisits(
  db: Db,
  input: { tenantId: string; status?: string; requestedBy?: string; alumnusId?: string; after: { c: string; i: string } | null; limit: number },
) {
  const where = and(
    eq(obogVisits.tenantId, input.tenantId),
    input.status ? eq(obogVisits.status, input.status) : undefined,
    input.requestedBy ? eq(obogVisits.requestedByUserId, input.requestedBy) : undefined,
    input.alumnusId ? eq(obogVisits.alumnusId, input.alumnusId) : undefined,
  );
  const page = input.after
    ? and(
        where,
        or(lt(obogVisits.createdAt, new Date(input.after.c)), and(eq(obogVisits.createdAt, new Date(input.after.c)), lt(obogVisits.id, input.after.i))),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    visitsFrom(db)
      .where(page)
      .orderBy(desc(obogVisits.createdAt), desc(obogVisits.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(obogVisits)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function updateVisit(db: Db, tenantId: string, id: string, change: VisitChange): Promise<void> {
  await db
    .update(obogVisits)
    .set({ ...change, updatedAt: new Date(), version: sql`${obogVisits.version} + 1` })
    .where(and(eq(obogVisits.tenantId, tenantId), eq(obogVisits.id, id)));
}

/** The audit rows of one visit, oldest first: its timeline. */
export async function timelineOf(db: Db, tenantId: string, id: string) {
  return db
    .select({ action: auditEvents.action, actor: auditEvents.actorType, at: auditEvents.at })
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.targetType, "visit"), eq(auditEvents.targetId, id)))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
}
