import {
  type Attendee,
  type AttendeeList,
  type CheckInInput,
  type EventCounts,
  type EventDetail,
  type EventInput,
  type EventPage,
  type EventSummary,
  type EventsQuery,
  eventInputIssues,
  type FollowUpInput,
  type FollowUpResult,
  type InviteInput,
  type InviteResult,
  type MyEvent,
  type MyEventList,
  type MyEventSummary,
  type RsvpInput,
  type RsvpResponse,
  type Seat,
} from "../../../shared/contracts/events";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { recordAudit, recordAudits } from "../../platform/audit/audit";
import { type AppDeps, actorId, personOf, type TenantContext } from "../../platform/context";
import { Conflict, DomainError, Forbidden, Invalid, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { dispatchMail, type Outbox, outboxIn, transact } from "../../platform/mail/outbox";
import { renderMarkdown } from "../../platform/markdown/render-markdown";
import { decodeCursor, toPage } from "../../platform/pagination/cursor";
import { systemContext } from "../../platform/system-context";
import { countSegment, segmentRecipients } from "../alumni/alumni-segment.service";
import { notify } from "../notifications/notifications.service";
import { type EventFacts, type EventMailKind, eventCalendar, renderEventMail, renderFollowUp } from "./event-mail";
import * as repo from "./events.repo";

export const EVENT_INVITE_JOB = "events.invite";
export const EVENT_REMINDERS_JOB = "events.reminders";

const localeOf = (value: string): Locale => (value === "en" ? "en" : "ja");
const iso = (d: Date | null) => d?.toISOString() ?? null;

const emptyCounts = (): EventCounts => ({ confirmed: 0, waitlisted: 0, maybe: 0, notGoing: 0, checkedIn: 0, invited: 0 });

async function countsOf(db: Db, tenantId: string, ids: string[]): Promise<Map<string, EventCounts>> {
  const counts = new Map(ids.map((id) => [id, emptyCounts()]));
  const { rsvps, invited } = await repo.countsFor(db, tenantId, ids);
  for (const row of rsvps) {
    const { eventId, ...rest } = row;
    Object.assign(counts.get(eventId) ?? {}, rest);
  }
  for (const row of invited) {
    const entry = counts.get(row.eventId);
    if (entry) entry.invited = row.n;
  }
  return counts;
}

function toSummary(row: repo.EventRow, counts: EventCounts): EventSummary {
  return {
    id: row.id,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    format: row.format === "online" ? "online" : "venue",
    venue: row.venue,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    registrationDeadline: iso(row.registrationDeadline),
    status: row.status === "cancelled" ? "cancelled" : "published",
    counts,
  };
}

function toDetail(row: repo.EventRow, counts: EventCounts): EventDetail {
  return {
    ...toSummary(row, counts),
    descriptionJa: row.descriptionJa,
    descriptionEn: row.descriptionEn,
    descriptionHtmlJa: renderMarkdown(row.descriptionJa),
    descriptionHtmlEn: renderMarkdown(row.descriptionEn),
    onlineUrl: row.onlineUrl,
    sequence: row.sequence,
    reminderSentAt: iso(row.reminderSentAt),
    followUpSentAt: iso(row.followUpSentAt),
    createdAt: row.createdAt.toISOString(),
  };
}

const factsOf = (row: repo.EventRow): EventFacts => ({
  id: row.id,
  titleJa: row.titleJa,
  titleEn: row.titleEn,
  format: row.format,
  venue: row.venue,
  onlineUrl: row.onlineUrl,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  sequence: row.sequence,
});

function assertCoherent(ctx: TenantContext, input: EventInput) {
  const issues = eventInputIssues(input);
  if (issues.length) throw Invalid(issues.map((i) => ({ path: i.path, code: i.code, message: translate(ctx.locale, `events.errors.${i.code}`) })));
}

function valuesOf(input: EventInput) {
  const online = input.format === "online";
  return {
    titleJa: input.titleJa,
    titleEn: input.titleEn,
    descriptionJa: input.descriptionJa,
    descriptionEn: input.descriptionEn,
    format: input.format,
    onlineUrl: online ? (input.onlineUrl ?? null) : null,
    venue: online ? null : (input.venue ?? null),
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    capacity: input.capacity ?? null,
    registrationDeadline: input.registrationDeadline ? new Date(input.registrationDeadline) : null,
  };
}

async function loadEvent(ctx: TenantContext, id: string): Promise<repo.EventRow> {
  const row = await repo.findEvent(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  return row;
}

async function detailOf(ctx: TenantContext, row: repo.EventRow): Promise<EventDetail> {
  const counts = await countsOf(ctx.db, ctx.tenant.id, [row.id]);
  return toDetail(row, counts.get(row.id) ?? emptyCounts());
}

/** Mails one kind of event message to each person, in their language (the outbox keeps retries single). */
async function mailPeople(
  ctx: TenantContext,
  outbox: Outbox,
  input: { kind: EventMailKind; event: repo.EventRow; people: repo.EventPerson[]; key: (p: repo.EventPerson) => string; withPurpose: boolean },
) {
  const facts = factsOf(input.event);
  await outbox.queueMany(
    input.people
      .filter((p) => !input.withPurpose || p.alumnusId)
      .map((p) => {
        const locale = localeOf(p.locale);
        return {
          tenantId: ctx.tenant.id,
          to: p.email,
          locale,
          template: `event_${input.kind}`,
          content: renderEventMail(input.kind, { locale, tenantName: ctx.tenant.name, name: p.name, event: facts, baseUrl: ctx.baseUrl }),
          idempotencyKey: input.key(p),
          ...(input.withPurpose ? { purpose: "events", alumnusId: p.alumnusId } : {}),
        };
      }),
  );
}

/**
 * Fills the seats that are free (capacity raised, someone left) from the head of the waitlist, in the caller's
 * transaction with the event row locked; the promoted get a mail with the .ics and a notice.
 */
async function promoteWaitlisted(ctx: TenantContext, tx: Db, outbox: Outbox, event: repo.EventRow): Promise<number> {
  if (event.status !== "published") return 0;
  const free = event.capacity === null ? 10_000 : event.capacity - (await repo.confirmedCount(tx, ctx.tenant.id, event.id));
  if (free <= 0) return 0;
  const promoted = await repo.waitlistHead(tx, ctx.tenant.id, event.id, free);
  if (!promoted.length) return 0;
  await repo.confirmSeats(
    tx,
    ctx.tenant.id,
    promoted.map((p) => p.rsvpId),
  );
  await mailPeople(ctx, outbox, {
    kind: "promoted",
    event,
    people: promoted,
    key: (p) => `event-promoted:${event.id}:${p.rsvpId}:${Date.now()}`,
    withPurpose: true,
  });
  await notify(tx, {
    tenantId: ctx.tenant.id,
    actorUserId: null,
    notices: promoted.map((p) => ({
      userId: p.userId,
      kind: "event_promoted" as const,
      data: { eventId: event.id, title: event.titleJa, titleEn: event.titleEn },
    })),
  });
  await recordAudits(
    tx,
    promoted.map((p) => ({
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "event.promoted",
      targetType: "event_rsvp",
      targetId: p.rsvpId,
      requestId: ctx.requestId,
      meta: { eventId: event.id },
    })),
  );
  return promoted.length;
}

// ————— staff —————

export async function listEvents({ ctx, query }: { ctx: TenantContext; query: EventsQuery }): Promise<EventPage> {
  const after = decodeCursor(
    query.cursor,
    (v): v is repo.StartsAtCursor =>
      typeof v === "object" && v !== null && typeof (v as repo.StartsAtCursor).s === "string" && typeof (v as repo.StartsAtCursor).i === "string",
  );
  const { rows, total } = await repo.listEvents(ctx.db, { tenantId: ctx.tenant.id, when: query.when, now: new Date(), after, limit: query.limit });
  const counts = await countsOf(
    ctx.db,
    ctx.tenant.id,
    rows.slice(0, query.limit).map((r) => r.id),
  );
  return toPage(
    rows,
    query.limit,
    total,
    (row) => toSummary(row, counts.get(row.id) ?? emptyCounts()),
    (row) => ({ s: row.startsAt.toISOString(), i: row.id }),
  );
}

export async function createEvent({ ctx, input }: { ctx: TenantContext; input: EventInput }): Promise<EventDetail> {
  assertCoherent(ctx, input);
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertEvent(tx as unknown as Db, { tenantId: ctx.tenant.id, ...valuesOf(input), createdBy: actorId(ctx.actor) });
    await recordAudit(tx as unknown as Db, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "event.created",
      targetType: "event",
      targetId: created.id,
      requestId: ctx.requestId,
      meta: { format: input.format, capacity: input.capacity ?? null },
    });
    return created;
  });
  return toDetail(row, emptyCounts());
}

