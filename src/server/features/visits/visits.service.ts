import type { FieldError } from "../../../shared/contracts/common";
import type {
  AvailableAlumnusPage,
  MyVisit,
  MyVisitPage,
  Visit,
  VisitAcceptInput,
  VisitCompleteInput,
  VisitDeclineInput,
  VisitListQuery,
  VisitPage,
  VisitRequestInput,
  VisitScheduleInput,
  VisitSlot,
  VisitStatus,
  VisitSummary,
} from "../../../shared/contracts/visits";
import { searchTermsOf } from "../../../shared/japanese-text";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import type { ProposedSlot } from "../../db/schema/visits";
import { type AuditMeta, recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from "../../platform/errors/domain-error";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import type { Outbox } from "../../platform/mail/outbox";
import { transact } from "../../platform/mail/outbox";
import { createdAtCursorOf, decodeCursor, encodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { notify } from "../notifications/notifications.service";
import { renderVisitCancelled, renderVisitRequest, renderVisitScheduled, type VisitFacts, visitCalendar } from "./visit-mail";
import * as repo from "./visits.repo";

const MINUTE = 60_000;
const MIN_SLOT = 15 * MINUTE;
const MAX_SLOT = 180 * MINUTE;
const PURPOSE = "referral_requests";

type Row = NonNullable<Awaited<ReturnType<typeof repo.findVisit>>>;
type Side = "requester" | "alumnus";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const nameOf = (family: string, given: string) => `${family} ${given}`;
const wrongState = () => Conflict("visit_wrong_state", "visits.errors.wrong_state");

// ---------------------------------------------------------------- slots

/** Checks proposed slots the way a person would: real times, 15 min–3 h, in the future, not overlapping. */
function checkSlots(locale: Locale, slots: VisitSlot[], path: string, required: boolean, now = new Date()): ProposedSlot[] {
  const errors: FieldError[] = [];
  const fail = (at: string, code: string, key: MessageKey) => errors.push({ path: at, code, message: translate(locale, key) });
  if (required && slots.length === 0) fail(path, "slots_required", "visits.slots.required");
  const parsed: { startsAt: Date; endsAt: Date }[] = [];
  for (const [index, slot] of slots.entries()) {
    const at = `${path}.${index}`;
    const startsAt = parseInstant(slot.startsAt);
    const endsAt = parseInstant(slot.endsAt);
    const problem = slotProblem(startsAt, endsAt, now, parsed);
    if (problem) fail(`${at}.${problem.field}`, problem.code, problem.key);
    else if (startsAt && endsAt) parsed.push({ startsAt, endsAt });
  }
  if (errors.length) throw Invalid(errors);
  return parsed
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((p) => ({ startsAt: p.startsAt.toISOString(), endsAt: p.endsAt.toISOString() }));
}

function slotProblem(
  startsAt: Date | null,
  endsAt: Date | null,
  now: Date,
  earlier: { startsAt: Date; endsAt: Date }[],
): { field: "startsAt" | "endsAt"; code: string; key: MessageKey } | null {
  if (!startsAt) return { field: "startsAt", code: "invalid_time", key: "visits.slots.invalid_time" };
  if (!endsAt) return { field: "endsAt", code: "invalid_time", key: "visits.slots.invalid_time" };
  const length = endsAt.getTime() - startsAt.getTime();
  if (startsAt.getTime() <= now.getTime()) return { field: "startsAt", code: "slot_in_past", key: "visits.slots.in_past" };
  if (length <= 0) return { field: "endsAt", code: "end_before_start", key: "visits.slots.end_before_start" };
  if (length < MIN_SLOT) return { field: "endsAt", code: "slot_too_short", key: "visits.slots.too_short" };
  if (length > MAX_SLOT) return { field: "endsAt", code: "slot_too_long", key: "visits.slots.too_long" };
  if (earlier.some((p) => p.startsAt < endsAt && startsAt < p.endsAt)) return { field: "startsAt", code: "slot_overlap", key: "visits.slots.overlap" };
  return null;
}

/** ISO 8601 with a zone (Z or ±hh:mm) only: a bare local time would be read in the server's zone. */
function parseInstant(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

// ---------------------------------------------------------------- who is asking

function memberOf(ctx: TenantContext) {
  return ctx.actor.kind === "member" ? ctx.actor : null;
}

/** HR sees every visit; an employee only the visits they asked for (others look absent: 404). */
async function visitForRequester(ctx: TenantContext, db: Db, id: string, forUpdate = false): Promise<Row> {
  const row = await repo.findVisit(db, ctx.tenant.id, id, forUpdate);
  if (!row) throw NotFound();
  const member = memberOf(ctx);
  if (member?.role === "employee" && row.visit.requestedByUserId !== member.userId) throw NotFound();
  return row;
}

async function myAlumnusId(ctx: TenantContext, db: Db): Promise<string> {
  const member = memberOf(ctx);
  if (!member) throw Forbidden("visits_need_person", "visits.errors.not_alumnus");
  const alumnusId = await repo.alumnusIdOfUser(db, ctx.tenant.id, member.userId);
  // A member with the alumnus role but no directory record has no visits, as the rest of the portal answers.
  if (!alumnusId) throw NotFound();
  return alumnusId;
}

async function visitForAlumnus(ctx: TenantContext, db: Db, id: string, forUpdate = false): Promise<Row> {
  const alumnusId = await myAlumnusId(ctx, db);
  const row = await repo.findVisit(db, ctx.tenant.id, id, forUpdate);
  if (!row || row.visit.alumnusId !== alumnusId) throw NotFound();
  return row;
}

// ---------------------------------------------------------------- shapes

function toSummary(row: Row): VisitSummary {
  const v = row.visit;
  return {
    id: v.id,
    status: v.status as VisitStatus,
    format: v.format as VisitSummary["format"],
    alumnus: { id: v.alumnusId, name: nameOf(row.alumnusFamilyName, row.alumnusGivenName), department: row.alumnusDepartment },
    requestedByUserId: v.requestedByUserId,
    requesterName: row.requesterName,
    candidateName: v.candidateName,
    candidateAffiliation: v.candidateAffiliation,
    candidateEmail: v.candidateEmail,
    topic: v.topic,
    proposedSlots: v.proposedSlots,
    agreedStartsAt: iso(v.agreedStartsAt),
    agreedEndsAt: iso(v.agreedEndsAt),
    meetingDetails: v.meetingDetails,
    declineReason: v.declineReason,
    outcomeNote: v.outcomeNote,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

async function toVisit(ctx: TenantContext, db: Db, row: Row): Promise<Visit> {
  const timeline = await repo.timelineOf(db, ctx.tenant.id, row.visit.id);
  return {
    ...toSummary(row),
    message: row.visit.message,
    timeline: timeline.map((e) => ({ action: e.action, actor: e.actor, at: e.at.toISOString() })),
  };
}

/** The alumnus's view: no candidate email, no internal ids of the requester. */
function toMyVisit(company: string, row: Row): MyVisit {
  const { alumnus: _a, requestedByUserId: _r, candidateEmail: _e, ...rest } = toSummary(row);
  return { ...rest, company, message: row.visit.message };
}

function factsOf(ctx: TenantContext, v: repo.VisitRow): VisitFacts {
  return {
    id: v.id,
    tenantName: ctx.tenant.name,
    candidateName: v.candidateName,
    candidateAffiliation: v.candidateAffiliation,
    topic: v.topic,
    format: v.format,
    startsAt: v.agreedStartsAt,
    endsAt: v.agreedEndsAt,
    meetingDetails: v.meetingDetails,
    sequence: v.sequence,
  };
}

// ---------------------------------------------------------------- links, notices and mail

const alumnusLink = (ctx: TenantContext) => `${ctx.baseUrl}/alumni/visits`;
const requesterLink = (ctx: TenantContext, role: string, id: string) =>
  role === "employee" ? `${ctx.baseUrl}/me/visits/${id}` : `${ctx.baseUrl}/admin/visits/${id}`;

async function audit(ctx: TenantContext, tx: Db, action: string, id: string, meta: AuditMeta = {}) {
  await recordAudit(tx, { tenantId: ctx.tenant.id, actor: ctx.actor, action, targetType: "visit", targetId: id, requestId: ctx.requestId, meta });
}

/** Tells the other side (or both, when HR acts for the requester) that the visit moved. */
async function noticeOfUpdate(ctx: TenantContext, tx: Db, row: Row, status: string) {
  const alumnus = await repo.findAlumnusContact(tx, ctx.tenant.id, row.visit.alumnusId);
  const userIds = [alumnus?.userId, row.visit.requestedByUserId].filter((id): id is string => Boolean(id));
  await notify(tx, {
    tenantId: ctx.tenant.id,
    actorUserId: memberOf(ctx)?.userId ?? null,
    notices: userIds.map((userId) => ({ userId, kind: "visit_update", data: { visitId: row.visit.id, status, topic: row.visit.topic.slice(0, 80) } })),
  });
}

/** The agreed-time mail (or its cancellation) to both sides; the alumnus's copy re-checks consent at send time. */
async function mailBothSides(ctx: TenantContext, tx: Db, outbox: Outbox, v: repo.VisitRow, kind: "scheduled" | "cancelled") {
  const render = kind === "scheduled" ? renderVisitScheduled : renderVisitCancelled;
  const alumnus = await repo.findAlumnusContact(tx, ctx.tenant.id, v.alumnusId);
  if (alumnus?.email) {
    const locale = (alumnus.locale as Locale) ?? "ja";
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: alumnus.email,
      locale,
      template: `visit_${kind}`,
      content: render(locale, factsOf(ctx, v), alumnusLink(ctx)),
      purpose: PURPOSE,
      alumnusId: v.alumnusId,
      idempotencyKey: `visit:${v.id}:${kind}:${v.sequence}:alumnus`,
    });
  }
  const requester = v.requestedByUserId ? await repo.findPerson(tx, ctx.tenant.id, v.requestedByUserId) : undefined;
  if (requester) {
    const locale = requester.locale as Locale;
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: requester.email,
      locale,
      template: `visit_${kind}`,
      content: render(locale, factsOf(ctx, v), requesterLink(ctx, requester.role, v.id)),
      idempotencyKey: `visit:${v.id}:${kind}:${v.sequence}:requester`,
    });
  }
}

// ---------------------------------------------------------------- requester side

export async function listAvailableAlumni({
  ctx,
  query,
}: {
  ctx: TenantContext;
  query: { q?: string; cursor?: string; limit: number };
}): Promise<AvailableAlumnusPage> {
  const isKeyCursor = (v: unknown): v is { k: string; i: string } =>
    typeof v === "object" && v !== null && typeof (v as { k: unknown }).k === "string" && typeof (v as { i: unknown }).i === "string";
  const { rows, total } = await repo.listAskable(ctx.db, {
    tenantId: ctx.tenant.id,
    terms: query.q ? searchTermsOf(query.q) : [],
    after: decodeCursor(query.cursor, isKeyCursor),
    limit: query.limit,
  });
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return {
    items: rows.slice(0, query.limit).map((r) => ({
      id: r.id,
      name: nameOf(r.familyName, r.givenName),
      department: r.department,
      currentEmployer: r.currentEmployer,
      currentRole: r.currentRole,
      skills: r.skills,
    })),
    total,
    nextCursor: last ? encodeCursor({ k: last.sortKey, i: last.id }) : null,
  };
}

export async function requestVisit({ ctx, input }: { ctx: TenantContext; input: VisitRequestInput }): Promise<Visit> {
  const slots = checkSlots(ctx.locale, input.proposedSlots, "proposedSlots", false);
  const id = await transact(ctx, async (tx, outbox) => {
    const alumnus = await repo.findAlumnusContact(tx, ctx.tenant.id, input.alumnusId);
    if (!alumnus) throw NotFound();
    if (!alumnus.askable || !alumnus.registeredAt) throw new DomainError(422, "visit_not_askable", "visits.errors.not_askable");
    const requester = memberOf(ctx);
    const created = await repo.insertVisit(tx, {
      tenantId: ctx.tenant.id,
      alumnusId: alumnus.id,
      requestedByUserId: requester?.userId ?? null,
      candidateName: input.candidateName,
      candidateAffiliation: input.candidateAffiliation,
      candidateEmail: input.candidateEmail ?? null,
      topic: input.topic,
      message: input.message ?? null,
      format: input.format,
      proposedSlots: slots,
    });
    await audit(ctx, tx, "visit.requested", created.id, { alumnusId: alumnus.id, format: input.format, slots: slots.length });
    if (alumnus.userId) {
      await notify(tx, {
        tenantId: ctx.tenant.id,
        actorUserId: requester?.userId ?? null,
        notices: [{ userId: alumnus.userId, kind: "visit_request", data: { visitId: created.id, topic: input.topic.slice(0, 80) } }],
      });
    }
    if (alumnus.email) {
      const locale = (alumnus.locale as Locale) ?? "ja";
      await outbox.queue({
        tenantId: ctx.tenant.id,
        to: alumnus.email,
        locale,
        template: "visit_request",
        content: renderVisitRequest(locale, { ...factsOf(ctx, created), alumnusName: nameOf(alumnus.familyName, alumnus.givenName) }, alumnusLink(ctx)),
        purpose: PURPOSE,
        alumnusId: alumnus.id,
        idempotencyKey: `visit:${created.id}:request`,
      });
    }
    return created.id;
  });
  return readVisit({ ctx, id });
}

export async function listVisits({ ctx, query }: { ctx: TenantContext; query: VisitListQuery }): Promise<VisitPage> {
  const member = memberOf(ctx);
  const { rows, total } = await repo.listVisits(ctx.db, {
    tenantId: ctx.tenant.id,
    status: query.status,
    requestedBy: member?.role === "employee" ? member.userId : undefined,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, toSummary, (row) => createdAtCursorOf(row.visit));
}

export async function readVisit({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Visit> {
  return toVisit(ctx, ctx.db, await visitForRequester(ctx, ctx.db, id));
}

/** The requester (or HR) picks one of the alumnus's proposed times: both sides get the .ics. */
export async function scheduleVisit({ ctx, id, input }: { ctx: TenantContext; id: string; input: VisitScheduleInput }): Promise<Visit> {
  await transact(ctx, async (tx, outbox) => {
    const row = await visitForRequester(ctx, tx, id, true);
    if (row.visit.status !== "accepted") throw wrongState();
    const wanted = Date.parse(input.startsAt);
    const slot = row.visit.proposedSlots.find((s) => Date.parse(s.startsAt) === wanted);
    if (!slot || Number.isNaN(wanted))
      throw Invalid([{ path: "startsAt", code: "slot_not_proposed", message: translate(ctx.locale, "visits.slots.not_proposed") }]);
    if (Date.parse(slot.startsAt) <= Date.now())
      throw Invalid([{ path: "startsAt", code: "slot_in_past", message: translate(ctx.locale, "visits.slots.in_past") }]);
    const change = {
      status: "scheduled",
      agreedStartsAt: new Date(slot.startsAt),
      agreedEndsAt: new Date(slot.endsAt),
      meetingDetails: input.meetingDetails ?? row.visit.meetingDetails,
      sequence: row.visit.sequence + 1,
    };
    await repo.updateVisit(tx, ctx.tenant.id, id, change);
    await audit(ctx, tx, "visit.scheduled", id, { sequence: change.sequence });
    await noticeOfUpdate(ctx, tx, row, "scheduled");
    await mailBothSides(ctx, tx, outbox, { ...row.visit, ...change }, "scheduled");
  });
  return readVisit({ ctx, id });
}

/** Either side may call off a visit that is not yet over; a scheduled one also leaves the calendars (CANCEL). */
async function cancel(ctx: TenantContext, tx: Db, outbox: Outbox, row: Row, side: Side) {
  const status = row.visit.status;
  if (status === "cancelled") return;
  if (!["requested", "accepted", "scheduled"].includes(status)) throw wrongState();
  const sequence = row.visit.sequence + 1;
  await repo.updateVisit(tx, ctx.tenant.id, row.visit.id, { status: "cancelled", sequence });
  await audit(ctx, tx, "visit.cancelled", row.visit.id, { by: side, from: status });
  await noticeOfUpdate(ctx, tx, row, "cancelled");
  if (status === "scheduled") await mailBothSides(ctx, tx, outbox, { ...row.visit, status: "cancelled", sequence }, "cancelled");
}

export async function cancelVisit({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Visit> {
  await transact(ctx, async (tx, outbox) => cancel(ctx, tx, outbox, await visitForRequester(ctx, tx, id, true), "requester"));
  return readVisit({ ctx, id });
}

export async function completeVisit({ ctx, id, input }: { ctx: TenantContext; id: string; input: VisitCompleteInput }): Promise<Visit> {
  await ctx.db.transaction(async (tx) => {
    const row = await visitForRequester(ctx, tx, id, true);
    if (row.visit.status !== "scheduled") throw wrongState();
    if ((row.visit.agreedStartsAt?.getTime() ?? Number.POSITIVE_INFINITY) > Date.now()) throw Conflict("visit_not_over_yet", "visits.errors.not_over_yet");
    await repo.updateVisit(tx, ctx.tenant.id, id, { status: "completed", outcomeNote: input.outcomeNote ?? null });
    await audit(ctx, tx, "visit.completed", id, { withNote: Boolean(input.outcomeNote) });
    await noticeOfUpdate(ctx, tx, row, "completed");
  });
  return readVisit({ ctx, id });
}

function calendarOf(ctx: TenantContext, row: Row, link: string): { filename: string; content: string } {
  const v = row.visit;
  if (!v.agreedStartsAt || !["scheduled", "completed", "cancelled"].includes(v.status)) throw NotFound("visit_not_scheduled");
  const calendar = visitCalendar(ctx.locale, factsOf(ctx, v), link, v.status === "cancelled");
  return { filename: calendar.filename, content: calendar.content };
}

export async function requesterCalendar({ ctx, id }: { ctx: TenantContext; id: string }) {
  const row = await visitForRequester(ctx, ctx.db, id);
  return calendarOf(ctx, row, requesterLink(ctx, memberOf(ctx)?.role ?? "hr", id));
}

// ---------------------------------------------------------------- alumnus side

export async function listMyVisits({ ctx, query }: { ctx: TenantContext; query: VisitListQuery }): Promise<MyVisitPage> {
  const alumnusId = await myAlumnusId(ctx, ctx.db);
  const { rows, total } = await repo.listVisits(ctx.db, {
    tenantId: ctx.tenant.id,
    alumnusId,
    status: query.status,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    total,
    (row) => toMyVisit(ctx.tenant.name, row),
    (row) => createdAtCursorOf(row.visit),
  );
}

export async function readMyVisit({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MyVisit> {
  return toMyVisit(ctx.tenant.name, await visitForAlumnus(ctx, ctx.db, id));
}

/** The alumnus accepts and proposes 1–3 times; proposing again while still unscheduled replaces them. */
export async function acceptVisit({ ctx, id, input }: { ctx: TenantContext; id: string; input: VisitAcceptInput }): Promise<MyVisit> {
  await ctx.db.transaction(async (tx) => {
    const row = await visitForAlumnus(ctx, tx, id, true);
    if (row.visit.status !== "requested" && row.visit.status !== "accepted") throw wrongState();
    const slots = checkSlots(ctx.locale, input.slots, "slots", true);
    await repo.updateVisit(tx, ctx.tenant.id, id, {
      status: "accepted",
      proposedSlots: slots,
      ...(input.note ? { meetingDetails: input.note } : {}),
    });
    await audit(ctx, tx, row.visit.status === "accepted" ? "visit.slots_changed" : "visit.accepted", id, { slots: slots.length });
    await noticeOfUpdate(ctx, tx, row, "accepted");
  });
  return readMyVisit({ ctx, id });
}

/** Declining twice answers the same; once times are proposed, the alumnus cancels instead. */
export async function declineVisit({ ctx, id, input }: { ctx: TenantContext; id: string; input: VisitDeclineInput }): Promise<MyVisit> {
  await ctx.db.transaction(async (tx) => {
    const row = await visitForAlumnus(ctx, tx, id, true);
    if (row.visit.status === "declined") return;
    if (row.visit.status !== "requested") throw wrongState();
    await repo.updateVisit(tx, ctx.tenant.id, id, { status: "declined", declineReason: input.reason ?? null });
    await audit(ctx, tx, "visit.declined", id, { withReason: Boolean(input.reason) });
    await noticeOfUpdate(ctx, tx, row, "declined");
  });
  return readMyVisit({ ctx, id });
}

export async function cancelMyVisit({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MyVisit> {
  await transact(ctx, async (tx, outbox) => cancel(ctx, tx, outbox, await visitForAlumnus(ctx, tx, id, true), "alumnus"));
  return readMyVisit({ ctx, id });
}

export async function alumnusCalendar({ ctx, id }: { ctx: TenantContext; id: string }) {
  return calendarOf(ctx, await visitForAlumnus(ctx, ctx.db, id), alumnusLink(ctx));
}

// ---------------------------------------------------------------- personal data

/** The alumnus's visits for their own data export: their own view, so without the candidate's email. */
export async function visitsForExport(db: Db, tenantId: string, alumnusId: string) {
  const { rows } = await repo.listVisits(db, { tenantId, alumnusId, after: null, limit: 10_000 });
  return rows.map((row) => {
    const { company: _c, ...visit } = toMyVisit("", row);
    return visit;
  });
}
