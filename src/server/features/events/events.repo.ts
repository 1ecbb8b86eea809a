import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { eventInvitations, eventRsvps, events } from "../../db/schema/events";
import { tenants, users } from "../../db/schema/tenancy";

export type EventRow = typeof events.$inferSelect;
export type RsvpRow = typeof eventRsvps.$inferSelect;

export async function insertEvent(db: Db, row: typeof events.$inferInsert): Promise<EventRow> {
  const [created] = await db.insert(events).values(row).returning();
  return created!;
}

export async function findEvent(db: Db, tenantId: string, id: string): Promise<EventRow | undefined> {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.tenantId, tenantId), eq(events.id, id)))
    .limit(1);
  return row;
}

/** The event row locked for the transaction: every change of seats runs one after the other per event. */
export async function lockEvent(tx: Db, tenantId: string, id: string): Promise<EventRow | undefined> {
  const [row] = await tx
    .select()
    .from(events)
    .where(and(eq(events.tenantId, tenantId), eq(events.id, id)))
    .for("update");
  return row;
}

export async function updateEvent(tx: Db, tenantId: string, id: string, set: Partial<typeof events.$inferInsert>): Promise<EventRow> {
  const [row] = await tx
    .update(events)
    .set({ ...set, updatedAt: new Date(), version: sql`${events.version} + 1` })
    .where(and(eq(events.tenantId, tenantId), eq(events.id, id)))
    .returning();
  return row!;
}

export interface StartsAtCursor {
  s: string;
  i: string;
}

/** Upcoming: not ended yet, soonest first. Past: ended, latest first. Keyset on (startsAt, id). */
export async function listEvents(db: Db, input: { tenantId: string; when: "upcoming" | "past"; now: Date; after: StartsAtCursor | null; limit: number }) {
  const upcoming = input.when === "upcoming";
  const where = and(eq(events.tenantId, input.tenantId), upcoming ? gte(events.endsAt, input.now) : lt(events.endsAt, input.now));
  let page: SQL | undefined = where;
  if (input.after) {
    const s = new Date(input.after.s);
    const beyond = upcoming ? gt : lt;
    page = and(where, or(beyond(events.startsAt, s), and(eq(events.startsAt, s), beyond(events.id, input.after.i))));
  }
  const order = upcoming ? [asc(events.startsAt), asc(events.id)] : [desc(events.startsAt), desc(events.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(events)
      .where(page)
      .orderBy(...order)
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(events)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Seats, answers, check-ins and invitations per event, in two grouped queries. */
export async function countsFor(db: Db, tenantId: string, ids: string[]) {
  if (!ids.length) return { rsvps: [], invited: [] };
  const [rsvps, invited] = await Promise.all([
    db
      .select({
        eventId: eventRsvps.eventId,
        confirmed: sql<number>`count(*) filter (where ${eventRsvps.seat} = 'confirmed')`.mapWith(Number),
        waitlisted: sql<number>`count(*) filter (where ${eventRsvps.seat} = 'waitlisted')`.mapWith(Number),
        maybe: sql<number>`count(*) filter (where ${eventRsvps.response} = 'maybe')`.mapWith(Number),
        notGoing: sql<number>`count(*) filter (where ${eventRsvps.response} = 'not_going')`.mapWith(Number),
        checkedIn: sql<number>`count(*) filter (where ${eventRsvps.checkedInAt} is not null)`.mapWith(Number),
      })
      .from(eventRsvps)
      .where(and(eq(eventRsvps.tenantId, tenantId), inArray(eventRsvps.eventId, ids)))
      .groupBy(eventRsvps.eventId),
    db
      .select({ eventId: eventInvitations.eventId, n: sql<number>`count(*)`.mapWith(Number) })
      .from(eventInvitations)
      .where(and(eq(eventInvitations.tenantId, tenantId), inArray(eventInvitations.eventId, ids)))
      .groupBy(eventInvitations.eventId),
  ]);
  return { rsvps, invited };
}

export async function confirmedCount(tx: Db, tenantId: string, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(eventRsvps)
    .where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.eventId, eventId), eq(eventRsvps.seat, "confirmed")));
  return row?.n ?? 0;
}

export async function findRsvp(db: Db, tenantId: string, eventId: string, userId: string): Promise<RsvpRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRsvps)
    .where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.eventId, eventId), eq(eventRsvps.userId, userId)))
    .limit(1);
  return row;
}

export async function upsertRsvp(tx: Db, row: typeof eventRsvps.$inferInsert): Promise<RsvpRow> {
  const now = new Date();
  const [saved] = await tx
    .insert(eventRsvps)
    .values({ ...row, updatedAt: now })
    .onConflictDoUpdate({
      target: [eventRsvps.eventId, eventRsvps.userId],
      set: { response: row.response, seat: row.seat, waitlistedAt: row.waitlistedAt ?? null, updatedAt: now },
    })
    .returning();
  return saved!;
}

