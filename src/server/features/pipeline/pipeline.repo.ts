import { and, asc, desc, eq, gt, inArray, isNull, lt, ne, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { candidateActivities, candidates, interviews, pipelineStages, positions } from "../../db/schema/recruiting";
import { memberships, users } from "../../db/schema/tenancy";

export type CandidateRow = typeof candidates.$inferSelect;
export type InterviewRow = typeof interviews.$inferSelect;
export type StageRow = typeof pipelineStages.$inferSelect;
export type ActivityRow = typeof candidateActivities.$inferSelect;

export const CONSOLE_ROLES = ["admin", "hr", "manager"] as const;

export interface CandidateFilterSql {
  tenantId: string;
  /** The caller's scope (managers: their positions' candidates), from manager-scope.ts. */
  scope?: SQL;
  positionId?: string;
  ownerUserId?: string;
  source?: string;
  alumnusId?: string;
  ids?: string[];
  /** Folded search terms (NFKC, lower case, katakana as hiragana), all of which must match. */
  terms?: string[];
}

const KATAKANA = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCodePoint(0x30a1 + i)).join("");
const HIRAGANA = Array.from({ length: 0x30f6 - 0x30a1 + 1 }, (_, i) => String.fromCodePoint(0x3041 + i)).join("");
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Name, reading and email folded like `foldForSearch`; 20,000 candidates scan in a few milliseconds. */
const searchable = sql`regexp_replace(translate(lower(concat_ws('|', ${candidates.fullName}, ${candidates.fullNameKana}, ${candidates.email})), ${KATAKANA}, ${HIRAGANA}), '[[:space:]　・]+', '', 'g')`;

function filterWhere(f: CandidateFilterSql): SQL | undefined {
  return and(
    eq(candidates.tenantId, f.tenantId),
    f.scope,
    f.positionId ? eq(candidates.positionId, f.positionId) : undefined,
    f.ownerUserId ? eq(candidates.ownerUserId, f.ownerUserId) : undefined,
    f.source ? eq(candidates.source, f.source) : undefined,
    f.alumnusId ? eq(candidates.alumnusId, f.alumnusId) : undefined,
    f.ids ? inArray(candidates.id, f.ids) : undefined,
    ...(f.terms ?? []).map((term) => sql`${searchable} like ${`%${escapeLike(term)}%`}`),
  );
}

const isoOf = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The soonest scheduled interview still ahead, through interviews_candidate_idx. */
const nextInterview = sql<
  string | null
>`(select ${isoOf(sql`min(i.starts_at)`)} from ${interviews} i where i.tenant_id = ${candidates.tenantId} and i.candidate_id = ${candidates.id} and i.status = 'scheduled' and i.starts_at > now())`;

const cardColumns = {
  id: candidates.id,
  fullName: candidates.fullName,
  fullNameKana: candidates.fullNameKana,
  alumnusId: candidates.alumnusId,
  positionId: candidates.positionId,
  stageId: candidates.stageId,
  source: candidates.source,
  ownerUserId: candidates.ownerUserId,
  stageEnteredAt: candidates.stageEnteredAt,
  closedAt: candidates.closedAt,
  version: candidates.version,
  updatedAt: candidates.updatedAt,
  positionTitleJa: positions.titleJa,
  positionTitleEn: positions.titleEn,
  ownerName: users.name,
};

export type CardRow = {
  id: string;
  fullName: string;
  fullNameKana: string | null;
  alumnusId: string | null;
  positionId: string | null;
  stageId: string;
  source: string;
  ownerUserId: string | null;
  stageEnteredAt: Date;
  closedAt: Date | null;
  version: number;
  updatedAt: Date;
  positionTitleJa: string | null;
  positionTitleEn: string | null;
  ownerName: string | null;
  nextInterviewAt: string | null;
};

