import type { FieldError } from "../../../shared/contracts/common";
import {
  type AvailableTalkSlotPage,
  type MyTalk,
  type MyTalkCancelInput,
  type MyTalkListQuery,
  type MyTalkPage,
  type MyTalkRequestInput,
  type MyTalkRescheduleInput,
  TALK_MAX_MINUTES,
  TALK_MIN_MINUTES,
  type Talk,
  type TalkCancelInput,
  type TalkCandidacy,
  type TalkCandidacyInput,
  type TalkCompleteInput,
  type TalkFormat,
  type TalkHostList,
  type TalkListQuery,
  type TalkNoteInput,
  type TalkPage,
  type TalkPositionList,
  type TalkPositionRef,
  type TalkRescheduleInput,
  type TalkScheduleInput,
  type TalkSlot,
  type TalkSlotCreated,
  type TalkSlotCreateInput,
  type TalkSlotListQuery,
  type TalkSlotPage,
  type TalkStatus,
} from "../../../shared/contracts/talks";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { type AuditMeta, recordAudit, recordAudits } from "../../platform/audit/audit";
import { personOf, type TenantContext } from "../../platform/context";
import { Conflict, DomainError, Invalid, NotFound } from "../../platform/errors/domain-error";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { type Outbox, transact } from "../../platform/mail/outbox";
import { decodeCursor, encodeCursor } from "../../platform/pagination/cursor";
import { notify } from "../notifications/notifications.service";
import { isManager } from "../pipeline/manager-scope";
import { actorUserIdOf, enterPipeline } from "../pipeline/pipeline-entry";
import { renderTalkMail, type TalkFacts, type TalkMailKind, talkCalendar, talkRange } from "./talk-mail";
import * as repo from "./talks.repo";

const MINUTE = 60_000;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const nameOf = (family: string, given: string) => `${family} ${given}`;
const wrongState = () => Conflict("talk_wrong_state", "talks.errors.wrong_state");
const slotTaken = () => Conflict("slot_taken", "talks.errors.slot_taken");
const slotNotOpen = () => Conflict("slot_not_open", "talks.errors.slot_not_open");
const fieldError = (locale: Locale, path: string, code: string, key: MessageKey, params: Record<string, string> = {}): FieldError => ({
  path,
  code,
  message: translate(locale, key, params),
});

// ---------------------------------------------------------------- paging (offset cursors: each view has its own order)

const isOffsetCursor = (v: unknown): v is { o: number } =>
  typeof v === "object" && v !== null && Number.isInteger((v as { o: unknown }).o) && (v as { o: number }).o >= 0;
const offsetOf = (cursor: string | undefined) => decodeCursor(cursor, isOffsetCursor)?.o ?? 0;
function pageOf<R, T>(rows: R[], offset: number, limit: number, total: number, map: (row: R) => T) {
  return { items: rows.slice(0, limit).map(map), total, nextCursor: rows.length > limit ? encodeCursor({ o: offset + limit }) : null };
}

// ---------------------------------------------------------------- who is asking

/** A manager works only with the talks and slots they host; admins and HR see the whole tenant. */
function hostScope(ctx: TenantContext): string | undefined {
  if (!isManager(ctx)) return undefined;
  // A manager's API key is nobody: it hosts nothing.
  return actorUserIdOf(ctx) ?? "00000000-0000-0000-0000-000000000000";
}

async function talkForHost(ctx: TenantContext, db: Db, id: string, forUpdate = false): Promise<repo.TalkWithNames> {
  const row = await repo.findTalk(db, ctx.tenant.id, id, forUpdate);
  if (!row) throw NotFound();
  const scope = hostScope(ctx);
  if (scope && row.talk.hostUserId !== scope) throw NotFound();
  return row;
}

async function myAlumnusId(ctx: TenantContext, db: Db): Promise<string> {
  const me = personOf(ctx, "talks_need_person");
  const alumnusId = await repo.alumnusIdOfUser(db, ctx.tenant.id, me.userId);
  if (!alumnusId) throw new DomainError(404, "no_alumni_record", "talks.errors.no_alumni_record");
  return alumnusId;
}

async function talkForAlumnus(ctx: TenantContext, db: Db, id: string, forUpdate = false): Promise<repo.TalkWithNames> {
  const alumnusId = await myAlumnusId(ctx, db);
  const row = await repo.findTalk(db, ctx.tenant.id, id, forUpdate);
  if (!row || row.talk.alumnusId !== alumnusId) throw NotFound();
  return row;
}

// ---------------------------------------------------------------- shapes

function positionRef(id: string | null, titleJa: string | null, titleEn: string | null): TalkPositionRef | null {
  return id && titleJa !== null && titleEn !== null ? { id, titleJa, titleEn } : null;
}