export async function readEvent({ ctx, id }: { ctx: TenantContext; id: string }): Promise<EventDetail> {
  return detailOf(ctx, await loadEvent(ctx, id));
}

/**
 * Saves the edit. A new time or place raises the calendar SEQUENCE and mails everyone holding a seat an updated
 * .ics; a larger capacity lets the waitlist in. A smaller one keeps the seats already given.
 */
export async function updateEvent({ ctx, id, input }: { ctx: TenantContext; id: string; input: EventInput }): Promise<EventDetail> {
  const row = await transact(ctx, async (tx, outbox) => {
    const current = await repo.lockEvent(tx, ctx.tenant.id, id);
    if (!current) throw NotFound();
    if (current.status === "cancelled") throw Conflict("event_cancelled", "events.errors.cancelled");
    assertCoherent(ctx, input);
    const next = valuesOf(input);
    const moved =
      next.startsAt.getTime() !== current.startsAt.getTime() ||
      next.endsAt.getTime() !== current.endsAt.getTime() ||
      next.format !== current.format ||
      next.venue !== current.venue ||
      next.onlineUrl !== current.onlineUrl;
    const updated = await repo.updateEvent(tx, ctx.tenant.id, id, {
      ...next,
      sequence: moved ? current.sequence + 1 : current.sequence,
      // A new start time deserves its own reminder.
      ...(next.startsAt.getTime() !== current.startsAt.getTime() ? { reminderSentAt: null } : {}),
    });
    if (moved) {
      const people = await repo.peopleOf(tx, ctx.tenant.id, id, "confirmed");
      await mailPeople(ctx, outbox, {
        kind: "updated",
        event: updated,
        people,
        key: (p) => `event-updated:${id}:${updated.sequence}:${p.rsvpId}`,
        withPurpose: false,
      });
    }
    const promoted = await promoteWaitlisted(ctx, tx, outbox, updated);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "event.updated",
      targetType: "event",
      targetId: id,
      requestId: ctx.requestId,
      meta: { sequence: updated.sequence, moved, promoted },
    });
    return updated;
  });
  return detailOf(ctx, row);
}

