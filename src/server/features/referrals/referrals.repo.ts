import { and, desc, eq, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { alumniConsents } from "../../db/schema/privacy";
import { candidates, pipelineStages, positions, recruitingSettings, referralLinks, referrals } from "../../db/schema/recruiting";
import { memberships, tenants, users } from "../../db/schema/tenancy";

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferral = typeof referrals.$inferInsert;
export type ReferralLinkRow = typeof referralLinks.$inferSelect;

export const DEFAULT_VALIDITY_DAYS = 180;

// ---------------------------------------------------------------- positions and settings

export async function findPosition(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select({
      id: positions.id,
      titleJa: positions.titleJa,
      titleEn: positions.titleEn,
      status: positions.status,
      department: positions.department,
      location: positions.location,
      employmentType: positions.employmentType,
      skills: positions.skills,
      descriptionJa: positions.descriptionJa,
      descriptionEn: positions.descriptionEn,
    })
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.id, id)))
    .limit(1);
  return row;
}

export type PositionRow = NonNullable<Awaited<ReturnType<typeof findPosition>>>;

export async function validityDays(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ days: recruitingSettings.referralValidityDays })
    .from(recruitingSettings)
    .where(eq(recruitingSettings.tenantId, tenantId))
    .limit(1);
  return row?.days ?? DEFAULT_VALIDITY_DAYS;
}

export async function saveValidityDays(db: Db, tenantId: string, days: number): Promise<void> {
  await db
    .insert(recruitingSettings)
    .values({ tenantId, referralValidityDays: days })
    .onConflictDoUpdate({ target: recruitingSettings.tenantId, set: { referralValidityDays: days, updatedAt: new Date() } });
}

// ---------------------------------------------------------------- people

/** The alumnus with the account to write to, and whether they consent to referral requests right now. */
export async function findAlumnusContact(db: Db, tenantId: string, alumnusId: string) {
  const [row] = await db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      department: alumni.department,
      currentEmployer: alumni.currentEmployer,
      currentRole: alumni.currentRole,
      skills: alumni.skills,
      userId: alumni.userId,
      registeredAt: alumni.registeredAt,
      email: users.email,
      locale: users.locale,
      /** true: consents; false: withdrew; null: never answered. */
      consent: alumniConsents.granted,
      active: sql<boolean>`exists (
        select 1 from ${memberships} m where m.user_id = ${alumni.userId} and m.tenant_id = ${alumni.tenantId} and m.status = 'active'
      )`,
    })
    .from(alumni)
    .leftJoin(users, eq(users.id, alumni.userId))
    .leftJoin(alumniConsents, and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, "referral_requests")))
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .limit(1);
  return row;
}

export async function userName(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.name ?? null;
}

