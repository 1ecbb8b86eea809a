import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { alumni } from "./alumni";
import { tenants, users } from "./tenancy";

export interface ProposedSlot {
  startsAt: string;
  endsAt: string;
}

/**
 * An OB/OG visit: HR or an employee asks an alumnus (who consented to referral requests) to talk with a
 * candidate or student. The candidate is named only as far as the alumnus needs to prepare.
 */
export const obogVisits = pgTable(
  "obog_visits",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    candidateName: text("candidate_name").notNull(),
    candidateEmail: text("candidate_email"),
    candidateAffiliation: text("candidate_affiliation"),
    topic: text("topic").notNull(),
    message: text("message"),
    /** online | in_person */
    format: text("format").notNull().default("online"),
    /** requested | accepted | scheduled | declined | cancelled | completed */
    status: text("status").notNull().default("requested"),
    proposedSlots: jsonb("proposed_slots").$type<ProposedSlot[]>().notNull().default([]),
    agreedStartsAt: timestamp("agreed_starts_at", { withTimezone: true, precision: 3 }),
    agreedEndsAt: timestamp("agreed_ends_at", { withTimezone: true, precision: 3 }),
    meetingDetails: text("meeting_details"),
    declineReason: text("decline_reason"),
    outcomeNote: text("outcome_note"),
    sequence: integer("sequence").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("obog_visits_tenant_idx").on(t.tenantId, t.createdAt), index("obog_visits_alumnus_idx").on(t.tenantId, t.alumnusId, t.status)],
);
