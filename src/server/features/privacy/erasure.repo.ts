import { and, count, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { alumni, alumniDepartmentHistory } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { emailTokens, invitations, rateLimits, sessions } from "../../db/schema/auth";
import { communityComments, communityPosts } from "../../db/schema/community";
import { eventRsvps } from "../../db/schema/events";
import { offboardingCases } from "../../db/schema/graduation";
import { alumniImportRejects, alumniImportRows, alumniImports, type StoredPreviewRow } from "../../db/schema/imports";
import { mailOutbox } from "../../db/schema/mail";
import { alumniConsents, consentEvents, dsrRequests, exitSurveys } from "../../db/schema/privacy";
import { candidates, casualTalks, colleagueOutreach, pipelineStages, referrals, savedPositions } from "../../db/schema/recruiting";
import { memberships, users } from "../../db/schema/tenancy";
import { obogVisits } from "../../db/schema/visits";
import { webhookDeliveries } from "../../db/schema/webhooks";

/**
 * The erasure engine's queries: it alone reads every table that may hold a person's data (ADR: erasure is one
 * place), so a new table with personal data is added here and to the dump test.
 */

export type AlumnusRow = typeof alumni.$inferSelect;

/** `needles` are lower-case; a hit anywhere in the column's text (jsonb included) counts. */
export function mentions(column: PgColumn | SQL, needles: string[]): SQL {
  if (needles.length === 0) return sql`false`;
  return or(...needles.map((needle) => sql`strpos(lower(${column}::text), ${needle}) > 0`)) as SQL;
}

export async function lockAlumnus(db: Db, tenantId: string, alumnusId: string): Promise<AlumnusRow | undefined> {
  const [row] = await db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .for("update")
    .limit(1);
  return row;
}

export async function casesOf(db: Db, tenantId: string, alumnusId: string, emails: string[]) {
  const byEmail = emails.length
    ? or(inArray(sql`lower(${offboardingCases.workEmail})`, emails), inArray(sql`lower(${offboardingCases.privateEmail})`, emails))
    : sql`false`;
  return db
    .select({ id: offboardingCases.id, status: offboardingCases.status, workEmail: offboardingCases.workEmail, privateEmail: offboardingCases.privateEmail })
    .from(offboardingCases)
    .where(and(eq(offboardingCases.tenantId, tenantId), or(eq(offboardingCases.alumnusId, alumnusId), byEmail)));
}

/** Users who are this person: their linked sign-in, and accounts under their emails that only an alumnus or employee would hold here. */
export async function usersOf(db: Db, tenantId: string, userId: string | null, emails: string[]) {
  const rows = await db
    .select({ id: users.id, role: memberships.role })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId)))
    .where(or(userId ? eq(users.id, userId) : sql`false`, emails.length ? inArray(sql`lower(${users.email})`, emails) : sql`false`));
  const ids = rows.filter((row) => row.id === userId || row.role === null || row.role === "alumnus" || row.role === "employee").map((row) => row.id);
  const result: { id: string; otherTenants: number }[] = [];
  for (const id of new Set(ids)) {
    const [other] = await db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.userId, id), ne(memberships.tenantId, tenantId)));
    result.push({ id, otherTenants: Number(other?.n ?? 0) });
  }
  return result;
}

function mailOf(tenantId: string, alumnusId: string, caseIds: string[], emails: string[], names: string[]) {
  return and(
    or(eq(mailOutbox.tenantId, tenantId), isNull(mailOutbox.tenantId)),
    or(
      eq(mailOutbox.alumnusId, alumnusId),
      caseIds.length ? inArray(mailOutbox.offboardingCaseId, caseIds) : sql`false`,
      emails.length ? inArray(sql`lower(${mailOutbox.toAddress})`, emails) : sql`false`,
      mentions(mailOutbox.subject, [...names, ...emails]),
      mentions(mailOutbox.textBody, [...names, ...emails]),
    ),
  );
}

function deliveriesOf(tenantId: string, ids: string[]) {
  return and(eq(webhookDeliveries.tenantId, tenantId), mentions(webhookDeliveries.payload, ids));
}

function tenantImports(tenantId: string) {
  return sql`(select ${alumniImports.id} from ${alumniImports} where ${alumniImports.tenantId} = ${tenantId})`;
}

