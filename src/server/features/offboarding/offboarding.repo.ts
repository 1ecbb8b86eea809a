import { and, count, desc, eq, ilike, inArray, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mailTemplates, offboardingCases, offboardingSettings } from "../../db/schema/graduation";
import { mailOutbox } from "../../db/schema/mail";
import { tenants } from "../../db/schema/tenancy";

export type CaseRow = typeof offboardingCases.$inferSelect;
export type CaseValues = Omit<typeof offboardingCases.$inferInsert, "id" | "tenantId" | "version" | "createdAt" | "updatedAt">;
export type SettingsRow = typeof offboardingSettings.$inferSelect;
export type TemplateRow = typeof mailTemplates.$inferSelect;

const OPEN = ["scheduled", "invited"];

export async function findByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ row: offboardingCases, tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name } })
    .from(offboardingCases)
    .innerJoin(tenants, eq(tenants.id, offboardingCases.tenantId))
    .where(eq(offboardingCases.tokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function insertCases(db: Db, tenantId: string, values: CaseValues[]): Promise<CaseRow[]> {
  if (values.length === 0) return [];
  return db
    .insert(offboardingCases)
    .values(values.map((v) => ({ ...v, tenantId })))
    .returning();
}

export async function findCase(db: Db, tenantId: string, id: string): Promise<CaseRow | undefined> {
  const [row] = await db
    .select()
    .from(offboardingCases)
    .where(and(eq(offboardingCases.tenantId, tenantId), eq(offboardingCases.id, id)))
    .limit(1);
  return row;
}

export async function listCases(db: Db, input: { tenantId: string; status?: string; q?: string; after: { c: string; i: string } | null; limit: number }) {
  const filters: SQL[] = [eq(offboardingCases.tenantId, input.tenantId)];
  if (input.status) filters.push(eq(offboardingCases.status, input.status));
  if (input.q) {
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const name = sql`(${offboardingCases.familyName} || ${offboardingCases.givenName} || ' ' || ${offboardingCases.familyName} || ' ' || ${offboardingCases.givenName})`;
    const match = or(
      ilike(name, like),
      ilike(offboardingCases.workEmail, like),
      ilike(offboardingCases.privateEmail, like),
      ilike(offboardingCases.employeeNumber, like),
      ilike(offboardingCases.department, like),
    );
    if (match) filters.push(match);
  }
  const where = and(...filters);
  const after = input.after;
  const page = after
    ? and(
        where,
        or(lt(offboardingCases.createdAt, new Date(after.c)), and(eq(offboardingCases.createdAt, new Date(after.c)), lt(offboardingCases.id, after.i))),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(offboardingCases)
      .where(page)
      .orderBy(desc(offboardingCases.createdAt), desc(offboardingCases.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(offboardingCases).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Open cases (scheduled or invited) whose work or private email is one of `emails` (lower-case). */
export async function openCasesByEmail(db: Db, tenantId: string, emails: string[], exceptId?: string): Promise<CaseRow[]> {
  if (emails.length === 0) return [];
  return db
    .select()
    .from(offboardingCases)
    .where(
      and(
        eq(offboardingCases.tenantId, tenantId),
        inArray(offboardingCases.status, OPEN),
        or(inArray(sql`lower(${offboardingCases.workEmail})`, emails), inArray(sql`lower(${offboardingCases.privateEmail})`, emails)),
        exceptId ? sql`${offboardingCases.id} <> ${exceptId}` : undefined,
      ),
    );
}

export async function openCasesOfAlumni(db: Db, tenantId: string, alumnusIds: string[]): Promise<CaseRow[]> {
  if (alumnusIds.length === 0) return [];
  return db
    .select()
    .from(offboardingCases)
    .where(and(eq(offboardingCases.tenantId, tenantId), inArray(offboardingCases.status, OPEN), inArray(offboardingCases.alumnusId, alumnusIds)));
}

export async function updateScheduledCase(db: Db, tenantId: string, id: string, version: number, values: Partial<CaseValues>): Promise<CaseRow | undefined> {
  const [row] = await db
    .update(offboardingCases)
    .set({ ...values, version: sql`${offboardingCases.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(offboardingCases.tenantId, tenantId),
        eq(offboardingCases.id, id),
        eq(offboardingCases.version, version),
        eq(offboardingCases.status, "scheduled"),
      ),
    )
    .returning();
  return row;
}

/** Moves a case from one of `from` to a new status; undefined when it was in none of them (or is gone). */
export async function transition(
  db: Db,
  input: { tenantId: string; caseId: string; from: string[]; to: string; set?: Partial<CaseValues> },
): Promise<CaseRow | undefined> {
  const [row] = await db
    .update(offboardingCases)
    .set({ ...input.set, status: input.to, version: sql`${offboardingCases.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(offboardingCases.tenantId, input.tenantId), eq(offboardingCases.id, input.caseId), inArray(offboardingCases.status, input.from)))
    .returning();
  return row;
}

/** invited → registered, only once: the second of two racing registrations changes nothing. */
export async function markRegistered(db: Db, input: { tenantId: string; caseId: string; alumnusId: string }): Promise<CaseRow | undefined> {
  return transition(db, {
    tenantId: input.tenantId,
    caseId: input.caseId,
    from: ["invited"],
    to: "registered",
    set: { registeredAt: new Date(), alumnusId: input.alumnusId, tokenSealed: null },
  });
}

/** scheduled/invited → declined; undefined when the case was not open. */
export async function markDeclined(db: Db, input: { tenantId: string; caseId: string }): Promise<CaseRow | undefined> {
  return transition(db, { tenantId: input.tenantId, caseId: input.caseId, from: OPEN, to: "declined", set: { declinedAt: new Date(), tokenSealed: null } });
}

/** Mail of a case that is no longer open is never sent. */
export async function suppressQueuedMail(db: Db, tenantId: string, caseId: string, reason: string): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: "suppressed", suppressedReason: reason })
    .where(and(eq(mailOutbox.tenantId, tenantId), eq(mailOutbox.offboardingCaseId, caseId), eq(mailOutbox.status, "queued")));
}

export async function mailsOfCase(db: Db, tenantId: string, caseId: string) {
  return db
    .select({
      id: mailOutbox.id,
      template: mailOutbox.template,
      status: mailOutbox.status,
      suppressedReason: mailOutbox.suppressedReason,
      lastError: mailOutbox.lastError,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.tenantId, tenantId), eq(mailOutbox.offboardingCaseId, caseId)))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(50);
}

// Settings and templates

export async function findSettings(db: Db, tenantId: string): Promise<SettingsRow | undefined> {
  const [row] = await db.select().from(offboardingSettings).where(eq(offboardingSettings.tenantId, tenantId)).limit(1);
  return row;
}

export async function upsertSettings(db: Db, tenantId: string, values: { inviteDaysBefore: number; reminderDaysAfter: number; tokenTtlDays: number }) {
  await db
    .insert(offboardingSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: offboardingSettings.tenantId, set: { ...values, updatedAt: sql`now()` } });
}

export async function listTemplates(db: Db, tenantId: string, names: string[]): Promise<TemplateRow[]> {
  return db
    .select()
    .from(mailTemplates)
    .where(and(eq(mailTemplates.tenantId, tenantId), inArray(mailTemplates.template, names)));
}

export async function findTemplate(db: Db, tenantId: string, template: string, locale: string): Promise<TemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(mailTemplates)
    .where(and(eq(mailTemplates.tenantId, tenantId), eq(mailTemplates.template, template), eq(mailTemplates.locale, locale)))
    .limit(1);
  return row;
}

export async function upsertTemplate(
  db: Db,
  values: { tenantId: string; template: string; locale: string; subject: string; body: string; updatedBy: string | null },
) {
  await db
    .insert(mailTemplates)
    .values(values)
    .onConflictDoUpdate({
      target: [mailTemplates.tenantId, mailTemplates.template, mailTemplates.locale],
      set: { subject: values.subject, body: values.body, updatedBy: values.updatedBy, updatedAt: sql`now()` },
    });
}

export async function deleteTemplate(db: Db, tenantId: string, template: string, locale: string): Promise<boolean> {
  const rows = await db
    .delete(mailTemplates)
    .where(and(eq(mailTemplates.tenantId, tenantId), eq(mailTemplates.template, template), eq(mailTemplates.locale, locale)))
    .returning({ tenantId: mailTemplates.tenantId });
  return rows.length > 0;
}

// Dispatch: each step locks one case at a time, so two workers never send the same mail twice.

export async function dueInvitations(db: Db, limit: number): Promise<{ id: string; tenantId: string }[]> {
  return db
    .select({ id: offboardingCases.id, tenantId: offboardingCases.tenantId })
    .from(offboardingCases)
    .where(and(eq(offboardingCases.status, "scheduled"), lte(offboardingCases.sendAt, sql`now()`)))
    .orderBy(offboardingCases.sendAt)
    .limit(limit);
}

/** Locks one case, with its company's name, while it is still due; another worker holding it means "not now". */
async function lockCaseWhile(tx: Db, tenantId: string, id: string, stillDue: SQL | undefined) {
  const [row] = await tx
    .select({ row: offboardingCases, tenantName: tenants.name })
    .from(offboardingCases)
    .innerJoin(tenants, eq(tenants.id, offboardingCases.tenantId))
    .where(and(eq(offboardingCases.tenantId, tenantId), eq(offboardingCases.id, id), stillDue))
    .for("update", { of: offboardingCases, skipLocked: true });
  return row;
}

export function lockDueInvitation(tx: Db, tenantId: string, id: string) {
  return lockCaseWhile(tx, tenantId, id, and(eq(offboardingCases.status, "scheduled"), lte(offboardingCases.sendAt, sql`now()`)));
}

export async function dueReminders(db: Db, limit: number): Promise<{ id: string; tenantId: string }[]> {
  return db
    .select({ id: offboardingCases.id, tenantId: offboardingCases.tenantId })
    .from(offboardingCases)
    .leftJoin(offboardingSettings, eq(offboardingSettings.tenantId, offboardingCases.tenantId))
    .where(
      and(
        eq(offboardingCases.status, "invited"),
        isNull(offboardingCases.remindedAt),
        sql`${offboardingCases.invitedAt} + make_interval(days => coalesce(${offboardingSettings.reminderDaysAfter}, 7)) <= now()`,
        sql`${offboardingCases.tokenExpiresAt} > now()`,
      ),
    )
    .orderBy(offboardingCases.invitedAt)
    .limit(limit);
}

export function lockDueReminder(tx: Db, tenantId: string, id: string) {
  return lockCaseWhile(
    tx,
    tenantId,
    id,
    and(eq(offboardingCases.status, "invited"), isNull(offboardingCases.remindedAt), sql`${offboardingCases.tokenExpiresAt} > now()`),
  );
}

export async function setCaseFields(tx: Db, tenantId: string, id: string, values: Partial<CaseValues>): Promise<void> {
  await tx
    .update(offboardingCases)
    .set({ ...values, version: sql`${offboardingCases.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(offboardingCases.tenantId, tenantId), eq(offboardingCases.id, id)));
}

/** invited cases whose link ran out become expired; returns what changed, for audit and webhooks. */
export async function expireOverdue(tx: Db, limit: number): Promise<{ id: string; tenantId: string }[]> {
  const due = tx
    .select({ id: offboardingCases.id })
    .from(offboardingCases)
    .where(and(eq(offboardingCases.status, "invited"), lte(offboardingCases.tokenExpiresAt, sql`now()`)))
    .limit(limit)
    .for("update", { skipLocked: true });
  return tx
    .update(offboardingCases)
    .set({ status: "expired", tokenSealed: null, version: sql`${offboardingCases.version} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(offboardingCases.id, due), eq(offboardingCases.status, "invited")))
    .returning({ id: offboardingCases.id, tenantId: offboardingCases.tenantId });
}
