import { and, desc, eq, ilike, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { alumniConsents } from "../../db/schema/privacy";
import { candidateActivities, candidates, pipelineStages, positions, savedPositions } from "../../db/schema/recruiting";
import { memberships, users } from "../../db/schema/tenancy";

export type PositionRow = typeof positions.$inferSelect;
export type NewPosition = typeof positions.$inferInsert;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function insertPosition(db: Db, row: NewPosition): Promise<PositionRow> {
  const [created] = await db.insert(positions).values(row).returning();
  return created!;
}

/** One posting of the tenant, within the caller's scope (a manager: only the ones they hire for). */
export async function findPosition(db: Db, tenantId: string, id: string, scope?: SQL): Promise<PositionRow | undefined> {
  const [row] = await db
    .select()
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.id, id), scope))
    .limit(1);
  return row;
}

export async function lockPosition(tx: Db, tenantId: string, id: string, scope?: SQL): Promise<PositionRow | undefined> {
  const [row] = await tx
    .select()
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.id, id), scope))
    .for("update");
  return row;
}

/** Writes only over the version the caller read; undefined when someone else saved in between. */
export async function updatePosition(tx: Db, tenantId: string, id: string, version: number, set: Partial<NewPosition>): Promise<PositionRow | undefined> {
  const [row] = await tx
    .update(positions)
    .set({ ...set, updatedAt: new Date(), version: sql`${positions.version} + 1` })
    .where(and(eq(positions.tenantId, tenantId), eq(positions.id, id), eq(positions.version, version)))
    .returning();
  return row;
}

export async function deletePosition(tx: Db, tenantId: string, id: string): Promise<void> {
  await tx.delete(positions).where(and(eq(positions.tenantId, tenantId), eq(positions.id, id)));
}

export interface PositionFilter {
  status?: string;
  visibility?: string;
  department?: string;
  q?: string;
}

/** Newest first, keyset on (createdAt, id); the filters and the caller's scope apply to the total too. */
export async function listPositions(
  db: Db,
  input: { tenantId: string; filter: PositionFilter; scope?: SQL; after: { c: string; i: string } | null; limit: number },
) {
  const f = input.filter;
  const like = f.q ? `%${escapeLike(f.q)}%` : null;
  const where = and(
    eq(positions.tenantId, input.tenantId),
    input.scope,
    f.status ? eq(positions.status, f.status) : undefined,
    f.visibility ? eq(positions.visibility, f.visibility) : undefined,
    f.department ? eq(positions.department, f.department) : undefined,
    like ? or(ilike(positions.titleJa, like), ilike(positions.titleEn, like), ilike(positions.department, like)) : undefined,
  );
  const page = input.after
    ? and(where, or(lt(positions.createdAt, new Date(input.after.c)), and(eq(positions.createdAt, new Date(input.after.c)), lt(positions.id, input.after.i))))
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(positions)
      .where(page)
      .orderBy(desc(positions.createdAt), desc(positions.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(positions)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Open candidacies per posting, in one grouped query. */
export async function candidateCounts(db: Db, tenantId: string, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ positionId: candidates.positionId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), inArray(candidates.positionId, ids), isNull(candidates.closedAt)))
    .groupBy(candidates.positionId);
  return new Map(rows.map((r) => [r.positionId ?? "", r.n]));
}

/** Display names of members (hiring managers), in one query. */
export async function userNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

const HIRING_ROLES = ["admin", "hr", "manager"];

/** Active members who may be a posting's hiring manager. */
export async function hiringManagers(db: Db, tenantId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.status, "active"), inArray(memberships.role, HIRING_ROLES)))
    .orderBy(users.name, users.id);
}

export async function isHiringManager(db: Db, tenantId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId), eq(memberships.status, "active"), inArray(memberships.role, HIRING_ROLES)))
    .limit(1);
  return Boolean(row);
}