function toSlot(row: repo.SlotWithNames): TalkSlot {
  const s = row.slot;
  return {
    id: s.id,
    hostUserId: s.hostUserId,
    hostName: row.hostName,
    position: positionRef(s.positionId, row.positionTitleJa, row.positionTitleEn),
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    format: s.format as TalkFormat,
    location: s.location,
    state: s.status === "cancelled" ? "cancelled" : row.talkId ? "booked" : "open",
    talkId: row.talkId,
    alumnusName: row.alumnusFamilyName !== null && row.alumnusGivenName !== null ? nameOf(row.alumnusFamilyName, row.alumnusGivenName) : null,
  };
}

function toTalk(row: repo.TalkWithNames): Talk {
  const v = row.talk;
  return {
    id: v.id,
    status: v.status as TalkStatus,
    alumnus: { id: v.alumnusId, name: nameOf(row.alumnusFamilyName, row.alumnusGivenName), department: row.alumnusDepartment, leaveDate: row.alumnusLeaveDate },
    hostUserId: v.hostUserId,
    hostName: row.hostName,
    position: positionRef(v.positionId, row.positionTitleJa, row.positionTitleEn),
    slotId: v.slotId,
    startsAt: iso(v.startsAt),
    endsAt: iso(v.endsAt),
    format: v.format as TalkFormat,
    location: v.location,
    note: v.note,
    hostNote: v.hostNote,
    candidateId: v.candidateId,
    cancelledBy: (v.cancelledBy as Talk["cancelledBy"]) ?? null,
    cancelReason: v.cancelReason,
    createdAt: v.createdAt.toISOString(),
    updatedAt: v.updatedAt.toISOString(),
  };
}

/** The alumnus's view: no host note, no candidacy, no internal ids of people. */
function toMyTalk(company: string, row: repo.TalkWithNames): MyTalk {
  const v = row.talk;
  return {
    id: v.id,
    status: v.status as TalkStatus,
    company,
    hostName: row.hostName,
    position: positionRef(v.positionId, row.positionTitleJa, row.positionTitleEn),
    slotId: v.slotId,
    startsAt: iso(v.startsAt),
    endsAt: iso(v.endsAt),
    format: v.format as TalkFormat,
    location: v.location,
    note: v.note,
    cancelledBy: (v.cancelledBy as MyTalk["cancelledBy"]) ?? null,
    createdAt: v.createdAt.toISOString(),
  };
}

// ---------------------------------------------------------------- time checks