function cardsFrom(db: Db) {
  return db
    .select({ ...cardColumns, nextInterviewAt: nextInterview.as("next_interview_at") })
    .from(candidates)
    .leftJoin(positions, eq(positions.id, candidates.positionId))
    .leftJoin(users, eq(users.id, candidates.ownerUserId));
}

// ---------------------------------------------------------------- stages

export async function countByStage(db: Db, tenantId: string, stageIds: string[]): Promise<Map<string, number>> {
  if (!stageIds.length) return new Map();
  const rows = await db
    .select({ stageId: candidates.stageId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), inArray(candidates.stageId, stageIds)))
    .groupBy(candidates.stageId);
  return new Map(rows.map((r) => [r.stageId, r.n]));
}

export async function lockStages(tx: Db, tenantId: string): Promise<StageRow[]> {
  return tx.select().from(pipelineStages).where(eq(pipelineStages.tenantId, tenantId)).orderBy(asc(pipelineStages.position)).for("update");
}

export async function updateStage(tx: Db, tenantId: string, id: string, change: { nameJa: string; nameEn: string; position: number }) {
  await tx
    .update(pipelineStages)
    .set(change)
    .where(and(eq(pipelineStages.tenantId, tenantId), eq(pipelineStages.id, id)));
}

export async function insertStage(tx: Db, row: typeof pipelineStages.$inferInsert) {
  await tx.insert(pipelineStages).values(row);
}

export async function deleteStages(tx: Db, tenantId: string, ids: string[]) {
  if (ids.length) await tx.delete(pipelineStages).where(and(eq(pipelineStages.tenantId, tenantId), inArray(pipelineStages.id, ids)));
}

// ---------------------------------------------------------------- board

