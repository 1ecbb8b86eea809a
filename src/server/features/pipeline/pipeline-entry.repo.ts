import { and, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { candidateActivities, candidates } from "../../db/schema/recruiting";

export type CandidateRow = typeof candidates.$inferSelect;
export type NewCandidate = typeof candidates.$inferInsert;
export type NewActivity = typeof candidateActivities.$inferInsert;

export interface PersonKey {
  alumnusId?: string | null;
  /** Already normalised with `emailKeyOf`. */
  emailKey?: string | null;
}

function samePerson(person: PersonKey): SQL | undefined {
  const keys = [
    person.alumnusId ? eq(candidates.alumnusId, person.alumnusId) : undefined,
    person.emailKey ? eq(candidates.emailKey, person.emailKey) : undefined,
  ].filter((k): k is SQL => Boolean(k));
  return keys.length ? or(...keys) : undefined;
}

/** Open candidacies of one person (by alumnus or email), locked for the caller's transaction. */
export async function openCandidacies(tx: Db, tenantId: string, person: PersonKey): Promise<CandidateRow[]> {
  const who = samePerson(person);
  if (!who) return [];
  return tx
    .select()
    .from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), isNull(candidates.closedAt), who))
    .orderBy(candidates.createdAt)
    .for("update");
}

/** Inserts unless an open candidacy of the same person and position appeared meanwhile (then: undefined). */
export async function insertCandidate(tx: Db, row: NewCandidate): Promise<CandidateRow | undefined> {
  const [created] = await tx.insert(candidates).values(row).onConflictDoNothing().returning();
  return created;
}

export async function updateCandidate(tx: Db, tenantId: string, id: string, patch: Partial<NewCandidate>): Promise<void> {
  await tx
    .update(candidates)
    .set({ ...patch, version: sql`${candidates.version} + 1`, updatedAt: new Date() })
    .where(and(eq(candidates.tenantId, tenantId), eq(candidates.id, id)));
}

export async function insertActivities(tx: Db, rows: NewActivity[]): Promise<void> {
  if (rows.length) await tx.insert(candidateActivities).values(rows);
}