/** ISO 8601 with a zone (Z or ±hh:mm) only: a bare local time would be read in the server's zone. */
function parseInstant(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A Tokyo wall-clock date and time as an instant (Japan has no daylight saving time). */
function tokyoInstant(date: string, time: string): Date | null {
  const [h, m] = time.split(":").map(Number);
  if (h === undefined || m === undefined || h > 23 || m > 59) return null;
  const instant = new Date(`${date}T${time}:00+09:00`);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

function validDate(date: string): boolean {
  const instant = new Date(`${date}T00:00:00+09:00`);
  if (Number.isNaN(instant.getTime())) return false;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(instant) === date;
}

/** A host-given time for a talk: real, 15–120 minutes, in the future. */
function checkTime(locale: Locale, input: { startsAt: string; endsAt: string }, now = new Date()): { startsAt: Date; endsAt: Date } {
  const startsAt = parseInstant(input.startsAt);
  const endsAt = parseInstant(input.endsAt);
  const fail = (path: string, code: string, key: MessageKey) => {
    throw Invalid([fieldError(locale, path, code, key)]);
  };
  if (!startsAt) return fail("startsAt", "invalid_time", "talks.fields.invalid_time");
  if (!endsAt) return fail("endsAt", "invalid_time", "talks.fields.invalid_time");
  if (startsAt.getTime() <= now.getTime()) return fail("startsAt", "in_past", "talks.fields.in_past");
  const minutes = (endsAt.getTime() - startsAt.getTime()) / MINUTE;
  if (minutes <= 0) return fail("endsAt", "end_before_start", "talks.fields.end_before_start");
  if (minutes < TALK_MIN_MINUTES || minutes > TALK_MAX_MINUTES) return fail("endsAt", "duration", "talks.fields.duration");
  return { startsAt, endsAt };
}

// ---------------------------------------------------------------- audit, notices and mail

async function audit(ctx: TenantContext, tx: Db, action: string, id: string, meta: AuditMeta = {}) {
  await recordAudit(tx, { tenantId: ctx.tenant.id, actor: ctx.actor, action, targetType: "casual_talk", targetId: id, requestId: ctx.requestId, meta });
}

const alumnusLink = (ctx: TenantContext) => `${ctx.baseUrl}/alumni/talks`;
const hostLink = (ctx: TenantContext, id: string) => `${ctx.baseUrl}/admin/talks/${id}`;

interface Parties {
  alumnus: NonNullable<Awaited<ReturnType<typeof repo.findAlumnusContact>>>;
  host: Awaited<ReturnType<typeof repo.findHost>>;
}

async function partiesOf(ctx: TenantContext, tx: Db, talk: repo.TalkRow): Promise<Parties> {
  const alumnus = await repo.findAlumnusContact(tx, ctx.tenant.id, talk.alumnusId);
  if (!alumnus) throw NotFound();
  const host = talk.hostUserId ? await repo.findHost(tx, ctx.tenant.id, talk.hostUserId) : undefined;
  return { alumnus, host };
}

function factsOf(ctx: TenantContext, talk: repo.TalkRow, parties: Parties, position: { titleJa: string; titleEn: string } | null): TalkFacts {
  return {
    id: talk.id,
    tenantName: ctx.tenant.name,
    alumnusName: nameOf(parties.alumnus.familyName, parties.alumnus.givenName),
    alumnusEmail: parties.alumnus.email ?? parties.alumnus.privateEmail,
    hostName: parties.host?.name ?? null,
    hostEmail: parties.host?.email ?? null,
    position,
    format: talk.format,
    startsAt: talk.startsAt,
    endsAt: talk.endsAt,
    location: talk.location,
    note: talk.note,
    sequence: talk.sequence,
    reason: talk.cancelReason,
  };
}

async function positionTitles(tx: Db, ctx: TenantContext, positionId: string | null) {
  if (!positionId) return null;
  const position = await repo.findPosition(tx, ctx.tenant.id, positionId);
  return position ? { titleJa: position.titleJa, titleEn: position.titleEn } : null;
}

/**
 * The confirmation (or change, or cancellation) to each side: the alumnus's copy is transactional — they asked for
 * the talk themself — and in 敬語; the host's is plain. Both carry the .ics once the talk has a time.
 */
async function mailSides(
  ctx: TenantContext,
  tx: Db,
  outbox: Outbox,
  talk: repo.TalkRow,
  kind: TalkMailKind,
  sides: { alumnus?: boolean; host?: boolean | TalkMailKind } = { alumnus: true, host: true },
) {
  const parties = await partiesOf(ctx, tx, talk);
  const facts = factsOf(ctx, talk, parties, await positionTitles(tx, ctx, talk.positionId));
  const alumnusTo = facts.alumnusEmail;
  if (sides.alumnus && alumnusTo) {
    const locale = (parties.alumnus.locale as Locale | null) ?? "ja";
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: alumnusTo,
      locale,
      template: `talk_${kind}`,
      content: renderTalkMail(kind, "alumnus", locale, facts, alumnusLink(ctx)),
      alumnusId: talk.alumnusId,
      idempotencyKey: `talk:${talk.id}:${kind}:${talk.sequence}:alumnus`,
    });
  }
  if (sides.host && parties.host) {
    const hostKind = typeof sides.host === "string" ? sides.host : kind;
    const locale = parties.host.locale as Locale;
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: parties.host.email,
      locale,
      template: `talk_${hostKind}`,
      content: renderTalkMail(hostKind, "host", locale, facts, hostLink(ctx, talk.id)),
      idempotencyKey: `talk:${talk.id}:${hostKind}:${talk.sequence}:host:${parties.host.userId}`,
    });
  }
}

async function noticeTo(
  ctx: TenantContext,
  tx: Db,
  userIds: (string | null | undefined)[],
  kind: "talk_booked" | "talk_requested" | "talk_update",
  data: Record<string, string>,
) {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  await notify(tx, { tenantId: ctx.tenant.id, actorUserId: actorUserIdOf(ctx), notices: ids.map((userId) => ({ userId, kind, data })) });
}

async function alumnusUserId(ctx: TenantContext, tx: Db, alumnusId: string) {
  return (await repo.findAlumnusContact(tx, ctx.tenant.id, alumnusId))?.userId ?? null;
}

// ---------------------------------------------------------------- slots

export async function listHosts({ ctx }: { ctx: TenantContext }): Promise<TalkHostList> {
  const scope = hostScope(ctx);
  const rows = await repo.listHosts(ctx.db, ctx.tenant.id);
  return { items: rows.filter((r) => !scope || r.userId === scope) };
}

export async function listPositions({ ctx }: { ctx: TenantContext }): Promise<TalkPositionList> {
  return { items: await repo.listOpenPositions(ctx.db, ctx.tenant.id) };
}

