import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants, users } from "./tenancy";

/** A former employee of a tenant. Searchable through folded columns (ADR 0003). */
export const alumni = pgTable(
  "alumni",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    employeeNumber: text("employee_number"),
    familyName: text("family_name").notNull(),
    givenName: text("given_name").notNull(),
    familyNameKana: text("family_name_kana"),
    givenNameKana: text("given_name_kana"),
    formerFamilyName: text("former_family_name"),
    birthDate: date("birth_date"),
    workEmail: text("work_email"),
    privateEmail: text("private_email"),
    phone: text("phone"),
    snsLinks: jsonb("sns_links").$type<{ label: string; url: string }[]>().notNull().default([]),
    department: text("department"),
    jobTitle: text("job_title"),
    grade: text("grade"),
    employmentType: text("employment_type"),
    hireDate: date("hire_date"),
    leaveDate: date("leave_date").notNull(),
    exitType: text("exit_type").notNull().default("other"),
    exitReasonCategory: text("exit_reason_category"),
    exitReasonNote: text("exit_reason_note"),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    currentEmployer: text("current_employer"),
    currentRole: text("current_role"),
    returnInterest: text("return_interest").notNull().default("unknown"),
    /** The alumnus's own "I'm open to returning" signal on the job board, with what they are looking for. */
    openToReturn: boolean("open_to_return").notNull().default(false),
    lookingFor: text("looking_for"),
    openToReturnAt: timestamp("open_to_return_at", { withTimezone: true, precision: 3 }),
    /** Set when the pipeline hires the alumnus back (おかえりなさい). */
    returnedAt: timestamp("returned_at", { withTimezone: true, precision: 3 }),
    doNotRehire: boolean("do_not_rehire").notNull().default(false),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    hrNotes: text("hr_notes"),
    eligibility: text("eligibility").notNull().default("needs_review"),
    eligibilityOverride: text("eligibility_override"),
    eligibilityOverrideReason: text("eligibility_override_reason"),
    searchText: text("search_text").notNull().default(""),
    searchGrams: text("search_grams").array().notNull().default(sql`'{}'::text[]`),
    sortKey: text("sort_key").notNull().default(""),
    /** The alumnus's own sign-in, once they registered. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    registeredAt: timestamp("registered_at", { withTimezone: true, precision: 3 }),
    careerSinceLeaving: jsonb("career_since_leaving")
      .$type<{ employer: string; role: string | null; from: string | null; to: string | null }[]>()
      .notNull()
      .default([]),
    /** The privacy notice version the alumnus last read; behind the current one means "review at next sign-in". */
    noticeVersionSeen: integer("notice_version_seen"),
    /** html | text */
    mailFormat: text("mail_format").notNull().default("html"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("alumni_tenant_employee_number_key").on(t.tenantId, t.employeeNumber).where(sql`${t.employeeNumber} is not null`),
    index("alumni_tenant_sort_idx").on(t.tenantId, t.sortKey, t.id),
    index("alumni_tenant_work_email_idx").on(t.tenantId, sql`lower(${t.workEmail})`),
    index("alumni_search_text_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("alumni_search_grams_idx").using("gin", t.searchGrams),
    index("alumni_tenant_leave_date_idx").on(t.tenantId, t.leaveDate),
    index("alumni_tenant_eligibility_idx").on(t.tenantId, t.eligibility),
    uniqueIndex("alumni_tenant_user_key").on(t.tenantId, t.userId).where(sql`${t.userId} is not null`),
    index("alumni_tenant_private_email_idx").on(t.tenantId, sql`lower(${t.privateEmail})`),
  ],
);

/** Where an alumnus worked, and when: later features find former colleagues by overlapping periods. */
export const alumniDepartmentHistory = pgTable(
  "alumni_department_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    department: text("department").notNull(),
    fromDate: date("from_date").notNull(),
    toDate: date("to_date"),
  },
  (t) => [index("alumni_department_history_alumnus_idx").on(t.tenantId, t.alumnusId), index("alumni_department_history_dept_idx").on(t.tenantId, t.department)],
);

/** A tenant's rehire eligibility rules (誰でもOKにしない); absent means the defaults. */
export const eligibilityRules = pgTable("eligibility_rules", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  minTenureMonths: integer("min_tenure_months"),
  allowedExitTypes: text("allowed_exit_types").array().notNull(),
  maxYearsSinceLeaving: integer("max_years_since_leaving"),
  excludeDoNotRehire: boolean("exclude_do_not_rehire").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
