import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { alumni } from "./alumni";
import { tenants } from "./tenancy";

/** When graduation invitations go out and how long their links live. Absent means the defaults. */
export const offboardingSettings = pgTable("offboarding_settings", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  inviteDaysBefore: integer("invite_days_before").notNull().default(5),
  reminderDaysAfter: integer("reminder_days_after").notNull().default(7),
  tokenTtlDays: integer("token_ttl_days").notNull().default(60),
  updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/**
 * A leaver (or an alumnus invited in bulk) on the way to registering. The invitation token is created when
 * the invitation is sent; its hash finds the case, its sealed copy lets the reminder carry the same link.
 */
export const offboardingCases = pgTable(
  "offboarding_cases",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id").references(() => alumni.id, { onDelete: "set null" }),
    employeeNumber: text("employee_number"),
    familyName: text("family_name").notNull(),
    givenName: text("given_name").notNull(),
    workEmail: text("work_email"),
    /** Where the invitation goes when the work mailbox is gone (bulk invitations of existing alumni). */
    privateEmail: text("private_email"),
    department: text("department"),
    lastDay: date("last_day").notNull(),
    locale: text("locale").notNull().default("ja"),
    source: text("source").notNull(),
    status: text("status").notNull().default("scheduled"),
    sendAt: timestamp("send_at", { withTimezone: true, precision: 3 }).notNull(),
    invitedAt: timestamp("invited_at", { withTimezone: true, precision: 3 }),
    reminderAt: timestamp("reminder_at", { withTimezone: true, precision: 3 }),
    remindedAt: timestamp("reminded_at", { withTimezone: true, precision: 3 }),
    tokenHash: text("token_hash").unique(),
    tokenSealed: text("token_sealed"),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true, precision: 3 }),
    registeredAt: timestamp("registered_at", { withTimezone: true, precision: 3 }),
    declinedAt: timestamp("declined_at", { withTimezone: true, precision: 3 }),
    /** For bulk invitations: the legal basis HR confirmed for contacting people who have not consented yet. */
    legalBasis: text("legal_basis"),
    createdBy: text("created_by"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index("offboarding_cases_tenant_idx").on(t.tenantId, t.createdAt),
    index("offboarding_cases_due_idx").on(t.status, t.sendAt),
    uniqueIndex("offboarding_cases_open_work_email_key")
      .on(t.tenantId, sql`lower(${t.workEmail})`)
      .where(sql`${t.status} in ('scheduled', 'invited') and ${t.workEmail} is not null`),
    uniqueIndex("offboarding_cases_open_private_email_key")
      .on(t.tenantId, sql`lower(${t.privateEmail})`)
      .where(sql`${t.status} in ('scheduled', 'invited') and ${t.privateEmail} is not null`),
  ],
);

/** HR's own wording of an email template, per language; absent means Okaeri's default copy. */
export const mailTemplates = pgTable(
  "mail_templates",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    template: text("template").notNull(),
    locale: text("locale").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    updatedBy: text("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.template, t.locale] })],
);