/** Cancels the event and sends everyone who was going a CANCEL .ics, so calendars drop the entry. */
export async function cancelEvent({ ctx, id }: { ctx: TenantContext; id: string }): Promise<EventDetail> {
  const row = await transact(ctx, async (tx, outbox) => {
    const current = await repo.lockEvent(tx, ctx.tenant.id, id);
    if (!current) throw NotFound();
    if (current.status === "cancelled") return current;
    const updated = await repo.updateEvent(tx, ctx.tenant.id, id, { status: "cancelled", sequence: current.sequence + 1 });
    const people = await repo.peopleOf(tx, ctx.tenant.id, id, "going");
    await mailPeople(ctx, outbox, { kind: "cancelled", event: updated, people, key: (p) => `event-cancelled:${id}:${p.rsvpId}`, withPurpose: false });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "event.cancelled",
      targetType: "event",
      targetId: id,
      requestId: ctx.requestId,
      meta: { notified: people.length },
    });
    return updated;
  });
  return detailOf(ctx, row);
}

export async function listAttendees({ ctx, id }: { ctx: TenantContext; id: string }): Promise<AttendeeList> {
  await loadEvent(ctx, id);
  const rows = await repo.attendees(ctx.db, ctx.tenant.id, id);
  return {
    items: rows.map(
      (r): Attendee => ({
        rsvpId: r.rsvpId,
        alumnusId: r.alumnusId,
        name: r.familyName ? `${r.familyName} ${r.givenName ?? ""}`.trim() : r.userName,
        email: r.email,
        response: r.response as RsvpResponse,
        seat: r.seat as Seat,
        waitlistPosition: r.position,
        checkedInAt: iso(r.checkedInAt),
        respondedAt: r.updatedAt.toISOString(),
      }),
    ),
  };
}