/** Candidates per stage under the filter: one grouped statement. */
export async function stageTotals(db: Db, f: CandidateFilterSql): Promise<Map<string, number>> {
  const rows = await db
    .select({ stageId: candidates.stageId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(candidates)
    .where(filterWhere(f))
    .groupBy(candidates.stageId);
  return new Map(rows.map((r) => [r.stageId, r.n]));
}

/**
 * The newest `perStage` cards of every stage in one statement: a lateral top-N per stage row, each served by
 * candidates_tenant_stage_idx (tenant, stage, stage_entered_at).
 */
export async function topCardsPerStage(db: Db, f: CandidateFilterSql, perStage: number): Promise<CardRow[]> {
  const top = cardsFrom(db)
    .where(and(filterWhere(f), eq(candidates.stageId, pipelineStages.id)))
    .orderBy(desc(candidates.stageEnteredAt), desc(candidates.id))
    .limit(perStage)
    .as("card");
  const rows = await db.select().from(pipelineStages).innerJoinLateral(top, sql`true`).where(eq(pipelineStages.tenantId, f.tenantId));
  return rows.map((r) => r.card as CardRow);
}

// ---------------------------------------------------------------- list

export async function listCards(
  db: Db,
  input: CandidateFilterSql & {
    stageId?: string;
    sort: "days" | "updated" | "name" | "stage";
    order: "asc" | "desc";
    after: { v: string; i: string } | null;
    offset: number;
    limit: number;
  },
): Promise<{ rows: CardRow[]; total: number }> {
  const where = and(filterWhere(input), input.stageId ? eq(candidates.stageId, input.stageId) : undefined);
  const dir = input.order === "asc" ? asc : desc;
  let page: SQL | undefined = where;
  let order: SQL[];
  let offset = 0;
  if (input.sort === "days" || input.sort === "updated") {
    const column = input.sort === "days" ? candidates.stageEnteredAt : candidates.updatedAt;
    if (input.after) {
      const at = new Date(input.after.v);
      const beyond = input.order === "asc" ? gt : lt;
      page = and(where, or(beyond(column, at), and(eq(column, at), beyond(candidates.id, input.after.i))));
    }
    order = [dir(column), dir(candidates.id)];
  } else {
    offset = input.offset;
    const sortName = sql`coalesce(${candidates.fullNameKana}, ${candidates.fullName})`;
    order =
      input.sort === "name"
        ? [dir(sortName), asc(candidates.id)]
        : [
            dir(sql`(select ${pipelineStages.position} from ${pipelineStages} where ${pipelineStages.id} = ${candidates.stageId})`),
            desc(candidates.stageEnteredAt),
            asc(candidates.id),
          ];
  }
  const [rows, [total]] = await Promise.all([
    cardsFrom(db)
      .where(page)
      .orderBy(...order)
      .limit(input.limit + 1)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(candidates)
      .where(where),
  ]);
  return { rows: rows as CardRow[], total: total?.n ?? 0 };
}

// ---------------------------------------------------------------- one candidate

const referrer = alias(users, "referrer");

/** The candidate with the names the page shows; `scope` hides others' candidates from managers (→ 404). */
export async function findCandidate(db: Db, tenantId: string, id: string, scope?: SQL, forUpdate = false) {
  const query = db
    .select({
      candidate: candidates,
      positionTitleJa: positions.titleJa,
      positionTitleEn: positions.titleEn,
      ownerName: users.name,
      referrerName: referrer.name,
      alumnusReturnedAt: alumni.returnedAt,
      alumnusDepartment: alumni.department,
    })
    .from(candidates)
    .leftJoin(positions, eq(positions.id, candidates.positionId))
    .leftJoin(users, eq(users.id, candidates.ownerUserId))
    .leftJoin(referrer, eq(referrer.id, candidates.referrerUserId))
    .leftJoin(alumni, eq(alumni.id, candidates.alumnusId))
    .where(and(eq(candidates.tenantId, tenantId), eq(candidates.id, id), scope))
    .limit(1);
  const [row] = forUpdate ? await query.for("update", { of: candidates }) : await query;
  return row;
}

/** Applies `change` only if the row still has `version`; undefined when someone else changed it first. */
export async function updateIfVersion(tx: Db, tenantId: string, id: string, version: number, change: Partial<typeof candidates.$inferInsert>) {
  const [row] = await tx
    .update(candidates)
    .set({ ...change, version: sql`${candidates.version} + 1`, updatedAt: new Date() })
    .where(and(eq(candidates.tenantId, tenantId), eq(candidates.id, id), eq(candidates.version, version)))
    .returning();
  return row;
}

/** Another open candidacy of the same person for the same position (or both without one). */
export async function otherOpenCandidacy(tx: Db, c: CandidateRow): Promise<string | undefined> {
  const person = or(c.alumnusId ? eq(candidates.alumnusId, c.alumnusId) : undefined, c.emailKey ? eq(candidates.emailKey, c.emailKey) : undefined);
  if (!person) return undefined;
  const [row] = await tx
    .select({ id: candidates.id })
    .from(candidates)
    .where(
      and(
        eq(candidates.tenantId, c.tenantId),
        ne(candidates.id, c.id),
        isNull(candidates.closedAt),
        person,
        c.positionId ? eq(candidates.positionId, c.positionId) : isNull(candidates.positionId),
      ),
    )
    .limit(1);
  return row?.id;
}

/** おかえりなさい: the directory remembers when the alumnus came back. */
export async function markReturned(tx: Db, tenantId: string, alumnusId: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(alumni)
    .set({ returnedAt: at, updatedAt: at, version: sql`${alumni.version} + 1` })
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .returning({ id: alumni.id });
  return rows.length > 0;
}

// ---------------------------------------------------------------- people and positions

/** Members with a console role, optionally only the given users. */
export async function consoleMembers(db: Db, tenantId: string, userIds?: string[]) {
  if (userIds && !userIds.length) return [];
  return db
    .select({ userId: users.id, name: users.name, email: users.email, locale: users.locale, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.tenantId, tenantId),
        eq(memberships.status, "active"),
        inArray(memberships.role, [...CONSOLE_ROLES]),
        userIds ? inArray(users.id, userIds) : undefined,
      ),
    )
    .orderBy(asc(users.name));
}

export async function positionsFor(db: Db, tenantId: string, scope?: SQL) {
  return db
    .select({ id: positions.id, titleJa: positions.titleJa, titleEn: positions.titleEn, status: positions.status })
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), scope))
    .orderBy(asc(positions.status), desc(positions.createdAt))
    .limit(500);
}

