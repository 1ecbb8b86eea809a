import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { alumni } from "./alumni";
import { tenants, users } from "./tenancy";

/** An alumni event (同窓会, online meetup). Instants are stored in UTC and shown in Asia/Tokyo. */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull(),
    descriptionJa: text("description_ja").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    /** online | venue */
    format: text("format").notNull(),
    onlineUrl: text("online_url"),
    venue: text("venue"),
    startsAt: timestamp("starts_at", { withTimezone: true, precision: 3 }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true, precision: 3 }).notNull(),
    /** Null means no limit. */
    capacity: integer("capacity"),
    registrationDeadline: timestamp("registration_deadline", { withTimezone: true, precision: 3 }),
    /** published | cancelled */
    status: text("status").notNull().default("published"),
    /** Bumped on every change that attendees' calendars must follow (.ics SEQUENCE). */
    sequence: integer("sequence").notNull().default(0),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true, precision: 3 }),
    followUpSentAt: timestamp("follow_up_sent_at", { withTimezone: true, precision: 3 }),
    createdBy: text("created_by"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index("events_tenant_starts_idx").on(t.tenantId, t.startsAt),
    check("events_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    check("events_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);

/** Who was invited (a segment resolved at invitation time); invitations go through the outbox. */
export const eventInvitations = pgTable(
  "event_invitations",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    invitedAt: timestamp("invited_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.alumnusId] }), index("event_invitations_alumnus_idx").on(t.tenantId, t.alumnusId)],
);

/**
 * One answer per person per event. `going` holds a seat when `seat` is `confirmed`, or waits in line when
 * `waitlisted` (ordered by `waitlistedAt`); the event row is locked while seats change.
 */
export const eventRsvps = pgTable(
  "event_rsvps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id").references(() => alumni.id, { onDelete: "cascade" }),
    /** going | maybe | not_going */
    response: text("response").notNull(),
    /** confirmed | waitlisted | none */
    seat: text("seat").notNull().default("none"),
    waitlistedAt: timestamp("waitlisted_at", { withTimezone: true, precision: 3 }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true, precision: 3 }),
    checkedInBy: text("checked_in_by"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("event_rsvps_event_user_key").on(t.eventId, t.userId),
    index("event_rsvps_event_seat_idx").on(t.tenantId, t.eventId, t.seat, t.waitlistedAt),
    index("event_rsvps_user_idx").on(t.tenantId, t.userId),
  ],
);