/** Attendance on the day; a mistaken tap can be undone. */
export async function checkIn({ ctx, id, input }: { ctx: TenantContext; id: string; input: CheckInInput }): Promise<Attendee> {
  await loadEvent(ctx, id);
  const { rsvpId } = input;
  await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const rsvp = await repo.findRsvpById(tx, ctx.tenant.id, id, rsvpId);
    if (!rsvp) throw NotFound();
    if (rsvp.seat === "none") throw Conflict("not_attending", "events.errors.not_attending");
    if (Boolean(rsvp.checkedInAt) === input.checkedIn) return;
    await repo.setCheckIn(tx, {
      tenantId: ctx.tenant.id,
      eventId: id,
      rsvpId,
      at: input.checkedIn ? new Date() : null,
      by: input.checkedIn ? actorId(ctx.actor) : null,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: input.checkedIn ? "event.checked_in" : "event.check_in_undone",
      targetType: "event_rsvp",
      targetId: rsvpId,
      requestId: ctx.requestId,
      meta: { eventId: id },
    });
  });
  const { items } = await listAttendees({ ctx, id });
  const found = items.find((a) => a.rsvpId === rsvpId);
  if (!found) throw NotFound();
  return found;
}

function assertInvitable(event: repo.EventRow) {
  if (event.status === "cancelled") throw Conflict("event_cancelled", "events.errors.cancelled");
  if (event.endsAt.getTime() <= Date.now()) throw Conflict("event_ended", "events.errors.ended");
}

/** How many of a segment an invitation would reach (consented to event mail), and how many already have one. */
export async function inviteAudience({ ctx, id, input }: { ctx: TenantContext; id: string; input: InviteInput }): Promise<InviteResult> {
  await loadEvent(ctx, id);
  const count = await countSegment({ ctx, input: { purpose: "events", segment: input.segment } });
  return { recipients: count.recipients, alreadyInvited: await alreadyInvited(ctx, id, input) };
}

async function alreadyInvited(ctx: TenantContext, id: string, input: InviteInput): Promise<number> {
  let total = 0;
  let afterId: string | null = null;
  for (;;) {
    const batch = await segmentRecipients(ctx.db, { tenantId: ctx.tenant.id, purpose: "events", segment: input.segment, afterId, limit: 5000 });
    total += await repo.invitedAmong(
      ctx.db,
      ctx.tenant.id,
      id,
      batch.map((r) => r.alumnusId),
    );
    if (batch.length < 5000) return total;
    afterId = batch.at(-1)?.alumnusId ?? null;
  }
}

/** Records the request and leaves the writing of invitations and mails to a job. */
export async function invite({ ctx, id, input }: { ctx: TenantContext; id: string; input: InviteInput }): Promise<InviteResult> {
  const event = await loadEvent(ctx, id);
  assertInvitable(event);
  const result = await inviteAudience({ ctx, id, input });
  await recordAudit(ctx.db, {
    tenantId: ctx.tenant.id,
    actor: ctx.actor,
    action: "event.invited",
    targetType: "event",
    targetId: id,
    requestId: ctx.requestId,
    meta: { recipients: result.recipients, alreadyInvited: result.alreadyInvited },
  });
  await ctx.deps.jobs.send(
    EVENT_INVITE_JOB,
    { tenantId: ctx.tenant.id, eventId: id, segment: input.segment },
    { retryLimit: 5, retryDelay: 5, retryBackoff: true },
  );
  return result;
}