function stagedRowsOf(tenantId: string, alumnusId: string, emails: string[], names: { family: string; given: string }[]) {
  const byName = names.map(
    (n) => sql`(lower(${alumniImportRows.record}->>'family_name') = ${n.family} and lower(${alumniImportRows.record}->>'given_name') = ${n.given})`,
  );
  return and(
    sql`${alumniImportRows.importId} in ${tenantImports(tenantId)}`,
    or(
      eq(alumniImportRows.alumnusId, alumnusId),
      emails.length ? inArray(sql`lower(${alumniImportRows.record}->>'work_email')`, emails) : sql`false`,
      emails.length ? inArray(sql`lower(${alumniImportRows.record}->>'private_email')`, emails) : sql`false`,
      ...byName,
    ),
  );
}

function rejectsOf(tenantId: string, emails: string[], names: { family: string; given: string }[], fullNames: string[]) {
  const cells = sql`lower(${alumniImportRejects.cells}::text)::jsonb`;
  return and(
    sql`${alumniImportRejects.importId} in ${tenantImports(tenantId)}`,
    or(
      ...emails.map((e) => sql`jsonb_exists(${cells}, ${e})`),
      ...fullNames.map((n) => sql`jsonb_exists(${cells}, ${n})`),
      ...names.map((n) => sql`(jsonb_exists(${cells}, ${n.family}) and jsonb_exists(${cells}, ${n.given}))`),
    ),
  );
}

export interface Identifiers {
  tenantId: string;
  alumnusId: string;
  userIds: string[];
  caseIds: string[];
  /** Lower-case. */
  emails: string[];
  /** Lower-case family/given pairs (kanji, kana, former family name). */
  namePairs: { family: string; given: string }[];
  /** Lower-case full names as they may be written in text: with and without a space. */
  fullNames: string[];
}

export async function countErasure(db: Db, id: Identifiers) {
  const one = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);
  const ids = [id.alumnusId, ...id.userIds, ...id.caseIds];
  return {
    mails: await one(
      db
        .select({ n: count() })
        .from(mailOutbox)
        .where(mailOf(id.tenantId, id.alumnusId, id.caseIds, id.emails, id.fullNames)),
    ),
    webhookDeliveries: await one(db.select({ n: count() }).from(webhookDeliveries).where(deliveriesOf(id.tenantId, ids))),
    importRows:
      (await one(
        db
          .select({ n: count() })
          .from(alumniImportRows)
          .where(stagedRowsOf(id.tenantId, id.alumnusId, id.emails, id.namePairs)),
      )) +
      (await one(
        db
          .select({ n: count() })
          .from(alumniImportRejects)
          .where(rejectsOf(id.tenantId, id.emails, id.namePairs, id.fullNames)),
      )),
    auditEvents: await one(
      db
        .select({ n: count() })
        .from(auditEvents)
        .where(auditOf(id.tenantId, [id.alumnusId, ...id.userIds])),
    ),
  };
}

function auditOf(tenantId: string, ids: string[]) {
  return and(
    or(eq(auditEvents.tenantId, tenantId), isNull(auditEvents.tenantId)),
    or(inArray(auditEvents.actorId, ids), inArray(auditEvents.targetId, ids), mentions(auditEvents.meta, ids)),
  );
}

export async function deleteMail(db: Db, id: Identifiers): Promise<number> {
  const rows = await db
    .delete(mailOutbox)
    .where(mailOf(id.tenantId, id.alumnusId, id.caseIds, id.emails, id.fullNames))
    .returning({ id: mailOutbox.id });
  return rows.length;
}

export async function deleteWebhookDeliveries(db: Db, id: Identifiers): Promise<number> {
  const rows = await db
    .delete(webhookDeliveries)
    .where(deliveriesOf(id.tenantId, [id.alumnusId, ...id.userIds, ...id.caseIds]))
    .returning({ id: webhookDeliveries.id });
  return rows.length;
}

export async function deleteStaging(db: Db, id: Identifiers): Promise<number> {
  const staged = await db
    .delete(alumniImportRows)
    .where(stagedRowsOf(id.tenantId, id.alumnusId, id.emails, id.namePairs))
    .returning({ importId: alumniImportRows.importId });
  const rejects = await db
    .delete(alumniImportRejects)
    .where(rejectsOf(id.tenantId, id.emails, id.namePairs, id.fullNames))
    .returning({ importId: alumniImportRejects.importId });
  return staged.length + rejects.length;
}

