import { randomUUID } from "node:crypto";
import type { FieldError } from "../../../shared/contracts/common";
import {
  type MyReferral,
  type MyReferralListQuery,
  type MyReferralPage,
  REFERRAL_VALIDITY_MAX,
  REFERRAL_VALIDITY_MIN,
  type ReferableAlumniQuery,
  type ReferableAlumnusPage,
  type ReferralApplyInput,
  type ReferralApplyResult,
  type ReferralInput,
  type ReferralLanding,
  type ReferralLink,
  type ReferralListQuery,
  type ReferralPage,
  type ReferralSettings,
  type ReferralStatus,
  type ReferralSummary,
} from "../../../shared/contracts/referrals";
import type { Locale } from "../../../shared/locales";
import type { CandidateSource, DefaultStageKey } from "../../../shared/recruiting";
import type { Db } from "../../db/client";
import { type AuditMeta, recordAudit } from "../../platform/audit/audit";
import { type AppDeps, personOf, type RequestContext, type TenantContext } from "../../platform/context";
import { Conflict, DomainError, Gone, Invalid, NotFound } from "../../platform/errors/domain-error";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import type { Outbox } from "../../platform/mail/outbox";
import { transact } from "../../platform/mail/outbox";
import { renderMarkdown } from "../../platform/markdown/render-markdown";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { consume } from "../../platform/security/rate-limit";
import { newToken } from "../../platform/security/tokens";
import { notify } from "../notifications/notifications.service";
import { type ActivityInput, emailKeyOf, enterPipeline, openCandidaciesOf, recordActivities } from "../pipeline/pipeline-entry";
import { listAvailableAlumni } from "../visits/visits.service";
import { renderReferredMail } from "./referral-mail";
import * as repo from "./referrals.repo";

export const REFERRAL_EXPIRY_JOB = "referrals.expire";
const PURPOSE = "referral_requests";
const DAY = 86_400_000;

const nameOf = (family: string, given: string) => `${family} ${given}`;
const titleOf = (locale: Locale, p: { titleJa: string; titleEn: string }) => (locale === "en" && p.titleEn ? p.titleEn : p.titleJa);
const fieldError = (locale: Locale, path: string, code: string, key: MessageKey): FieldError => ({ path, code, message: translate(locale, key) });

const positionClosed = () => Conflict("position_closed", "referrals.errors.position_closed");

async function audit(ctx: TenantContext, tx: Db, action: string, id: string, meta: AuditMeta = {}) {
  await recordAudit(tx, { tenantId: ctx.tenant.id, actor: ctx.actor, action, targetType: "referral", targetId: id, requestId: ctx.requestId, meta });
}

async function openPosition(ctx: TenantContext, db: Db, positionId: string): Promise<repo.PositionRow> {
  const position = await repo.findPosition(db, ctx.tenant.id, positionId);
  if (!position) throw NotFound();
  if (position.status !== "open") throw positionClosed();
  return position;
}

// ---------------------------------------------------------------- shapes

const OPEN_STATUSES: ReferralStatus[] = ["submitted", "in_pipeline"];

function toMine(locale: Locale, row: repo.ReferralListRow): MyReferral {
  const r = row.referral;
  const status = row.status as ReferralStatus;
  const stageName = OPEN_STATUSES.includes(status) && row.stageNameJa ? (locale === "en" ? row.stageNameEn : row.stageNameJa) : null;
  return {
    id: r.id,
    kind: r.kind as MyReferral["kind"],
    status,
    stageName,
    position:
      r.positionId && row.positionTitleJa !== null
        ? {
            id: r.positionId,
            titleJa: row.positionTitleJa,
            titleEn: row.positionTitleEn ?? row.positionTitleJa,
            title: titleOf(locale, { titleJa: row.positionTitleJa, titleEn: row.positionTitleEn ?? "" }),
          }
        : null,
    personName: r.fullName,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  };
}

function toSummary(locale: Locale, row: repo.ReferralListRow): ReferralSummary {
  const r = row.referral;
  return {
    ...toMine(locale, row),
    referrer: r.referrerUserId ? { id: r.referrerUserId, name: row.referrerName ?? "" } : null,
    candidateId: r.candidateId,
    relationship: r.relationship,
  };
}