const INVITE_BATCH = 500;

/** One batch per transaction: new invitation rows and their mails together; people already invited are skipped. */
export async function writeInvitations(ctx: TenantContext, input: { eventId: string; segment: InviteInput["segment"] }): Promise<number> {
  const event = await repo.findEvent(ctx.db, ctx.tenant.id, input.eventId);
  if (event?.status !== "published" || event.endsAt.getTime() <= Date.now()) return 0;
  let afterId: string | null = null;
  let written = 0;
  for (;;) {
    const batch = await segmentRecipients(ctx.db, { tenantId: ctx.tenant.id, purpose: "events", segment: input.segment, afterId, limit: INVITE_BATCH });
    if (!batch.length) break;
    written += await transact(ctx, async (tx, outbox) => {
      const fresh = new Set(
        await repo.insertInvitations(
          tx,
          batch.map((r) => ({ tenantId: ctx.tenant.id, eventId: event.id, alumnusId: r.alumnusId })),
        ),
      );
      const people = batch.filter((r) => fresh.has(r.alumnusId));
      const names = new Map(
        (
          await repo.alumniNames(
            tx,
            ctx.tenant.id,
            people.map((p) => p.alumnusId),
          )
        ).map((n) => [n.id, `${n.familyName} ${n.givenName}`]),
      );
      await mailPeople(ctx, outbox, {
        kind: "invitation",
        event,
        people: people.map((p) => ({
          rsvpId: p.alumnusId,
          userId: p.userId,
          alumnusId: p.alumnusId,
          email: p.email,
          locale: p.locale,
          name: names.get(p.alumnusId) ?? "",
        })),
        key: (p) => `event-invitation:${event.id}:${p.alumnusId}`,
        withPurpose: true,
      });
      return people.length;
    });
    afterId = batch.at(-1)?.alumnusId ?? null;
    if (batch.length < INVITE_BATCH) break;
  }
  return written;
}

/** After the event: one message to the people who were checked in, once. */
export async function sendFollowUp({ ctx, id, input }: { ctx: TenantContext; id: string; input: FollowUpInput }): Promise<FollowUpResult> {
  return transact(ctx, async (tx, outbox) => {
    const event = await repo.lockEvent(tx, ctx.tenant.id, id);
    if (!event) throw NotFound();
    if (event.status === "cancelled") throw Conflict("event_cancelled", "events.errors.cancelled");
    if (event.endsAt.getTime() > Date.now()) throw Conflict("event_not_ended", "events.errors.not_ended");
    if (event.followUpSentAt) throw Conflict("follow_up_sent", "events.errors.follow_up_sent");
    const people = (await repo.peopleOf(tx, ctx.tenant.id, id, "checked_in")).filter((p) => p.alumnusId);
    if (!people.length) throw new DomainError(422, "no_attendees", "events.errors.no_attendees");
    if (!(await repo.markFollowUpSent(tx, ctx.tenant.id, id, new Date()))) throw Conflict("follow_up_sent", "events.errors.follow_up_sent");
    const facts = factsOf(event);
    await outbox.queueMany(
      people.map((p) => {
        const locale = localeOf(p.locale);
        return {
          tenantId: ctx.tenant.id,
          to: p.email,
          locale,
          template: "event_follow_up",
          content: renderFollowUp({
            locale,
            tenantName: ctx.tenant.name,
            name: p.name,
            subject: locale === "en" ? input.subjectEn : input.subjectJa,
            body: locale === "en" ? input.bodyEn : input.bodyJa,
            event: facts,
            baseUrl: ctx.baseUrl,
          }),
          idempotencyKey: `event-follow-up:${id}:${p.rsvpId}`,
          purpose: "events",
          alumnusId: p.alumnusId,
        };
      }),
    );
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "event.follow_up_sent",
      targetType: "event",
      targetId: id,
      requestId: ctx.requestId,
      meta: { recipients: people.length },
    });
    return { recipients: people.length };
  });
}