export async function listSlots({ ctx, query }: { ctx: TenantContext; query: TalkSlotListQuery }): Promise<TalkSlotPage> {
  const offset = offsetOf(query.cursor);
  const { rows, total } = await repo.listSlots(ctx.db, {
    tenantId: ctx.tenant.id,
    hostUserId: hostScope(ctx) ?? query.hostUserId,
    now: new Date(),
    offset,
    limit: query.limit,
  });
  return pageOf(rows, offset, query.limit, total, toSlot);
}

/** One or several slots on one Tokyo day: each in the future, 15–120 minutes, not overlapping the host's others. */
export async function createSlots({ ctx, input }: { ctx: TenantContext; input: TalkSlotCreateInput }): Promise<TalkSlotCreated> {
  const locale = ctx.locale;
  const errors: FieldError[] = [];
  const me = actorUserIdOf(ctx);
  if (isManager(ctx) && input.hostUserId && input.hostUserId !== me)
    errors.push(fieldError(locale, "hostUserId", "host_not_self", "talks.fields.host_not_self"));
  const hostUserId = isManager(ctx) ? me : (input.hostUserId ?? me);
  if (!hostUserId) errors.push(fieldError(locale, "hostUserId", "host_unknown", "talks.fields.host_unknown"));
  if (input.durationMinutes < TALK_MIN_MINUTES || input.durationMinutes > TALK_MAX_MINUTES)
    errors.push(fieldError(locale, "durationMinutes", "duration", "talks.fields.duration"));
  if (!validDate(input.date)) errors.push(fieldError(locale, "date", "invalid_date", "talks.fields.invalid_date"));
  const now = Date.now();
  const ranges: { index: number; startsAt: Date; endsAt: Date }[] = [];
  if (!errors.some((e) => e.path === "date" || e.path === "durationMinutes")) {
    for (const [index, time] of input.startTimes.entries()) {
      const startsAt = tokyoInstant(input.date, time);
      const path = `startTimes.${index}`;
      if (!startsAt) errors.push(fieldError(locale, path, "invalid_time", "talks.fields.invalid_time"));
      else if (startsAt.getTime() <= now) errors.push(fieldError(locale, path, "in_past", "talks.fields.in_past"));
      else {
        const endsAt = new Date(startsAt.getTime() + input.durationMinutes * MINUTE);
        if (ranges.some((r) => r.startsAt < endsAt && startsAt < r.endsAt))
          errors.push(fieldError(locale, path, "overlap_each_other", "talks.fields.overlap_each_other"));
        else ranges.push({ index, startsAt, endsAt });
      }
    }
  }
  if (errors.length || !hostUserId) throw Invalid(errors);
  const created = await ctx.db.transaction(async (tx) => {
    await repo.lockHost(tx, ctx.tenant.id, hostUserId);
    const host = await repo.findHost(tx, ctx.tenant.id, hostUserId);
    if (!host) throw Invalid([fieldError(locale, "hostUserId", "host_unknown", "talks.fields.host_unknown")]);
    if (input.positionId && !(await repo.findPosition(tx, ctx.tenant.id, input.positionId)))
      throw Invalid([fieldError(locale, "positionId", "position_unknown", "talks.fields.position_unknown")]);
    const existing = await repo.overlappingSlots(tx, ctx.tenant.id, hostUserId, ranges);
    const overlaps = ranges.flatMap((r) => {
      const other = existing.find((e) => e.startsAt < r.endsAt && r.startsAt < e.endsAt);
      return other
        ? [
            fieldError(locale, `startTimes.${r.index}`, "overlap_existing", "talks.fields.overlap_existing", {
              when: talkRange(locale, other.startsAt, other.endsAt),
            }),
          ]
        : [];
    });
    if (overlaps.length) throw Invalid(overlaps);
    const slots = await repo.insertSlots(
      tx,
      ranges.map((r) => ({
        tenantId: ctx.tenant.id,
        hostUserId,
        positionId: input.positionId ?? null,
        startsAt: r.startsAt,
        endsAt: r.endsAt,
        format: input.format,
        location: input.location || null,
      })),
    );
    await recordAudits(
      tx,
      slots.map((s) => ({
        tenantId: ctx.tenant.id,
        actor: ctx.actor,
        action: "casual_talk_slot.created",
        targetType: "casual_talk_slot",
        targetId: s.id,
        requestId: ctx.requestId,
        meta: { hostUserId, minutes: input.durationMinutes },
      })),
    );
    return slots;
  });
  const items = await Promise.all(created.map((s) => repo.findSlot(ctx.db, ctx.tenant.id, s.id)));
  return { items: items.filter((s): s is repo.SlotWithNames => Boolean(s)).map(toSlot) };
}

