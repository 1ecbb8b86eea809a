import { bigserial, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { alumni } from "./alumni";
import { offboardingCases } from "./graduation";
import { tenants } from "./tenancy";

/** The company's privacy notice; each published version is kept unchanged. */
export const privacyNotices = pgTable(
  "privacy_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    bodyJa: text("body_ja").notNull(),
    bodyEn: text("body_en").notNull(),
    changeSummary: text("change_summary"),
    publishedBy: text("published_by"),
    publishedAt: timestamp("published_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("privacy_notices_tenant_version_key").on(t.tenantId, t.version)],
);

/** The current answer per purpose; the history is in consent_events. */
export const alumniConsents = pgTable(
  "alumni_consents",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    granted: boolean("granted").notNull(),
    noticeVersion: integer("notice_version"),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.alumnusId, t.purpose] }), index("alumni_consents_tenant_purpose_idx").on(t.tenantId, t.purpose, t.granted)],
);

export const consentEvents = pgTable(
  "consent_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    granted: boolean("granted").notNull(),
    noticeVersion: integer("notice_version"),
    /** registration | portal | unsubscribe | account_deletion */
    source: text("source").notNull(),
    at: timestamp("at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("consent_events_alumnus_idx").on(t.tenantId, t.alumnusId, t.at)],
);

/** Answers to the short exit survey at registration. No sensitive personal data (要配慮個人情報) is asked for. */
export const exitSurveys = pgTable(
  "exit_surveys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    caseId: uuid("case_id").references(() => offboardingCases.id, { onDelete: "set null" }),
    reasons: text("reasons").array().notNull(),
    considerReturning: text("consider_returning").notNull(),
    wouldBringBack: text("would_bring_back"),
    comment: text("comment"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("exit_surveys_tenant_idx").on(t.tenantId, t.submittedAt)],
);

/**
 * Data-subject requests (export, correction, erasure), due one month after receipt. The subject is kept as a
 * pseudonym so the request record survives the erasure it asked for.
 */
export const dsrRequests = pgTable(
  "dsr_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id").references(() => alumni.id, { onDelete: "set null" }),
    subjectPseudonym: text("subject_pseudonym").notNull(),
    kind: text("kind").notNull(),
    status: text("status").notNull().default("open"),
    details: text("details"),
    requestedBy: text("requested_by").notNull(),
    holdReason: text("hold_reason"),
    resolutionNote: text("resolution_note"),
    handledBy: text("handled_by"),
    dueAt: timestamp("due_at", { withTimezone: true, precision: 3 }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true, precision: 3 }),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("dsr_requests_tenant_idx").on(t.tenantId, t.status, t.dueAt)],
);

/** How long each category of personal data is kept; null months means "until erased". */
export const retentionPolicies = pgTable(
  "retention_policies",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    months: integer("months"),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.category] })],
);