export async function deleteRsvp(tx: Db, tenantId: string, id: string): Promise<void> {
  await tx.delete(eventRsvps).where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.id, id)));
}

const personColumns = {
  rsvpId: eventRsvps.id,
  userId: eventRsvps.userId,
  alumnusId: eventRsvps.alumnusId,
  email: users.email,
  locale: users.locale,
  userName: users.name,
  familyName: alumni.familyName,
  givenName: alumni.givenName,
};

export type EventPerson = { rsvpId: string; userId: string; alumnusId: string | null; email: string; locale: string; name: string };

type PersonRow = {
  rsvpId: string;
  userId: string;
  alumnusId: string | null;
  email: string;
  locale: string;
  userName: string;
  familyName: string | null;
  givenName: string | null;
};
const personOf = (row: PersonRow): EventPerson => ({
  rsvpId: row.rsvpId,
  userId: row.userId,
  alumnusId: row.alumnusId,
  email: row.email,
  locale: row.locale,
  name: row.familyName ? `${row.familyName} ${row.givenName ?? ""}`.trim() : row.userName,
});

function peopleQuery(db: Db) {
  return db.select(personColumns).from(eventRsvps).innerJoin(users, eq(users.id, eventRsvps.userId)).leftJoin(alumni, eq(alumni.id, eventRsvps.alumnusId));
}

/** The first `n` in line, locked: they are about to take the seats that opened. */
export async function waitlistHead(tx: Db, tenantId: string, eventId: string, n: number): Promise<EventPerson[]> {
  const rows = await peopleQuery(tx)
    .where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.eventId, eventId), eq(eventRsvps.seat, "waitlisted")))
    .orderBy(asc(eventRsvps.waitlistedAt), asc(eventRsvps.id))
    .limit(n)
    .for("update", { of: eventRsvps });
  return rows.map(personOf);
}

export async function confirmSeats(tx: Db, tenantId: string, rsvpIds: string[]): Promise<void> {
  if (!rsvpIds.length) return;
  await tx
    .update(eventRsvps)
    .set({ seat: "confirmed", waitlistedAt: null, updatedAt: new Date() })
    .where(and(eq(eventRsvps.tenantId, tenantId), inArray(eventRsvps.id, rsvpIds)));
}

/** People holding a seat (confirmed), the ones in line too when `withWaitlist`, or only those checked in. */
export async function peopleOf(db: Db, tenantId: string, eventId: string, who: "confirmed" | "going" | "checked_in"): Promise<EventPerson[]> {
  const filter =
    who === "confirmed"
      ? eq(eventRsvps.seat, "confirmed")
      : who === "going"
        ? inArray(eventRsvps.seat, ["confirmed", "waitlisted"])
        : isNotNull(eventRsvps.checkedInAt);
  const rows = await peopleQuery(db)
    .where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.eventId, eventId), filter))
    .orderBy(asc(eventRsvps.id));
  return rows.map(personOf);
}

/** Everyone who answered, with the waitlist order; the check-in page searches it on the phone. */
export async function attendees(db: Db, tenantId: string, eventId: string) {
  return db
    .select({
      ...personColumns,
      response: eventRsvps.response,
      seat: eventRsvps.seat,
      checkedInAt: eventRsvps.checkedInAt,
      updatedAt: eventRsvps.updatedAt,
      position: sql<
        number | null
      >`case when ${eventRsvps.seat} = 'waitlisted' then row_number() over (partition by ${eventRsvps.seat} order by ${eventRsvps.waitlistedAt}, ${eventRsvps.id}) end`.mapWith(
        (v) => (v === null ? null : Number(v)),
      ),
    })
    .from(eventRsvps)
    .innerJoin(users, eq(users.id, eventRsvps.userId))
    .leftJoin(alumni, eq(alumni.id, eventRsvps.alumnusId))
    .where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.eventId, eventId)))
    .orderBy(alumni.familyNameKana, alumni.familyName, alumni.givenName, eventRsvps.id)
    .limit(5000);
}

export async function setCheckIn(tx: Db, input: { tenantId: string; eventId: string; rsvpId: string; at: Date | null; by: string | null }) {
  const [row] = await tx
    .update(eventRsvps)
    .set({ checkedInAt: input.at, checkedInBy: input.by, updatedAt: new Date() })
    .where(and(eq(eventRsvps.tenantId, input.tenantId), eq(eventRsvps.eventId, input.eventId), eq(eventRsvps.id, input.rsvpId)))
    .returning();
  return row;
}

export async function findRsvpById(db: Db, tenantId: string, eventId: string, rsvpId: string): Promise<RsvpRow | undefined> {
  const [row] = await db
    .select()
    .from(eventRsvps)
    .where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.eventId, eventId), eq(eventRsvps.id, rsvpId)))
    .limit(1);
  return row;
}

export async function alumnusOfUser(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: alumni.id, familyName: alumni.familyName, givenName: alumni.givenName })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.userId, userId)))
    .limit(1);
  return row;
}