/** Open postings for employees (and staff): every visibility, newest first. */
export async function listOpenPositions(
  db: Db,
  input: { tenantId: string; q?: string; department?: string; after: { c: string; i: string } | null; limit: number },
) {
  const like = input.q ? `%${escapeLike(input.q)}%` : null;
  const where = and(
    eq(positions.tenantId, input.tenantId),
    eq(positions.status, "open"),
    input.department ? eq(positions.department, input.department) : undefined,
    like ? or(ilike(positions.titleJa, like), ilike(positions.titleEn, like), ilike(positions.department, like)) : undefined,
  );
  const openedAt = sql`coalesce(${positions.openedAt}, ${positions.createdAt})`;
  const page = input.after ? and(where, sql`(${openedAt}, ${positions.id}) < (${input.after.c}::timestamptz, ${input.after.i}::uuid)`) : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(positions)
      .where(page)
      .orderBy(desc(openedAt), desc(positions.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(positions)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function openAlumniPositions(db: Db, tenantId: string, limit: number): Promise<PositionRow[]> {
  return db
    .select()
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.status, "open"), inArray(positions.visibility, ["alumni", "public"])))
    .orderBy(desc(sql`coalesce(${positions.openedAt}, ${positions.createdAt})`), desc(positions.id))
    .limit(limit);
}

// ————— the alumnus's side —————

/** The signed-in alumnus's record and whether they want job news, in one statement. */
export async function alumnusOfUser(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      familyNameKana: alumni.familyNameKana,
      givenNameKana: alumni.givenNameKana,
      privateEmail: alumni.privateEmail,
      openToReturn: alumni.openToReturn,
      lookingFor: alumni.lookingFor,
      openToReturnAt: alumni.openToReturnAt,
      jobConsent: sql<boolean>`coalesce(${alumniConsents.granted}, false)`,
    })
    .from(alumni)
    .leftJoin(
      alumniConsents,
      and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.tenantId, alumni.tenantId), eq(alumniConsents.purpose, "job_opportunities")),
    )
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.userId, userId)))
    .limit(1);
  return row;
}

export interface BoardRow {
  id: string;
  titleJa: string;
  titleEn: string;
  department: string | null;
  location: string | null;
  employmentType: string;
  skills: string[];
  gradeMin: string | null;
  gradeMax: string | null;
  status: string;
  openedAt: Date | string | null;
  descriptionJa: string;
  descriptionEn: string;
  matchedSkills: string[];
  departmentMatch: boolean;
  score: number;
  sortAt: Date | string;
  saved: boolean;
  applied: boolean;
  total: number;
}

export interface BoardCursor {
  s: number;
  o: string;
  i: string;
}

/** Skills match: 10 points each; having worked in the posting's department: 5. */
const SKILL_POINTS = 10;
const DEPARTMENT_POINTS = 5;

/**
 * One alumnus's job board in one statement: open postings visible to alumni (or a single one, or the saved ones),
 * scored by the skills they share — compared NFKC-folded and case-insensitively, so "java" = "Ｊａｖａ" — and by the
 * departments they worked in (their last one or any in their history), best first, then newest. Postings I saved or
 * applied to stay readable after they close.
 */