/** Reminders for every tenant's events starting within a day, each event once; returns how many events. */
export async function sendDueReminders(deps: AppDeps, now = new Date()): Promise<number> {
  const horizon = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  const queued: string[] = [];
  const base = systemContext(deps, { id: "", slug: "", name: "", mfaRequiredForStaff: false });
  const count = await deps.database.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const outbox = outboxIn(tx, deps, base.baseUrl, queued);
    const due = await repo.claimDueReminders(tx, { now, horizon });
    for (const { event, tenant } of due) {
      const ctx = systemContext(deps, { id: tenant.id, slug: tenant.slug, name: tenant.name, mfaRequiredForStaff: tenant.mfaRequiredForStaff });
      const people = await repo.peopleOf(tx, tenant.id, event.id, "confirmed");
      await mailPeople(ctx, outbox, { kind: "reminder", event, people, key: (p) => `event-reminder:${event.id}:${p.userId}`, withPurpose: true });
    }
    return due.length;
  });
  await dispatchMail(deps, queued);
  return count;
}

// ————— alumni —————

const userOf = (ctx: TenantContext): string => personOf(ctx, "events_need_person").userId;

function isOpen(event: repo.EventRow, now: number): boolean {
  return event.status === "published" && event.startsAt.getTime() > now && (!event.registrationDeadline || event.registrationDeadline.getTime() >= now);
}

type MyRow = Awaited<ReturnType<typeof repo.eventsForUser>>[number];

function toMySummary(row: MyRow): MyEventSummary {
  const { event, rsvp } = row;
  return {
    id: event.id,
    titleJa: event.titleJa,
    titleEn: event.titleEn,
    format: event.format === "online" ? "online" : "venue",
    venue: event.venue,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    status: event.status === "cancelled" ? "cancelled" : "published",
    invited: row.invitedAt !== null,
    myRsvp: rsvp ? { response: rsvp.response as RsvpResponse, seat: rsvp.seat as Seat, waitlistPosition: row.waitlistPosition } : null,
  };
}

/** Upcoming published events with the person's answer, for the alumni home feed: one query. */
export async function upcomingEventsFor(db: Db, input: { tenantId: string; userId: string; limit: number }): Promise<MyEventSummary[]> {
  const rows = await repo.eventsForUser(db, { ...input, now: new Date() });
  return rows.map(toMySummary);
}

export async function listMyEvents({ ctx }: { ctx: TenantContext }): Promise<MyEventList> {
  return { items: await upcomingEventsFor(ctx.db, { tenantId: ctx.tenant.id, userId: userOf(ctx), limit: 100 }) };
}

async function myEventOf(ctx: TenantContext, db: Db, id: string): Promise<MyEvent> {
  const userId = userOf(ctx);
  const [row] = await repo.eventsForUser(db, { tenantId: ctx.tenant.id, userId, now: new Date(), limit: 1, eventId: id });
  if (!row) throw NotFound();
  const { event, rsvp } = row;
  const confirmed = await repo.confirmedCount(db, ctx.tenant.id, id);
  const seated = rsvp?.seat === "confirmed";
  return {
    ...toMySummary(row),
    descriptionHtmlJa: renderMarkdown(event.descriptionJa),
    descriptionHtmlEn: renderMarkdown(event.descriptionEn),
    onlineUrl: seated && event.status === "published" ? event.onlineUrl : null,
    capacity: event.capacity,
    seatsLeft: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
    registrationDeadline: iso(event.registrationDeadline),
    registrationOpen: isOpen(event, Date.now()),
  };
}