export async function importsOf(db: Db, tenantId: string) {
  return db
    .select({ id: alumniImports.id, fileKey: alumniImports.fileKey, fileName: alumniImports.fileName, preview: alumniImports.preview })
    .from(alumniImports)
    .where(eq(alumniImports.tenantId, tenantId));
}

export async function setPreview(db: Db, importId: string, preview: StoredPreviewRow[]): Promise<void> {
  await db.update(alumniImports).set({ preview }).where(eq(alumniImports.id, importId));
}

export async function deleteCases(db: Db, tenantId: string, caseIds: string[]): Promise<void> {
  if (caseIds.length) await db.delete(offboardingCases).where(and(eq(offboardingCases.tenantId, tenantId), inArray(offboardingCases.id, caseIds)));
}

/** The request records survive with the pseudonym only. */
export async function pseudonymiseRequests(db: Db, tenantId: string, alumnusId: string, pseudonym: string): Promise<void> {
  await db
    .update(dsrRequests)
    .set({ alumnusId: null, details: null, subjectPseudonym: pseudonym, updatedAt: new Date() })
    .where(and(eq(dsrRequests.tenantId, tenantId), eq(dsrRequests.alumnusId, alumnusId)));
}

export async function deleteUser(db: Db, userId: string): Promise<void> {
  await db.delete(users).where(eq(users.id, userId));
}

export async function deleteMembershipIn(db: Db, tenantId: string, userId: string): Promise<void> {
  await db.delete(memberships).where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.userId, userId)));
  await db.delete(emailTokens).where(and(eq(emailTokens.tenantId, tenantId), eq(emailTokens.userId, userId)));
}

export async function deleteInvitations(db: Db, tenantId: string, emails: string[]): Promise<void> {
  if (emails.length) await db.delete(invitations).where(and(eq(invitations.tenantId, tenantId), inArray(sql`lower(${invitations.email})`, emails)));
}

/** Rate-limit keys carry a keyed hash of the email: not readable, but linkable, so they go too. */
export async function deleteRateLimitKeys(db: Db, hashes: string[]): Promise<void> {
  if (hashes.length) await db.delete(rateLimits).where(or(...hashes.map((h) => sql`strpos(${rateLimits.key}, ${h}) > 0`)));
}

/** Replaces the person's ids in the audit log with their pseudonyms: actor, target and any id quoted in meta. */
export async function pseudonymiseAudit(db: Db, tenantId: string, pseudonyms: Map<string, string>): Promise<number> {
  const ids = [...pseudonyms.keys()];
  if (ids.length === 0) return 0;
  const rows = await db
    .select({ id: auditEvents.id, actorId: auditEvents.actorId, targetId: auditEvents.targetId, meta: auditEvents.meta })
    .from(auditEvents)
    .where(auditOf(tenantId, ids));
  for (const row of rows) {
    const meta = Object.fromEntries(
      Object.entries(row.meta).map(([key, value]) => {
        if (typeof value !== "string") return [key, value];
        let replaced = value;
        for (const [id, pseudonym] of pseudonyms) replaced = replaced.split(id).join(pseudonym);
        return [key, replaced];
      }),
    );
    await db
      .update(auditEvents)
      .set({
        actorId: row.actorId ? (pseudonyms.get(row.actorId) ?? row.actorId) : null,
        targetId: row.targetId ? (pseudonyms.get(row.targetId) ?? row.targetId) : null,
        meta,
      })
      .where(eq(auditEvents.id, row.id));
  }
  return rows.length;
}

export async function deleteAlumnus(db: Db, tenantId: string, alumnusId: string): Promise<void> {
  await db.delete(alumni).where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)));
}

export async function relatedCounts(db: Db, tenantId: string, alumnusId: string) {
  const n = async (table: typeof alumniDepartmentHistory | typeof alumniConsents | typeof consentEvents | typeof exitSurveys) =>
    Number(
      (
        await db
          .select({ n: count() })
          .from(table)
          .where(and(eq(table.tenantId, tenantId), eq(table.alumnusId, alumnusId)))
      )[0]?.n ?? 0,
    );
  return {
    departmentHistory: await n(alumniDepartmentHistory),
    consents: await n(alumniConsents),
    consentEvents: await n(consentEvents),
    exitSurveys: await n(exitSurveys),
  };
}

