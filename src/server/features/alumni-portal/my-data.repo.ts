import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni, alumniDepartmentHistory } from "../../db/schema/alumni";
import { offboardingCases } from "../../db/schema/graduation";
import { mailOutbox } from "../../db/schema/mail";
import { dsrRequests, exitSurveys } from "../../db/schema/privacy";
import { candidates, casualTalks, pipelineStages, positions, savedPositions } from "../../db/schema/recruiting";
import { memberships, tenants, users } from "../../db/schema/tenancy";

/*
 * Read-only queries for "everything Okaeri holds about one person". They read other domains' tables on
 * purpose: the export must stay complete even when a domain has no read verb for one person.
 */

export async function findAlumnus(db: Db, tenantId: string, alumnusId: string) {
  const [row] = await db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .limit(1);
  return row;
}

export async function departmentHistory(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select()
    .from(alumniDepartmentHistory)
    .where(and(eq(alumniDepartmentHistory.tenantId, tenantId), eq(alumniDepartmentHistory.alumnusId, alumnusId)))
    .orderBy(asc(alumniDepartmentHistory.fromDate));
}

export async function tenantName(db: Db, tenantId: string): Promise<string | null> {
  const [row] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId)).limit(1);
  return row?.name ?? null;
}

/** The sign-in account and its membership in this tenant. */
export async function account(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({
      email: users.email,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      createdAt: users.createdAt,
      membershipStatus: memberships.status,
      membershipCreatedAt: memberships.createdAt,
    })
    .from(users)
    .leftJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, tenantId)))
    .where(eq(users.id, userId))
    .limit(1);
  return row;
}

export async function exitSurveysOf(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select()
    .from(exitSurveys)
    .where(and(eq(exitSurveys.tenantId, tenantId), eq(exitSurveys.alumnusId, alumnusId)))
    .orderBy(asc(exitSurveys.submittedAt));
}

export async function offboardingCasesOf(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select()
    .from(offboardingCases)
    .where(and(eq(offboardingCases.tenantId, tenantId), eq(offboardingCases.alumnusId, alumnusId)))
    .orderBy(asc(offboardingCases.createdAt));
}

/** Mail about the person or their offboarding case(s); the bodies are not read. */
export async function mailOf(db: Db, tenantId: string, alumnusId: string, caseIds: string[]) {
  const about = caseIds.length ? or(eq(mailOutbox.alumnusId, alumnusId), inArray(mailOutbox.offboardingCaseId, caseIds)) : eq(mailOutbox.alumnusId, alumnusId);
  return db
    .select({
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      toAddress: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      template: mailOutbox.template,
      purpose: mailOutbox.purpose,
      status: mailOutbox.status,
      openedAt: mailOutbox.openedAt,
    })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.tenantId, tenantId), about))
    .orderBy(asc(mailOutbox.createdAt));
}

export async function subjectRequestsOf(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select()
    .from(dsrRequests)
    .where(and(eq(dsrRequests.tenantId, tenantId), eq(dsrRequests.alumnusId, alumnusId)))
    .orderBy(asc(dsrRequests.createdAt));
}

/**
 * The person's candidacies (linked to them, or under their private email): position, stage and dates only. HR's
 * notes, the timeline and rejection notes are the company's assessment, not data the person gave.
 */
export async function candidaciesOf(db: Db, tenantId: string, alumnusId: string, email: string | null) {
  return db
    .select({
      id: candidates.id,
      positionTitleJa: positions.titleJa,
      positionTitleEn: positions.titleEn,
      stageKey: pipelineStages.key,
      stageKind: pipelineStages.kind,
      source: candidates.source,
      createdAt: candidates.createdAt,
      stageEnteredAt: candidates.stageEnteredAt,
      hiredAt: candidates.hiredAt,
      closedAt: candidates.closedAt,
    })
    .from(candidates)
    .innerJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
    .leftJoin(positions, eq(positions.id, candidates.positionId))
    .where(
      and(eq(candidates.tenantId, tenantId), or(eq(candidates.alumnusId, alumnusId), email ? eq(candidates.emailKey, email.trim().toLowerCase()) : undefined)),
    )
    .orderBy(asc(candidates.createdAt));
}

/** Casual talks the person booked or asked for, with their own note; never the host's private note. */
export async function casualTalksOf(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select({
      id: casualTalks.id,
      status: casualTalks.status,
      positionTitleJa: positions.titleJa,
      positionTitleEn: positions.titleEn,
      startsAt: casualTalks.startsAt,
      endsAt: casualTalks.endsAt,
      format: casualTalks.format,
      note: casualTalks.note,
      cancelledBy: casualTalks.cancelledBy,
      createdAt: casualTalks.createdAt,
    })
    .from(casualTalks)
    .leftJoin(positions, eq(positions.id, casualTalks.positionId))
    .where(and(eq(casualTalks.tenantId, tenantId), eq(casualTalks.alumnusId, alumnusId)))
    .orderBy(asc(casualTalks.createdAt));
}

export async function savedPositionsOf(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select({ positionId: savedPositions.positionId, titleJa: positions.titleJa, titleEn: positions.titleEn, savedAt: savedPositions.savedAt })
    .from(savedPositions)
    .innerJoin(positions, eq(positions.id, savedPositions.positionId))
    .where(and(eq(savedPositions.tenantId, tenantId), eq(savedPositions.alumnusId, alumnusId)))
    .orderBy(asc(savedPositions.savedAt));
}