export async function findPosition(db: Db, tenantId: string, id: string, scope?: SQL) {
  const [row] = await db
    .select({ id: positions.id, titleJa: positions.titleJa, titleEn: positions.titleEn, status: positions.status })
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.id, id), scope))
    .limit(1);
  return row;
}

/** The alumnus as a candidate: name, reading and where to write (their account's address, else the private one). */
export async function alumnusAsPerson(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      familyNameKana: alumni.familyNameKana,
      givenNameKana: alumni.givenNameKana,
      privateEmail: alumni.privateEmail,
      phone: alumni.phone,
      accountEmail: users.email,
      locale: users.locale,
    })
    .from(alumni)
    .leftJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, id)))
    .limit(1);
  return row;
}

export async function userNames(db: Db, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
}

// ---------------------------------------------------------------- timeline

export async function insertActivity(tx: Db, row: typeof candidateActivities.$inferInsert) {
  return tx
    .insert(candidateActivities)
    .values({ createdAt: new Date(), ...row })
    .returning({ id: candidateActivities.id });
}

export async function listActivities(db: Db, input: { tenantId: string; candidateId: string; after: { c: string; i: string } | null; limit: number }) {
  const where = and(eq(candidateActivities.tenantId, input.tenantId), eq(candidateActivities.candidateId, input.candidateId));
  const page = input.after
    ? and(
        where,
        or(
          lt(candidateActivities.createdAt, new Date(input.after.c)),
          and(eq(candidateActivities.createdAt, new Date(input.after.c)), lt(candidateActivities.id, input.after.i)),
        ),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select({ activity: candidateActivities, actorName: users.name })
      .from(candidateActivities)
      .leftJoin(users, eq(users.id, candidateActivities.actorUserId))
      .where(page)
      .orderBy(desc(candidateActivities.createdAt), desc(candidateActivities.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(candidateActivities)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

// ---------------------------------------------------------------- interviews

export async function insertInterview(tx: Db, row: typeof interviews.$inferInsert): Promise<InterviewRow> {
  const [created] = await tx.insert(interviews).values(row).returning();
  return created!;
}

export async function interviewsOf(db: Db, tenantId: string, candidateId: string): Promise<InterviewRow[]> {
  return db
    .select()
    .from(interviews)
    .where(and(eq(interviews.tenantId, tenantId), eq(interviews.candidateId, candidateId)))
    .orderBy(desc(interviews.startsAt));
}

/** The interview if its candidate is in the caller's scope. */
export async function findInterview(db: Db, tenantId: string, id: string, scope?: SQL, forUpdate = false) {
  const query = db
    .select({ interview: interviews })
    .from(interviews)
    .innerJoin(candidates, eq(candidates.id, interviews.candidateId))
    .where(and(eq(interviews.tenantId, tenantId), eq(interviews.id, id), scope))
    .limit(1);
  const [row] = forUpdate ? await query.for("update", { of: interviews }) : await query;
  return row?.interview;
}

export async function updateInterview(tx: Db, tenantId: string, id: string, change: Partial<typeof interviews.$inferInsert>) {
  const [row] = await tx
    .update(interviews)
    .set({ ...change, version: sql`${interviews.version} + 1`, updatedAt: new Date() })
    .where(and(eq(interviews.tenantId, tenantId), eq(interviews.id, id)))
    .returning();
  return row!;
}
