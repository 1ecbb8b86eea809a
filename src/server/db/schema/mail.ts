import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { alumni } from "./alumni";
import { offboardingCases } from "./graduation";
import { tenants } from "./tenancy";

export interface MailCalendar {
  filename: string;
  /** PUBLISH | REQUEST | CANCEL */
  method: string;
  content: string;
}

/** Every email is a row here first, written in the transaction of the change that caused it. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id").references(() => tenants.id, { onDelete: "cascade" }),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    toAddress: text("to_address").notNull(),
    template: text("template").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    /** An iCalendar invitation sent with the message (nodemailer `icalEvent`). */
    calendar: jsonb("calendar").$type<MailCalendar>(),
    /** Null for transactional mail; otherwise the consent purpose re-checked at the moment of sending. */
    purpose: text("purpose"),
    /** The alumnus the message is about: consent check, text-only preference, erasure. */
    alumnusId: uuid("alumnus_id").references(() => alumni.id, { onDelete: "cascade" }),
    offboardingCaseId: uuid("offboarding_case_id").references(() => offboardingCases.id, { onDelete: "cascade" }),
    announcementId: uuid("announcement_id").references(() => announcements.id, { onDelete: "set null" }),
    /** RFC 8058 one-click target; set on every non-transactional message. */
    unsubscribeUrl: text("unsubscribe_url"),
    /** queued | sending | sent | failed | suppressed */
    status: text("status").notNull().default("queued"),
    suppressedReason: text("suppressed_reason"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true, precision: 3 }),
    /** First time the tracking image was fetched; only for newsletters of tenants that switched tracking on. */
    openedAt: timestamp("opened_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index("mail_outbox_tenant_idx").on(t.tenantId, t.createdAt),
    index("mail_outbox_status_idx").on(t.status),
    index("mail_outbox_alumnus_idx").on(t.alumnusId),
    index("mail_outbox_case_idx").on(t.offboardingCaseId),
    index("mail_outbox_announcement_idx").on(t.announcementId),
  ],
);

/**
 * A newsletter (お知らせ配信): Markdown in ja and en, sent to the alumni of a segment who consented to its
 * purpose, now or at `scheduledAt`. The segment uses the alumni list's filters.
 */
export const announcements = pgTable(
  "announcements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    subjectJa: text("subject_ja").notNull(),
    bodyJa: text("body_ja").notNull(),
    subjectEn: text("subject_en").notNull(),
    bodyEn: text("body_en").notNull(),
    /** Alumni list filters; {} is everyone who consented. */
    segment: jsonb("segment").$type<Record<string, unknown>>().notNull().default({}),
    /** scheduled | sending | sent | cancelled */
    status: text("status").notNull().default("sending"),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true, precision: 3 }),
    /** The tenant's open-tracking setting when this newsletter went out. */
    openTracking: boolean("open_tracking").notNull().default(false),
    recipientCount: integer("recipient_count").notNull().default(0),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [index("announcements_tenant_idx").on(t.tenantId, t.createdAt), index("announcements_due_idx").on(t.status, t.scheduledAt)],
);
