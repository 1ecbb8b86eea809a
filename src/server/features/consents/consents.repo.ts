import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mailOutbox } from "../../db/schema/mail";
import { alumniConsents, consentEvents } from "../../db/schema/privacy";

export type ConsentRow = typeof alumniConsents.$inferSelect;
export type ConsentEventRow = typeof consentEvents.$inferSelect;

export async function currentConsents(db: Db, tenantId: string, alumnusId: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(alumniConsents)
    .where(and(eq(alumniConsents.tenantId, tenantId), eq(alumniConsents.alumnusId, alumnusId)))
    .orderBy(asc(alumniConsents.purpose));
}

/** Locks the alumnus's consent rows so a change and a send never interleave. */
export async function lockConsents(db: Db, tenantId: string, alumnusId: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(alumniConsents)
    .where(and(eq(alumniConsents.tenantId, tenantId), eq(alumniConsents.alumnusId, alumnusId)))
    .for("update");
}

export async function upsertConsent(
  db: Db,
  row: { tenantId: string; alumnusId: string; purpose: string; granted: boolean; noticeVersion: number | null },
): Promise<void> {
  await db
    .insert(alumniConsents)
    .values({ ...row, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [alumniConsents.alumnusId, alumniConsents.purpose],
      set: { granted: row.granted, noticeVersion: row.noticeVersion, updatedAt: new Date() },
    });
}

export async function insertEvents(
  db: Db,
  rows: { tenantId: string; alumnusId: string; purpose: string; granted: boolean; noticeVersion: number | null; source: string }[],
): Promise<void> {
  if (rows.length) await db.insert(consentEvents).values(rows);
}

export async function history(db: Db, tenantId: string, alumnusId: string): Promise<ConsentEventRow[]> {
  return db
    .select()
    .from(consentEvents)
    .where(and(eq(consentEvents.tenantId, tenantId), eq(consentEvents.alumnusId, alumnusId)))
    .orderBy(desc(consentEvents.at), desc(consentEvents.id));
}

/** Mail still waiting for a purpose the person just withdrew is never sent. */
export async function suppressQueuedMail(db: Db, tenantId: string, alumnusId: string, purposes: string[]): Promise<void> {
  if (!purposes.length) return;
  await db
    .update(mailOutbox)
    .set({ status: "suppressed", suppressedReason: "consent_withdrawn" })
    .where(and(eq(mailOutbox.tenantId, tenantId), eq(mailOutbox.alumnusId, alumnusId), inArray(mailOutbox.purpose, purposes), eq(mailOutbox.status, "queued")));
}

/** Per purpose: how many alumni granted, withdrew (answered no or later withdrew). */
export async function overview(db: Db, tenantId: string): Promise<{ purpose: string; granted: number; declined: number }[]> {
  return db
    .select({
      purpose: alumniConsents.purpose,
      granted: sql<number>`count(*) filter (where ${alumniConsents.granted})`.mapWith(Number),
      declined: sql<number>`count(*) filter (where not ${alumniConsents.granted})`.mapWith(Number),
    })
    .from(alumniConsents)
    .where(eq(alumniConsents.tenantId, tenantId))
    .groupBy(alumniConsents.purpose);
}