/** Withdraws an open slot; a booked one stays until its talk is cancelled. Deleting twice answers the same. */
export async function deleteSlot({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findSlot(tx, ctx.tenant.id, id, "update");
    const scope = hostScope(ctx);
    if (!row || (scope && row.slot.hostUserId !== scope)) throw NotFound();
    if (row.slot.status === "cancelled") return;
    if (row.talkId) throw Conflict("slot_booked", "talks.errors.slot_booked");
    await repo.updateSlot(tx, ctx.tenant.id, id, { status: "cancelled" });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "casual_talk_slot.cancelled",
      targetType: "casual_talk_slot",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
}

// ---------------------------------------------------------------- alumnus side

export async function listAvailableSlots({ ctx, query }: { ctx: TenantContext; query: MyTalkListQuery }): Promise<AvailableTalkSlotPage> {
  const offset = offsetOf(query.cursor);
  const { rows, total } = await repo.listAvailableSlots(ctx.db, { tenantId: ctx.tenant.id, now: new Date(), offset, limit: query.limit });
  return pageOf(rows, offset, query.limit, total, (row) => {
    const slot = toSlot(row);
    return {
      id: slot.id,
      hostName: slot.hostName,
      position: slot.position,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      format: slot.format,
      location: slot.format === "in_person" ? slot.location : null,
    };
  });
}

/** A slot that can still be booked, or the reason why not (409), read under a share lock. */
async function bookableSlot(ctx: TenantContext, tx: Db, slotId: string) {
  const row = await repo.findSlot(tx, ctx.tenant.id, slotId, "share");
  if (!row) throw NotFound();
  if (row.slot.status !== "open" || row.slot.startsAt.getTime() <= Date.now()) throw slotNotOpen();
  if (row.talkId) throw slotTaken();
  return row;
}

/** Runs a write that takes a slot; the partial unique index turns the loser of a race into 409 slot_taken. */
async function takingSlot<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw slotTaken();
    throw error;
  }
}

async function checkedPosition(ctx: TenantContext, tx: Db, positionId: string | null | undefined): Promise<string | null> {
  if (!positionId) return null;
  const position = await repo.findPosition(tx, ctx.tenant.id, positionId);
  if (!position || position.status === "draft") throw Invalid([fieldError(ctx.locale, "positionId", "position_unknown", "talks.fields.position_unknown")]);
  return position.id;
}

/** Books a slot (scheduled at once) or asks for a talk without one (requested: HR then picks a host and a time). */
export async function requestTalk({ ctx, input }: { ctx: TenantContext; input: MyTalkRequestInput }): Promise<MyTalk> {
  const id = await transact(ctx, async (tx, outbox) => {
    const alumnusId = await myAlumnusId(ctx, tx);
    const note = input.note || null;
    const alumnusName = async () => {
      const contact = await repo.findAlumnusContact(tx, ctx.tenant.id, alumnusId);
      return contact ? nameOf(contact.familyName, contact.givenName) : "";
    };
    if (input.slotId) {
      const slot = await bookableSlot(ctx, tx, input.slotId);
      const positionId = (await checkedPosition(ctx, tx, input.positionId)) ?? slot.slot.positionId;
      const talk = await takingSlot(() =>
        repo.insertTalk(tx, {
          tenantId: ctx.tenant.id,
          alumnusId,
          slotId: slot.slot.id,
          hostUserId: slot.slot.hostUserId,
          positionId,
          note,
          status: "scheduled",
          startsAt: slot.slot.startsAt,
          endsAt: slot.slot.endsAt,
          format: slot.slot.format,
          location: slot.slot.location,
        }),
      );
      await audit(ctx, tx, "casual_talk.booked", talk.id, { slotId: slot.slot.id, hostUserId: slot.slot.hostUserId });
      await noticeTo(ctx, tx, [slot.slot.hostUserId], "talk_booked", { talkId: talk.id, alumnus: await alumnusName() });
      await mailSides(ctx, tx, outbox, talk, "booked");
      return talk.id;
    }
    const positionId = await checkedPosition(ctx, tx, input.positionId);
    const contact = await repo.findAlumnusContact(tx, ctx.tenant.id, alumnusId);
    const locale = (contact?.locale as Locale | null) ?? ctx.locale;
    const preferred = input.preferredTimes ? translate(locale, "talks.preferred_times", { times: input.preferredTimes }) : null;
    const talk = await repo.insertTalk(tx, {
      tenantId: ctx.tenant.id,
      alumnusId,
      positionId,
      note: [note, preferred].filter(Boolean).join("\n\n") || null,
      status: "requested",
    });
    await audit(ctx, tx, "casual_talk.requested", talk.id, { withPosition: Boolean(positionId) });
    const staff = await repo.listHosts(tx, ctx.tenant.id);
    await noticeTo(
      ctx,
      tx,
      staff.filter((s) => s.role === "admin" || s.role === "hr").map((s) => s.userId),
      "talk_requested",
      { talkId: talk.id, alumnus: await alumnusName() },
    );
    await mailSides(ctx, tx, outbox, talk, "requested", { alumnus: true });
    return talk.id;
  });
  return readMyTalk({ ctx, id });
}