/** Events an alumnus sees (every published event that has not ended), with their answer and invitation, in one query. */
/** The person's place in the waitlist (1 = next), counted in the same statement; null unless waitlisted. */
const waitlistPlace = sql<number | null>`case when ${eventRsvps.seat} = 'waitlisted' then (
    select count(*) from event_rsvps ahead where ahead.event_id = ${eventRsvps.eventId} and ahead.seat = 'waitlisted'
      and (ahead.waitlisted_at < ${eventRsvps.waitlistedAt} or (ahead.waitlisted_at = ${eventRsvps.waitlistedAt} and ahead.id <= ${eventRsvps.id}))
  ) end`.mapWith(Number);

/** Events with the person's answer, invitation and waitlist place: one statement however many events. */
export async function eventsForUser(db: Db, input: { tenantId: string; userId: string; now: Date; limit: number; eventId?: string }) {
  return db
    .select({ event: events, rsvp: eventRsvps, invitedAt: eventInvitations.invitedAt, waitlistPosition: waitlistPlace })
    .from(events)
    .leftJoin(eventRsvps, and(eq(eventRsvps.eventId, events.id), eq(eventRsvps.userId, input.userId)))
    .leftJoin(alumni, and(eq(alumni.tenantId, events.tenantId), eq(alumni.userId, input.userId)))
    .leftJoin(eventInvitations, and(eq(eventInvitations.eventId, events.id), eq(eventInvitations.alumnusId, alumni.id)))
    .where(
      and(
        eq(events.tenantId, input.tenantId),
        input.eventId ? eq(events.id, input.eventId) : and(eq(events.status, "published"), gte(events.endsAt, input.now)),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(input.limit);
}

/** New invitations only: those already invited come back empty, so nobody is mailed twice. */
export async function insertInvitations(tx: Db, rows: (typeof eventInvitations.$inferInsert)[]): Promise<string[]> {
  if (!rows.length) return [];
  const inserted = await tx.insert(eventInvitations).values(rows).onConflictDoNothing().returning({ alumnusId: eventInvitations.alumnusId });
  return inserted.map((r) => r.alumnusId);
}

export async function invitedAmong(db: Db, tenantId: string, eventId: string, alumnusIds: string[]): Promise<number> {
  if (!alumnusIds.length) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(eventInvitations)
    .where(and(eq(eventInvitations.tenantId, tenantId), eq(eventInvitations.eventId, eventId), inArray(eventInvitations.alumnusId, alumnusIds)));
  return row?.n ?? 0;
}

/** Names of the invitees of one batch, for the greeting. */
export async function alumniNames(db: Db, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: alumni.id, familyName: alumni.familyName, givenName: alumni.givenName })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), inArray(alumni.id, ids)));
}

export async function findWithTenant(db: Db, id: string) {
  const [row] = await db
    .select({ event: events, tenant: tenants })
    .from(events)
    .innerJoin(tenants, eq(tenants.id, events.tenantId))
    .where(eq(events.id, id))
    .limit(1);
  return row;
}

/**
 * Claims the events (any tenant) starting within the horizon whose reminder is not sent: the conditional update
 * makes two overlapping runs claim each event once.
 */
export async function claimDueReminders(tx: Db, input: { now: Date; horizon: Date }) {
  const claimed = await tx
    .update(events)
    .set({ reminderSentAt: input.now })
    .where(and(eq(events.status, "published"), isNull(events.reminderSentAt), gt(events.startsAt, input.now), lte(events.startsAt, input.horizon)))
    .returning();
  if (!claimed.length) return [];
  const owners = await tx
    .select()
    .from(tenants)
    .where(
      inArray(
        tenants.id,
        claimed.map((e) => e.tenantId),
      ),
    );
  return claimed.map((event) => ({ event, tenant: owners.find((t) => t.id === event.tenantId)! }));
}

export async function markFollowUpSent(tx: Db, tenantId: string, id: string, at: Date): Promise<boolean> {
  const rows = await tx
    .update(events)
    .set({ followUpSentAt: at })
    .where(and(eq(events.tenantId, tenantId), eq(events.id, id), isNull(events.followUpSentAt)))
    .returning({ id: events.id });
  return rows.length > 0;
}

/** One alumnus's answers, for their data export. */
export async function rsvpsOfAlumnus(db: Db, tenantId: string, alumnusId: string) {
  return db
    .select({
      eventId: events.id,
      titleJa: events.titleJa,
      startsAt: events.startsAt,
      response: eventRsvps.response,
      seat: eventRsvps.seat,
      checkedInAt: eventRsvps.checkedInAt,
      respondedAt: eventRsvps.createdAt,
      updatedAt: eventRsvps.updatedAt,
    })
    .from(eventRsvps)
    .innerJoin(events, eq(events.id, eventRsvps.eventId))
    .where(and(eq(eventRsvps.tenantId, tenantId), eq(eventRsvps.alumnusId, alumnusId)))
    .orderBy(desc(events.startsAt));
}