export async function jobBoard(
  db: Db,
  input: { tenantId: string; alumnusId: string; positionId?: string; savedOnly?: boolean; after?: BoardCursor | null; limit: number },
): Promise<BoardRow[]> {
  const t = input.tenantId;
  const which = input.positionId
    ? sql`p.id = ${input.positionId}::uuid and (p.status = 'open' or (p.status = 'closed' and (sp.position_id is not null or ap.position_id is not null)))`
    : input.savedOnly
      ? sql`sp.position_id is not null and p.status in ('open', 'closed')`
      : sql`p.status = 'open'`;
  const page = input.after ? sql`where (score, sort_at, id) < (${input.after.s}::int, ${input.after.o}::timestamptz, ${input.after.i}::uuid)` : sql``;
  const result = (await db.execute(sql`
    with me as (
      select a.id,
        coalesce(array(select distinct lower(normalize(s, nfkc)) from unnest(a.skills) s), '{}') as skills,
        array(
          select lower(normalize(d, nfkc)) from (
            select a.department as d
            union select h.department from alumni_department_history h where h.tenant_id = ${t}::uuid and h.alumnus_id = a.id
          ) ds where d is not null
        ) as departments
      from alumni a where a.tenant_id = ${t}::uuid and a.id = ${input.alumnusId}::uuid
    ),
    applied as (
      select distinct c.position_id from candidates c
      where c.tenant_id = ${t}::uuid and c.alumnus_id = ${input.alumnusId}::uuid and c.closed_at is null and c.position_id is not null
        and exists (select 1 from candidate_activities ca where ca.candidate_id = c.id and ca.kind = 'application')
    ),
    scored as (
      select p.id, p.title_ja, p.title_en, p.department, p.location, p.employment_type, p.skills, p.grade_min, p.grade_max, p.status,
        p.opened_at, p.description_ja, p.description_en,
        array(select s from unnest(p.skills) with ordinality u(s, n) where lower(normalize(s, nfkc)) = any(me.skills) order by n) as matched_skills,
        coalesce(lower(normalize(p.department, nfkc)) = any(me.departments), false) as department_match,
        sp.position_id is not null as saved,
        ap.position_id is not null as applied,
        coalesce(p.opened_at, p.created_at) as sort_at
      from positions p
      cross join me
      left join saved_positions sp on sp.alumnus_id = me.id and sp.position_id = p.id
      left join applied ap on ap.position_id = p.id
      where p.tenant_id = ${t}::uuid and p.visibility in ('alumni', 'public') and ${which}
    ),
    ranked as (
      select s.*, (cardinality(s.matched_skills) * ${SKILL_POINTS} + case when s.department_match then ${DEPARTMENT_POINTS} else 0 end)::int as score
      from scored s
    )
    select id, title_ja as "titleJa", title_en as "titleEn", department, location, employment_type as "employmentType", skills,
      grade_min as "gradeMin", grade_max as "gradeMax", status, opened_at as "openedAt", description_ja as "descriptionJa",
      description_en as "descriptionEn", matched_skills as "matchedSkills", department_match as "departmentMatch", score,
      sort_at as "sortAt", saved, applied, (select count(*) from ranked)::int as total
    from ranked ${page}
    order by score desc, sort_at desc, id desc
    limit ${input.limit + 1}
  `)) as unknown as { rows: BoardRow[] };
  return result.rows;
}

export async function savePosition(db: Db, row: { tenantId: string; alumnusId: string; positionId: string }): Promise<void> {
  await db.insert(savedPositions).values(row).onConflictDoNothing();
}

export async function unsavePosition(db: Db, tenantId: string, alumnusId: string, positionId: string): Promise<void> {
  await db
    .delete(savedPositions)
    .where(and(eq(savedPositions.tenantId, tenantId), eq(savedPositions.alumnusId, alumnusId), eq(savedPositions.positionId, positionId)));
}

/** My open candidacy for this posting that came from an application, if any. */
export async function openApplication(db: Db, tenantId: string, alumnusId: string, positionId: string): Promise<{ id: string } | undefined> {
  const [row] = await db
    .select({ id: candidates.id })
    .from(candidates)
    .where(
      and(
        eq(candidates.tenantId, tenantId),
        eq(candidates.alumnusId, alumnusId),
        eq(candidates.positionId, positionId),
        isNull(candidates.closedAt),
        sql`exists (select 1 from ${candidateActivities} where ${candidateActivities.candidateId} = ${candidates.id} and ${candidateActivities.kind} = 'application')`,
      ),
    )
    .limit(1);
  return row;
}

/** My applications, newest first, with only the kind of the stage (never its name or notes). */
export async function applicationsOf(db: Db, tenantId: string, alumnusId: string) {
  const appliedAt = sql<Date>`(select min(${candidateActivities.createdAt}) from ${candidateActivities} where ${candidateActivities.candidateId} = ${candidates.id} and ${candidateActivities.kind} = 'application')`;
  return db
    .select({
      id: candidates.id,
      positionId: candidates.positionId,
      titleJa: positions.titleJa,
      titleEn: positions.titleEn,
      stageKind: pipelineStages.kind,
      closedAt: candidates.closedAt,
      hiredAt: candidates.hiredAt,
      appliedAt: appliedAt.mapWith((v: string | Date) => new Date(v)),
    })
    .from(candidates)
    .innerJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
    .leftJoin(positions, eq(positions.id, candidates.positionId))
    .where(
      and(
        eq(candidates.tenantId, tenantId),
        eq(candidates.alumnusId, alumnusId),
        sql`exists (select 1 from ${candidateActivities} where ${candidateActivities.candidateId} = ${candidates.id} and ${candidateActivities.kind} = 'application')`,
      ),
    )
    .orderBy(desc(candidates.createdAt))
    .limit(100);
}