async function readMine(ctx: TenantContext, id: string): Promise<MyReferral> {
  const row = await repo.findReferral(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  return toMine(ctx.locale, row);
}

// ---------------------------------------------------------------- the shared core: one referral in

interface Person {
  alumnusId: string | null;
  fullName: string;
  email: string | null;
  phone: string | null;
}

interface Entry {
  kind: "friend" | "alumnus" | "link";
  person: Person;
  position: repo.PositionRow;
  referrerUserId: string;
  linkId?: string | null;
  relationship: string | null;
  reason: string | null;
  personAware: boolean;
  source: CandidateSource;
  stageKey: DefaultStageKey;
}

/**
 * Stores a referral and brings the person into the pipeline through its one door. A person with any open
 * candidacy is not created again: the referral is linked to it as `duplicate` and HR sees the second referrer on
 * the candidate's timeline.
 */
async function recordReferral(ctx: TenantContext, tx: Db, entry: Entry): Promise<repo.ReferralRow> {
  const referralId = randomUUID();
  const days = await repo.validityDays(tx, ctx.tenant.id);
  const activity: ActivityInput = {
    kind: entry.kind === "link" ? "application" : "referral",
    body: entry.reason,
    data: { referralId, referralKind: entry.kind, referrerUserId: entry.referrerUserId, relationship: entry.relationship, positionId: entry.position.id },
  };
  const open = await openCandidaciesOf(tx, ctx, { alumnusId: entry.person.alumnusId, email: entry.person.email });
  let candidateId: string;
  let status: "duplicate" | "in_pipeline";
  if (open.length) {
    const known = open.find((c) => c.positionId === entry.position.id) ?? open[0]!;
    await recordActivities(tx, ctx, known.id, [{ ...activity, data: { ...activity.data, duplicate: true } }]);
    candidateId = known.id;
    status = "duplicate";
  } else {
    const entered = await enterPipeline(tx, ctx, {
      person: entry.person,
      positionId: entry.position.id,
      source: entry.source,
      referrerUserId: entry.referrerUserId,
      stageKey: entry.stageKey,
      activity,
    });
    candidateId = entered.candidate.id;
    status = "in_pipeline";
  }
  const created = await repo.insertReferral(tx, {
    id: referralId,
    tenantId: ctx.tenant.id,
    referrerUserId: entry.referrerUserId,
    positionId: entry.position.id,
    kind: entry.kind,
    alumnusId: entry.person.alumnusId,
    linkId: entry.linkId ?? null,
    fullName: entry.person.fullName,
    email: entry.person.email,
    phone: entry.person.phone,
    relationship: entry.relationship,
    reason: entry.reason,
    personAware: entry.personAware,
    status,
    candidateId,
    expiresAt: new Date(Date.now() + days * DAY),
  });
  await audit(ctx, tx, "referral.created", created.id, { kind: entry.kind, status, positionId: entry.position.id, candidateId });
  return created;
}

// ---------------------------------------------------------------- referring

function checkFriend(locale: Locale, input: Extract<ReferralInput, { kind: "friend" }>) {
  const errors: FieldError[] = [];
  if (!input.email && !input.phone?.trim()) errors.push(fieldError(locale, "email", "contact_required", "referrals.errors.contact_required"));
  if (!input.personAware) errors.push(fieldError(locale, "personAware", "person_must_know", "referrals.errors.person_must_know"));
  if (errors.length) throw Invalid(errors);
}

/** The alumnus may be referred only while they consent to referral requests, checked at this moment. */
async function referableAlumnus(ctx: TenantContext, tx: Db, alumnusId: string) {
  const contact = await repo.findAlumnusContact(tx, ctx.tenant.id, alumnusId);
  if (!contact) throw NotFound();
  if (contact.consent === false) throw new DomainError(422, "consent_withdrawn", "referrals.errors.consent_withdrawn");
  if (!contact.consent || !contact.registeredAt || !contact.active) throw new DomainError(422, "not_consented", "referrals.errors.not_consented");
  return contact;
}

export async function createReferral({ ctx, input }: { ctx: TenantContext; input: ReferralInput }): Promise<MyReferral> {
  const me = personOf(ctx, "referrals_need_person");
  if (input.kind === "friend") checkFriend(ctx.locale, input);
  const id = await transact(ctx, async (tx, outbox) => {
    const position = await openPosition(ctx, tx, input.positionId);
    const alumnus = input.kind === "alumnus" ? await referableAlumnus(ctx, tx, input.alumnusId) : null;
    const person: Person = alumnus
      ? { alumnusId: alumnus.id, fullName: nameOf(alumnus.familyName, alumnus.givenName), email: alumnus.email, phone: null }
      : input.kind === "friend"
        ? { alumnusId: null, fullName: input.fullName, email: input.email ?? null, phone: input.phone?.trim() || null }
        : (undefined as never);
    const emailKey = alumnus ? null : emailKeyOf(person.email);
    const who = person.alumnusId ?? emailKey ?? `${person.fullName}|${person.phone}`;
    await repo.lockReferralKey(tx, `referral:${ctx.tenant.id}:${me.userId}:${position.id}:${who}`);
    const earlier = await repo.findLiveReferralBy(tx, {
      tenantId: ctx.tenant.id,
      referrerUserId: me.userId,
      positionId: position.id,
      alumnusId: person.alumnusId,
      emailKey,
      phone: person.phone,
      fullName: person.fullName,
    });
    if (earlier) throw Conflict("already_referred", "referrals.errors.already_referred");
    const created = await recordReferral(ctx, tx, {
      kind: input.kind,
      person,
      position,
      referrerUserId: me.userId,
      relationship: input.relationship,
      reason: input.reason,
      personAware: input.kind === "friend" ? input.personAware : true,
      source: input.kind === "friend" ? "employee_referral" : "alumni_referral",
      stageKey: "contacted",
    });
    if (alumnus) await tellReferredAlumnus(ctx, tx, outbox, created, alumnus, position, me.userId);
    return created.id;
  });
  return readMine(ctx, id);
}

/** The referred former colleague hears of it in the portal and by a polite mail (consent re-checked at sending). */
async function tellReferredAlumnus(
  ctx: TenantContext,
  tx: Db,
  outbox: Outbox,
  referral: repo.ReferralRow,
  alumnus: NonNullable<Awaited<ReturnType<typeof repo.findAlumnusContact>>>,
  position: repo.PositionRow,
  referrerUserId: string,
) {
  const referrerName = ctx.user?.name ?? (await repo.userName(tx, referrerUserId)) ?? "";
  if (alumnus.userId) {
    await notify(tx, {
      tenantId: ctx.tenant.id,
      actorUserId: referrerUserId,
      notices: [
        {
          userId: alumnus.userId,
          kind: "referral_received",
          data: { referralId: referral.id, positionId: position.id, actorName: referrerName, title: position.titleJa, titleEn: position.titleEn },
        },
      ],
    });
  }
  if (!alumnus.email) return;
  const locale: Locale = alumnus.locale === "en" ? "en" : "ja";
  await outbox.queue({
    tenantId: ctx.tenant.id,
    to: alumnus.email,
    locale,
    template: "referral_received",
    content: renderReferredMail(
      locale,
      { tenantName: ctx.tenant.name, alumnusName: nameOf(alumnus.familyName, alumnus.givenName), referrerName, positionTitle: titleOf(locale, position) },
      `${ctx.baseUrl}/alumni/jobs/${position.id}`,
    ),
    purpose: PURPOSE,
    alumnusId: alumnus.id,
    idempotencyKey: `referral:${referral.id}:alumnus`,
  });
}

export async function listReferableAlumni({ ctx, query }: { ctx: TenantContext; query: ReferableAlumniQuery }): Promise<ReferableAlumnusPage> {
  if (!query.alumnusId) return listAvailableAlumni({ ctx, query: { q: query.q, cursor: query.cursor, limit: query.limit } });
  const contact = await repo.findAlumnusContact(ctx.db, ctx.tenant.id, query.alumnusId);
  if (!contact?.consent || !contact.registeredAt || !contact.active) return { items: [], total: 0, nextCursor: null };
  const { id, department, currentEmployer, currentRole, skills } = contact;
  return { items: [{ id, name: nameOf(contact.familyName, contact.givenName), department, currentEmployer, currentRole, skills }], total: 1, nextCursor: null };
}

// ---------------------------------------------------------------- what referrers and HR see

export async function listMyReferrals({ ctx, query }: { ctx: TenantContext; query: MyReferralListQuery }): Promise<MyReferralPage> {
  const me = personOf(ctx, "referrals_need_person");
  const { rows, total } = await repo.listReferrals(ctx.db, {
    tenantId: ctx.tenant.id,
    referrerUserId: me.userId,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    total,
    (row) => toMine(ctx.locale, row),
    (row) => createdAtCursorOf(row.referral),
  );
}

export async function listReferrals({ ctx, query }: { ctx: TenantContext; query: ReferralListQuery }): Promise<ReferralPage> {
  const { rows, total } = await repo.listReferrals(ctx.db, {
    tenantId: ctx.tenant.id,
    status: query.status,
    positionId: query.positionId,
    referrerUserId: query.referrerUserId,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    total,
    (row) => toSummary(ctx.locale, row),
    (row) => createdAtCursorOf(row.referral),
  );
}

// ---------------------------------------------------------------- settings and expiry

export async function readSettings({ ctx }: { ctx: TenantContext }): Promise<ReferralSettings> {
  return { referralValidityDays: await repo.validityDays(ctx.db, ctx.tenant.id) };
}

export async function updateSettings({ ctx, input }: { ctx: TenantContext; input: ReferralSettings }): Promise<ReferralSettings> {
  const days = input.referralValidityDays;
  if (days < REFERRAL_VALIDITY_MIN || days > REFERRAL_VALIDITY_MAX)
    throw Invalid([fieldError(ctx.locale, "referralValidityDays", "out_of_range", "referrals.errors.validity_range")]);
  await ctx.db.transaction(async (tx) => {
    await repo.saveValidityDays(tx, ctx.tenant.id, days);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "referral_settings.updated",
      targetType: "tenant",
      targetId: ctx.tenant.id,
      requestId: ctx.requestId,
      meta: { referralValidityDays: days },
    });
  });
  return { referralValidityDays: days };
}

/** The daily pass: referrals still in the first stage past their validity become expired (every tenant). */
export async function expireReferrals(deps: AppDeps, now = new Date()): Promise<number> {
  const expired = await repo.expireDue(deps.database.db, now);
  return expired.length;
}

// ---------------------------------------------------------------- personal referral links

async function linkView(ctx: TenantContext, db: Db, link: repo.ReferralLinkRow): Promise<ReferralLink> {
  return {
    id: link.id,
    positionId: link.positionId,
    token: link.token,
    url: `${ctx.baseUrl}/r/${link.token}`,
    openCount: link.openCount,
    applicationCount: await repo.applicationCount(db, ctx.tenant.id, link.id),
    createdAt: link.createdAt.toISOString(),
  };
}

/** The caller's own link for one open position: made once, the same ever after. */
export async function myReferralLink({ ctx, positionId }: { ctx: TenantContext; positionId: string }): Promise<ReferralLink> {
  const me = personOf(ctx, "referrals_need_person");
  await openPosition(ctx, ctx.db, positionId);
  let link = await repo.findLinkOf(ctx.db, ctx.tenant.id, me.userId, positionId);
  if (!link) {
    await repo.insertLinkIfAbsent(ctx.db, { tenantId: ctx.tenant.id, userId: me.userId, positionId, token: newToken(32) });
    link = await repo.findLinkOf(ctx.db, ctx.tenant.id, me.userId, positionId);
  }
  if (!link) throw new Error("referral link vanished");
  return linkView(ctx, ctx.db, link);
}

const unknownLink = () => new DomainError(404, "referral_link_unknown", "referrals.errors.link_unknown");
const closedLink = () => Gone("referral_link_closed", "referrals.errors.link_position_closed");

/** The link's tenant, position and referrer, while the position is open and the referrer still a member. */
async function liveLink(ctx: RequestContext, token: string) {
  const found = await repo.findLinkByToken(ctx.db, token);
  if (!found) throw unknownLink();
  const position = await repo.findPosition(ctx.db, found.tenant.id, found.link.positionId);
  if (position?.status !== "open" || !found.referrerActive) throw closedLink();
  const tenantCtx: TenantContext = { ...ctx, tenant: found.tenant, actor: { kind: "system", role: "admin" } };
  return { ...found, position, tenantCtx };
}

export async function readLanding({ ctx, token }: { ctx: RequestContext; token: string }): Promise<ReferralLanding> {
  await consume(ctx.db, { key: `referral_link:ip:${ctx.clientIp}`, max: 300, windowSeconds: 15 * 60 });
  const { link, tenant, referrerName, position } = await liveLink(ctx, token);
  await repo.countOpen(ctx.db, link.id);
  return {
    companyName: tenant.name,
    referrerName,
    position: {
      title: titleOf(ctx.locale, position),
      department: position.department,
      location: position.location,
      employmentType: position.employmentType,
      skills: position.skills,
      descriptionHtml: renderMarkdown(ctx.locale === "en" && position.descriptionEn ? position.descriptionEn : position.descriptionJa),
    },
  };
}

/**
 * An application through a referral link, attributed to the link's owner. The answer is the same whether or not
 * the person is already known, so the form reveals nothing about who is in the pipeline.
 */
export async function applyThroughLink({ ctx, token, input }: { ctx: RequestContext; token: string; input: ReferralApplyInput }): Promise<ReferralApplyResult> {
  await consume(ctx.db, { key: `referral_apply:ip:${ctx.clientIp}`, max: 10, windowSeconds: 60 * 60 });
  if (!input.privacyConsent) throw Invalid([fieldError(ctx.locale, "privacyConsent", "consent_required", "referrals.errors.privacy_consent_required")]);
  const { link, position, tenantCtx } = await liveLink(ctx, token);
  const emailKey = emailKeyOf(input.email) as string;
  await ctx.db.transaction(async (tx) => {
    await repo.lockReferralKey(tx, `referral-link:${link.id}:${emailKey}`);
    if (await repo.findLiveLinkReferral(tx, tenantCtx.tenant.id, link.id, emailKey)) return;
    await recordReferral(tenantCtx, tx, {
      kind: "link",
      person: { alumnusId: null, fullName: input.fullName, email: input.email, phone: input.phone?.trim() || null },
      position,
      referrerUserId: link.userId,
      linkId: link.id,
      relationship: null,
      reason: input.message?.trim() || null,
      personAware: true,
      source: "employee_referral",
      stageKey: "applied",
    });
  });
  return { received: true };
}