/** Serialises referrals of one person by one referrer to one position (a double click posts twice). */
export async function lockReferralKey(tx: Db, key: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

// ---------------------------------------------------------------- referrals

/**
 * The status a referrer sees, derived from the candidate's stage on every read: a hire or a rejection shows at
 * once, and a referral still in the first stage after `expires_at` reads as expired even before the daily job.
 */
export const derivedStatus = sql<string>`case
  when ${referrals.status} in ('expired', 'duplicate') then ${referrals.status}
  when ${pipelineStages.kind} = 'hired' then 'hired'
  when ${pipelineStages.kind} in ('declined', 'withdrawn') then 'not_hired'
  when ${pipelineStages.key} = 'contacted' and ${referrals.expiresAt} < now() then 'expired'
  when ${pipelineStages.key} = 'contacted' then 'submitted'
  when ${pipelineStages.id} is not null then 'in_pipeline'
  when ${referrals.expiresAt} < now() then 'expired'
  else ${referrals.status} end`;

const referrer = alias(users, "referrer");

const listColumns = {
  referral: referrals,
  status: derivedStatus,
  stageKind: pipelineStages.kind,
  stageNameJa: pipelineStages.nameJa,
  stageNameEn: pipelineStages.nameEn,
  positionTitleJa: positions.titleJa,
  positionTitleEn: positions.titleEn,
  referrerName: referrer.name,
};

function listFrom(db: Db) {
  return db
    .select(listColumns)
    .from(referrals)
    .leftJoin(candidates, and(eq(candidates.id, referrals.candidateId), eq(candidates.tenantId, referrals.tenantId)))
    .leftJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
    .leftJoin(positions, eq(positions.id, referrals.positionId))
    .leftJoin(referrer, eq(referrer.id, referrals.referrerUserId));
}

export async function listReferrals(
  db: Db,
  input: {
    tenantId: string;
    referrerUserId?: string;
    positionId?: string;
    status?: string;
    after: { c: string; i: string } | null;
    limit: number;
  },
) {
  const where = and(
    eq(referrals.tenantId, input.tenantId),
    input.referrerUserId ? eq(referrals.referrerUserId, input.referrerUserId) : undefined,
    input.positionId ? eq(referrals.positionId, input.positionId) : undefined,
    input.status ? sql`(${derivedStatus}) = ${input.status}` : undefined,
  );
  const page = input.after
    ? and(where, or(lt(referrals.createdAt, new Date(input.after.c)), and(eq(referrals.createdAt, new Date(input.after.c)), lt(referrals.id, input.after.i))))
    : where;
  const [rows, [total]] = await Promise.all([
    listFrom(db)
      .where(page)
      .orderBy(desc(referrals.createdAt), desc(referrals.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(referrals)
      .leftJoin(candidates, and(eq(candidates.id, referrals.candidateId), eq(candidates.tenantId, referrals.tenantId)))
      .leftJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findReferral(db: Db, tenantId: string, id: string) {
  const [row] = await listFrom(db)
    .where(and(eq(referrals.tenantId, tenantId), eq(referrals.id, id)))
    .limit(1);
  return row;
}

export type ReferralListRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

/**
 * The same referrer's earlier referral of the same person to the same position that has not expired: submitting
 * twice answers with the first one. People are matched by alumnus, by email, or (phone only) by name and phone.
 */
export async function findLiveReferralBy(
  db: Db,
  input: {
    tenantId: string;
    referrerUserId: string;
    positionId: string;
    alumnusId?: string | null;
    emailKey?: string | null;
    phone?: string | null;
    fullName: string;
  },
) {
  const person: SQL | undefined = input.alumnusId
    ? eq(referrals.alumnusId, input.alumnusId)
    : input.emailKey
      ? sql`lower(trim(${referrals.email})) = ${input.emailKey}`
      : and(eq(referrals.fullName, input.fullName), eq(referrals.phone, input.phone ?? ""));
  const rows = await listFrom(db)
    .where(and(eq(referrals.tenantId, input.tenantId), eq(referrals.referrerUserId, input.referrerUserId), eq(referrals.positionId, input.positionId), person))
    .orderBy(desc(referrals.createdAt))
    .limit(5);
  const now = Date.now();
  return rows.find((r) => r.status !== "expired" && !(r.status === "duplicate" && r.referral.expiresAt.getTime() < now));
}

/** An application through the same link by the same email that has not expired: a second post is the same one. */
export async function findLiveLinkReferral(db: Db, tenantId: string, linkId: string, emailKey: string) {
  const rows = await listFrom(db)
    .where(and(eq(referrals.tenantId, tenantId), eq(referrals.linkId, linkId), sql`lower(trim(${referrals.email})) = ${emailKey}`))
    .orderBy(desc(referrals.createdAt))
    .limit(1);
  return rows.find((r) => r.status !== "expired");
}

export async function insertReferral(db: Db, row: NewReferral): Promise<ReferralRow> {
  const [created] = await db.insert(referrals).values(row).returning();
  return created!;
}

/**
 * The daily rule: referrals still waiting in the first stage (`contacted`) past their expiry become expired. A
 * referral whose candidacy is gone or was never made expires the same way.
 */
export async function expireDue(db: Db, now = new Date()) {
  const firstStage = db
    .select({ id: candidates.id })
    .from(candidates)
    .innerJoin(pipelineStages, eq(pipelineStages.id, candidates.stageId))
    .where(and(eq(pipelineStages.key, "contacted"), isNull(candidates.closedAt)));
  return db
    .update(referrals)
    .set({ status: "expired", updatedAt: now })
    .where(
      and(
        inArray(referrals.status, ["submitted", "in_pipeline"]),
        lt(referrals.expiresAt, now),
        or(isNull(referrals.candidateId), inArray(referrals.candidateId, firstStage)),
      ),
    )
    .returning({ id: referrals.id, tenantId: referrals.tenantId });
}

// ---------------------------------------------------------------- referral links

export async function findLinkOf(db: Db, tenantId: string, userId: string, positionId: string) {
  const [row] = await db
    .select()
    .from(referralLinks)
    .where(and(eq(referralLinks.tenantId, tenantId), eq(referralLinks.userId, userId), eq(referralLinks.positionId, positionId)))
    .limit(1);
  return row;
}

/** Two tabs asking at once both end with the one link: the (tenant, user, position) key decides. */
export async function insertLinkIfAbsent(db: Db, row: typeof referralLinks.$inferInsert): Promise<void> {
  await db
    .insert(referralLinks)
    .values(row)
    .onConflictDoNothing({ target: [referralLinks.tenantId, referralLinks.userId, referralLinks.positionId] });
}

export async function applicationCount(db: Db, tenantId: string, linkId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(referrals)
    .where(and(eq(referrals.tenantId, tenantId), eq(referrals.linkId, linkId)));
  return row?.n ?? 0;
}

/** A link by its token, with its tenant and the referrer's display name: the public landing's only entry. */
export async function findLinkByToken(db: Db, token: string) {
  const [row] = await db
    .select({
      link: referralLinks,
      tenant: { id: tenants.id, slug: tenants.slug, name: tenants.name, mfaRequiredForStaff: tenants.mfaRequiredForStaff },
      referrerName: users.name,
      referrerActive: sql<boolean>`exists (
        select 1 from ${memberships} m where m.user_id = ${referralLinks.userId} and m.tenant_id = ${referralLinks.tenantId} and m.status = 'active'
      )`,
    })
    .from(referralLinks)
    .innerJoin(tenants, eq(tenants.id, referralLinks.tenantId))
    .innerJoin(users, eq(users.id, referralLinks.userId))
    .where(eq(referralLinks.token, token))
    .limit(1);
  return row;
}

export async function countOpen(db: Db, linkId: string): Promise<void> {
  await db
    .update(referralLinks)
    .set({ openCount: sql`${referralLinks.openCount} + 1` })
    .where(eq(referralLinks.id, linkId));
}