/** What the person took part in after registering: posts and comments they wrote, event answers, OB/OG visits. */
export async function participationCounts(db: Db, tenantId: string, alumnusId: string, userIds: string[]) {
  const n = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);
  const authoredBy = (column: PgColumn) => (userIds.length ? inArray(column, userIds) : sql`false`);
  return {
    communityPosts: await n(
      db
        .select({ n: count() })
        .from(communityPosts)
        .where(and(eq(communityPosts.tenantId, tenantId), authoredBy(communityPosts.authorUserId))),
    ),
    communityComments: await n(
      db
        .select({ n: count() })
        .from(communityComments)
        .where(and(eq(communityComments.tenantId, tenantId), authoredBy(communityComments.authorUserId))),
    ),
    eventRsvps: await n(
      db
        .select({ n: count() })
        .from(eventRsvps)
        .where(and(eq(eventRsvps.tenantId, tenantId), or(eq(eventRsvps.alumnusId, alumnusId), authoredBy(eventRsvps.userId)))),
    ),
    visits: await n(
      db
        .select({ n: count() })
        .from(obogVisits)
        .where(and(eq(obogVisits.tenantId, tenantId), eq(obogVisits.alumnusId, alumnusId))),
    ),
  };
}

// ---------------------------------------------------------------- the hiring pipeline

/** Candidacies of the person: linked to the alumnus, or under one of their emails (an outside referral carries one). */
function candidaciesOf(id: Identifiers) {
  return and(
    eq(candidates.tenantId, id.tenantId),
    or(eq(candidates.alumnusId, id.alumnusId), id.emails.length ? inArray(candidates.emailKey, id.emails) : sql`false`),
  );
}

/** Referrals naming the person: of them as a former colleague, or of a friend with one of their emails. */
function referralsOf(id: Identifiers) {
  return and(
    eq(referrals.tenantId, id.tenantId),
    or(eq(referrals.alumnusId, id.alumnusId), id.emails.length ? inArray(sql`lower(trim(${referrals.email}))`, id.emails) : sql`false`),
  );
}

export async function recruitingCounts(db: Db, id: Identifiers) {
  const n = async (query: Promise<{ n: number }[]>) => Number((await query)[0]?.n ?? 0);
  const ofAlumnus = <T extends typeof casualTalks | typeof savedPositions | typeof colleagueOutreach>(table: T) =>
    and(eq(table.tenantId, id.tenantId), eq(table.alumnusId, id.alumnusId));
  return {
    candidacies: await n(db.select({ n: count() }).from(candidates).where(candidaciesOf(id))),
    casualTalks: await n(db.select({ n: count() }).from(casualTalks).where(ofAlumnus(casualTalks))),
    referrals: await n(db.select({ n: count() }).from(referrals).where(referralsOf(id))),
    savedPositions: await n(db.select({ n: count() }).from(savedPositions).where(ofAlumnus(savedPositions))),
    colleagueOutreach: await n(db.select({ n: count() }).from(colleagueOutreach).where(ofAlumnus(colleagueOutreach))),
  };
}

/** Candidacies still in progress, with the stage they are in: HR weighs them before erasing. */
export async function openCandidacies(db: Db, id: Identifiers) {
  return db
    .select({ id: candidates.id, stageKey: pipelineStages.key })
    .from(candidates)
    .innerJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
    .where(and(candidaciesOf(id), isNull(candidates.closedAt), eq(pipelineStages.kind, "open")));
}

/**
 * Removes the person from the pipeline: candidacies found by email (those linked to the alumnus, their talks,
 * saved positions and outreach also go by cascade with the alumni row; deleting them here keeps it explicit), and
 * referrals naming them.
 */
export async function deleteRecruiting(db: Db, id: Identifiers): Promise<void> {
  await db.delete(referrals).where(referralsOf(id));
  await db.delete(candidates).where(candidaciesOf(id));
  await db.delete(casualTalks).where(and(eq(casualTalks.tenantId, id.tenantId), eq(casualTalks.alumnusId, id.alumnusId)));
  await db.delete(savedPositions).where(and(eq(savedPositions.tenantId, id.tenantId), eq(savedPositions.alumnusId, id.alumnusId)));
  await db.delete(colleagueOutreach).where(and(eq(colleagueOutreach.tenantId, id.tenantId), eq(colleagueOutreach.alumnusId, id.alumnusId)));
}