export async function readMyEvent({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MyEvent> {
  return myEventOf(ctx, ctx.db, id);
}

function assertOpen(event: repo.EventRow) {
  const now = Date.now();
  if (event.status === "cancelled") throw Conflict("event_cancelled", "events.errors.cancelled");
  if (event.startsAt.getTime() <= now) throw Conflict("event_started", "events.errors.started");
  if (event.registrationDeadline && event.registrationDeadline.getTime() < now) throw Conflict("registration_closed", "events.errors.registration_closed");
}

/**
 * Going takes a free seat or a place in line; leaving a seat hands it to the first in line. The event row is
 * locked, so two answers for the last seat at the same instant get one seat and one place in line. Repeating the
 * same answer changes nothing.
 */
export async function answer({ ctx, id, input }: { ctx: TenantContext; id: string; input: RsvpInput | null }): Promise<MyEvent> {
  const userId = userOf(ctx);
  await transact(ctx, async (tx, outbox) => {
    const event = await repo.lockEvent(tx, ctx.tenant.id, id);
    if (!event) throw NotFound();
    const existing = await repo.findRsvp(tx, ctx.tenant.id, id, userId);
    if (input && existing?.response === input.response) return;
    if (!input && !existing) return;
    assertOpen(event);
    const me = await repo.alumnusOfUser(tx, ctx.tenant.id, userId);
    if (!me) throw Forbidden("not_alumnus", "events.errors.not_alumnus");
    let seat: Seat = "none";
    let waitlistedAt: Date | null = null;
    if (input?.response === "going") {
      if (existing?.seat === "confirmed" || existing?.seat === "waitlisted") {
        seat = existing.seat;
        waitlistedAt = existing.waitlistedAt;
      } else if (event.capacity === null || (await repo.confirmedCount(tx, ctx.tenant.id, id)) < event.capacity) {
        seat = "confirmed";
      } else {
        seat = "waitlisted";
        waitlistedAt = new Date();
      }
    }
    let saved: repo.RsvpRow | null = null;
    if (input) {
      saved = await repo.upsertRsvp(tx, { tenantId: ctx.tenant.id, eventId: id, userId, alumnusId: me.id, response: input.response, seat, waitlistedAt });
    } else if (existing) {
      await repo.deleteRsvp(tx, ctx.tenant.id, existing.id);
    }
    if (saved && seat === "confirmed" && existing?.seat !== "confirmed") {
      const person = {
        rsvpId: saved.id,
        userId,
        alumnusId: me.id,
        email: ctx.user?.email ?? "",
        locale: ctx.user?.locale ?? ctx.locale,
        name: `${me.familyName} ${me.givenName}`,
      };
      if (person.email) {
        await mailPeople(ctx, outbox, {
          kind: "confirmed",
          event,
          people: [person],
          key: () => `event-confirmed:${id}:${saved.id}:${saved.updatedAt.getTime()}`,
          withPurpose: false,
        });
      }
    }
    if (existing?.seat === "confirmed" && seat !== "confirmed") await promoteWaitlisted(ctx, tx, outbox, event);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: input ? "event.rsvp_changed" : "event.rsvp_withdrawn",
      targetType: "event",
      targetId: id,
      requestId: ctx.requestId,
      meta: { response: input?.response ?? null, seat },
    });
  });
  return myEventOf(ctx, ctx.db, id);
}

/** My .ics, once I hold a seat. */
export async function myCalendar({ ctx, id }: { ctx: TenantContext; id: string }): Promise<{ filename: string; body: string }> {
  const userId = userOf(ctx);
  const event = await loadEvent(ctx, id);
  const rsvp = await repo.findRsvp(ctx.db, ctx.tenant.id, id, userId);
  if (event.status !== "published" || rsvp?.seat !== "confirmed") throw Conflict("no_seat", "events.errors.no_seat");
  return { filename: `event-${id}.ics`, body: eventCalendar(factsOf(event), { locale: ctx.locale, baseUrl: ctx.baseUrl }) };
}

/** An alumnus's event answers, for their data export (HR's export request too). */
export async function eventRsvpsForExport(db: Db, tenantId: string, alumnusId: string) {
  const rows = await repo.rsvpsOfAlumnus(db, tenantId, alumnusId);
  return rows.map((r) => ({
    eventId: r.eventId,
    eventTitle: r.titleJa,
    startsAt: r.startsAt.toISOString(),
    response: r.response,
    seat: r.seat,
    checkedInAt: iso(r.checkedInAt),
    respondedAt: r.respondedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}