export async function listMyTalks({ ctx, query }: { ctx: TenantContext; query: MyTalkListQuery }): Promise<MyTalkPage> {
  const alumnusId = await myAlumnusId(ctx, ctx.db);
  const offset = offsetOf(query.cursor);
  const { rows, total } = await repo.listTalksOfAlumnus(ctx.db, { tenantId: ctx.tenant.id, alumnusId, now: new Date(), offset, limit: query.limit });
  return pageOf(rows, offset, query.limit, total, (row) => toMyTalk(ctx.tenant.name, row));
}

export async function readMyTalk({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MyTalk> {
  return toMyTalk(ctx.tenant.name, await talkForAlumnus(ctx, ctx.db, id));
}

type Side = "alumnus" | "host";

/** Either side may call off a talk that has not happened; one with a time leaves both calendars (CANCEL). */
async function cancel(ctx: TenantContext, tx: Db, outbox: Outbox, row: repo.TalkWithNames, side: Side, reason: string | null) {
  const talk = row.talk;
  if (talk.status === "cancelled") return;
  if (talk.status !== "requested" && talk.status !== "scheduled") throw wrongState();
  const change = { status: "cancelled", cancelledBy: side, cancelReason: reason, sequence: talk.sequence + 1 };
  await repo.updateTalk(tx, ctx.tenant.id, talk.id, change);
  await audit(ctx, tx, "casual_talk.cancelled", talk.id, { by: side, from: talk.status, withReason: Boolean(reason) });
  const other = side === "alumnus" ? talk.hostUserId : await alumnusUserId(ctx, tx, talk.alumnusId);
  await noticeTo(ctx, tx, [other, side === "host" ? talk.hostUserId : null], "talk_update", { talkId: talk.id, status: "cancelled" });
  if (talk.status === "scheduled") await mailSides(ctx, tx, outbox, { ...talk, ...change }, "cancelled");
}

export async function cancelMyTalk({ ctx, id, input }: { ctx: TenantContext; id: string; input: MyTalkCancelInput }): Promise<MyTalk> {
  await transact(ctx, async (tx, outbox) => cancel(ctx, tx, outbox, await talkForAlumnus(ctx, tx, id, true), "alumnus", input.reason || null));
  return readMyTalk({ ctx, id });
}

/** Moves the talk to another open slot in one step: the old slot is free again as the new one is taken. */
export async function rescheduleMyTalk({ ctx, id, input }: { ctx: TenantContext; id: string; input: MyTalkRescheduleInput }): Promise<MyTalk> {
  await transact(ctx, async (tx, outbox) => {
    const row = await talkForAlumnus(ctx, tx, id, true);
    const talk = row.talk;
    if (talk.status !== "scheduled" && talk.status !== "requested") throw wrongState();
    if (talk.slotId === input.slotId) throw Invalid([fieldError(ctx.locale, "slotId", "same_slot", "talks.fields.same_slot")]);
    const slot = await bookableSlot(ctx, tx, input.slotId);
    const change = {
      status: "scheduled",
      slotId: slot.slot.id,
      hostUserId: slot.slot.hostUserId,
      positionId: talk.positionId ?? slot.slot.positionId,
      startsAt: slot.slot.startsAt,
      endsAt: slot.slot.endsAt,
      format: slot.slot.format,
      location: slot.slot.location,
      sequence: talk.sequence + 1,
    };
    await takingSlot(() => repo.updateTalk(tx, ctx.tenant.id, id, change));
    await audit(ctx, tx, "casual_talk.rescheduled", id, { by: "alumnus", slotId: slot.slot.id, sequence: change.sequence });
    const moved = { ...talk, ...change };
    const hostChanged = talk.hostUserId !== slot.slot.hostUserId;
    if (talk.status === "scheduled" && hostChanged && talk.hostUserId) {
      // The former host's calendar loses the entry; the new host gets it as a fresh booking.
      await mailSides(ctx, tx, outbox, { ...talk, sequence: change.sequence, status: "cancelled" }, "cancelled", { host: true });
    }
    await mailSides(ctx, tx, outbox, moved, talk.status === "scheduled" ? "rescheduled" : "booked", {
      alumnus: true,
      host: hostChanged ? "booked" : "rescheduled",
    });
    const name = nameOf(row.alumnusFamilyName, row.alumnusGivenName);
    await noticeTo(ctx, tx, [slot.slot.hostUserId], hostChanged ? "talk_booked" : "talk_update", { talkId: id, alumnus: name, status: "rescheduled" });
    if (hostChanged && talk.hostUserId) await noticeTo(ctx, tx, [talk.hostUserId], "talk_update", { talkId: id, status: "cancelled" });
  });
  return readMyTalk({ ctx, id });
}

function calendarOf(ctx: TenantContext, row: repo.TalkWithNames, facts: TalkFacts, side: Side, link: string) {
  const talk = row.talk;
  if (!talk.startsAt || !["scheduled", "completed", "cancelled"].includes(talk.status)) throw NotFound("talk_not_scheduled");
  const calendar = talkCalendar(ctx.locale, side, facts, link, talk.status === "cancelled");
  return { filename: calendar.filename, content: calendar.content };
}

export async function myCalendar({ ctx, id }: { ctx: TenantContext; id: string }) {
  const row = await talkForAlumnus(ctx, ctx.db, id);
  const facts = factsOf(ctx, row.talk, await partiesOf(ctx, ctx.db, row.talk), await positionTitles(ctx.db, ctx, row.talk.positionId));
  return calendarOf(ctx, row, facts, "alumnus", alumnusLink(ctx));
}

// ---------------------------------------------------------------- host side

export async function listTalks({ ctx, query }: { ctx: TenantContext; query: TalkListQuery }): Promise<TalkPage> {
  const offset = offsetOf(query.cursor);
  const { rows, total } = await repo.listTalks(ctx.db, {
    tenantId: ctx.tenant.id,
    view: query.view,
    now: new Date(),
    hostUserId: hostScope(ctx),
    offset,
    limit: query.limit,
  });
  return pageOf(rows, offset, query.limit, total, toTalk);
}

export async function readTalk({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Talk> {
  return toTalk(await talkForHost(ctx, ctx.db, id));
}

export async function hostCalendar({ ctx, id }: { ctx: TenantContext; id: string }) {
  const row = await talkForHost(ctx, ctx.db, id);
  const facts = factsOf(ctx, row.talk, await partiesOf(ctx, ctx.db, row.talk), await positionTitles(ctx.db, ctx, row.talk.positionId));
  return calendarOf(ctx, row, facts, "host", hostLink(ctx, id));
}

/** HR gives a requested talk a host and a time; both sides get the .ics. */
export async function scheduleTalk({ ctx, id, input }: { ctx: TenantContext; id: string; input: TalkScheduleInput }): Promise<Talk> {
  await transact(ctx, async (tx, outbox) => {
    const row = await talkForHost(ctx, tx, id, true);
    if (row.talk.status !== "requested") throw wrongState();
    const time = checkTime(ctx.locale, input);
    if (!(await repo.findHost(tx, ctx.tenant.id, input.hostUserId)))
      throw Invalid([fieldError(ctx.locale, "hostUserId", "host_unknown", "talks.fields.host_unknown")]);
    const change = {
      status: "scheduled",
      hostUserId: input.hostUserId,
      startsAt: time.startsAt,
      endsAt: time.endsAt,
      format: input.format,
      location: input.location || null,
      sequence: row.talk.sequence + 1,
    };
    await repo.updateTalk(tx, ctx.tenant.id, id, change);
    await audit(ctx, tx, "casual_talk.scheduled", id, { hostUserId: input.hostUserId, sequence: change.sequence });
    const name = nameOf(row.alumnusFamilyName, row.alumnusGivenName);
    await noticeTo(ctx, tx, [await alumnusUserId(ctx, tx, row.talk.alumnusId)], "talk_update", { talkId: id, status: "scheduled" });
    await noticeTo(ctx, tx, [input.hostUserId], "talk_booked", { talkId: id, alumnus: name });
    await mailSides(ctx, tx, outbox, { ...row.talk, ...change }, "scheduled");
  });
  return readTalk({ ctx, id });
}

/** The host moves a scheduled talk to another time; a slot it held is freed for others. */
export async function rescheduleTalk({ ctx, id, input }: { ctx: TenantContext; id: string; input: TalkRescheduleInput }): Promise<Talk> {
  await transact(ctx, async (tx, outbox) => {
    const row = await talkForHost(ctx, tx, id, true);
    if (row.talk.status !== "scheduled") throw wrongState();
    const time = checkTime(ctx.locale, input);
    const change = {
      slotId: null,
      startsAt: time.startsAt,
      endsAt: time.endsAt,
      format: input.format ?? row.talk.format,
      location: input.location === undefined ? row.talk.location : input.location || null,
      sequence: row.talk.sequence + 1,
    };
    await repo.updateTalk(tx, ctx.tenant.id, id, change);
    await audit(ctx, tx, "casual_talk.rescheduled", id, { by: "host", sequence: change.sequence });
    await noticeTo(ctx, tx, [await alumnusUserId(ctx, tx, row.talk.alumnusId), row.talk.hostUserId], "talk_update", { talkId: id, status: "rescheduled" });
    await mailSides(ctx, tx, outbox, { ...row.talk, ...change }, "rescheduled");
  });
  return readTalk({ ctx, id });
}

export async function cancelTalk({ ctx, id, input }: { ctx: TenantContext; id: string; input: TalkCancelInput }): Promise<Talk> {
  await transact(ctx, async (tx, outbox) => cancel(ctx, tx, outbox, await talkForHost(ctx, tx, id, true), "host", input.reason || null));
  return readTalk({ ctx, id });
}

/** After its start, the host marks the talk held, with an optional private note. */
export async function completeTalk({ ctx, id, input }: { ctx: TenantContext; id: string; input: TalkCompleteInput }): Promise<Talk> {
  await ctx.db.transaction(async (tx) => {
    const row = await talkForHost(ctx, tx, id, true);
    if (row.talk.status === "completed") return;
    if (row.talk.status !== "scheduled") throw wrongState();
    if ((row.talk.startsAt?.getTime() ?? Number.POSITIVE_INFINITY) > Date.now()) throw Conflict("talk_not_over_yet", "talks.errors.not_over_yet");
    await repo.updateTalk(tx, ctx.tenant.id, id, { status: "completed", ...(input.hostNote ? { hostNote: input.hostNote } : {}) });
    await audit(ctx, tx, "casual_talk.completed", id, { withNote: Boolean(input.hostNote) });
  });
  return readTalk({ ctx, id });
}

/** The host's private note: never part of anything the alumnus reads. */
export async function saveHostNote({ ctx, id, input }: { ctx: TenantContext; id: string; input: TalkNoteInput }): Promise<Talk> {
  await ctx.db.transaction(async (tx) => {
    const row = await talkForHost(ctx, tx, id, true);
    await repo.updateTalk(tx, ctx.tenant.id, row.talk.id, { hostNote: input.hostNote || null });
    await audit(ctx, tx, "casual_talk.note_saved", id, { empty: !input.hostNote });
  });
  return readTalk({ ctx, id });
}

/**
 * Turns a held (or scheduled) talk into a candidacy through the pipeline's one door: source alumni, stage casual
 * talk, the host note on the timeline, the host as owner. Asking again answers the same candidate.
 */
export async function createCandidacy({ ctx, id, input }: { ctx: TenantContext; id: string; input: TalkCandidacyInput }): Promise<TalkCandidacy> {
  return ctx.db.transaction(async (tx) => {
    const row = await talkForHost(ctx, tx, id, true);
    const talk = row.talk;
    if (talk.candidateId) return { candidateId: talk.candidateId, created: false };
    if (talk.status !== "completed" && talk.status !== "scheduled") throw wrongState();
    let positionId = talk.positionId;
    if (input.positionId) {
      if (!(await repo.findPosition(tx, ctx.tenant.id, input.positionId)))
        throw Invalid([fieldError(ctx.locale, "positionId", "position_unknown", "talks.fields.position_unknown")]);
      positionId = input.positionId;
    }
    const person = await repo.findAlumnusContact(tx, ctx.tenant.id, talk.alumnusId);
    if (!person) throw NotFound();
    const fullNameKana = person.familyNameKana && person.givenNameKana ? `${person.familyNameKana} ${person.givenNameKana}` : null;
    const entry = await enterPipeline(tx, ctx, {
      person: {
        alumnusId: person.id,
        fullName: nameOf(person.familyName, person.givenName),
        fullNameKana,
        email: person.privateEmail ?? person.email,
      },
      positionId,
      source: "alumni",
      stageKey: "casual_talk",
      ownerUserId: talk.hostUserId,
      activity: { kind: "casual_talk", body: talk.hostNote, data: { talkId: talk.id, startsAt: iso(talk.startsAt) } },
    });
    await repo.updateTalk(tx, ctx.tenant.id, talk.id, { candidateId: entry.candidate.id, ...(positionId !== talk.positionId ? { positionId } : {}) });
    await audit(ctx, tx, "casual_talk.candidacy", talk.id, { candidateId: entry.candidate.id, created: entry.created });
    return { candidateId: entry.candidate.id, created: entry.created };
  });
}
