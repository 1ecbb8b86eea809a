import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { alumni } from "./alumni";
import { tenants, users } from "./tenancy";

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const tenantRef = () =>
  uuid("tenant_id")
    .notNull()
    .references(() => tenants.id, { onDelete: "cascade" });

/** A job posting. Managers see and edit only the ones they are the hiring manager of. */
export const positions = pgTable(
  "positions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull(),
    department: text("department"),
    descriptionJa: text("description_ja").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    /** Matched against alumni skills on the job board (case- and width-insensitively). */
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    gradeMin: text("grade_min"),
    gradeMax: text("grade_max"),
    location: text("location"),
    /** full_time | contract | part_time | other */
    employmentType: text("employment_type").notNull().default("full_time"),
    /** alumni | employees | public */
    visibility: text("visibility").notNull().default("alumni"),
    /** draft | open | closed */
    status: text("status").notNull().default("draft"),
    hiringManagerUserId: uuid("hiring_manager_user_id").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    openedAt: at("opened_at"),
    closedAt: at("closed_at"),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("positions_tenant_status_idx").on(t.tenantId, t.status, t.createdAt),
    index("positions_tenant_manager_idx").on(t.tenantId, t.hiringManagerUserId),
  ],
);

/** A position an alumnus bookmarked on the job board. */
export const savedPositions = pgTable(
  "saved_positions",
  {
    tenantId: tenantRef(),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    savedAt: at("saved_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.alumnusId, t.positionId] }), index("saved_positions_tenant_idx").on(t.tenantId, t.alumnusId)],
);

/** A tenant's recruiting settings; absent means the defaults. */
export const recruitingSettings = pgTable("recruiting_settings", {
  tenantId: uuid("tenant_id")
    .primaryKey()
    .references(() => tenants.id, { onDelete: "cascade" }),
  referralValidityDays: integer("referral_validity_days").notNull().default(180),
  updatedAt: at("updated_at").notNull().defaultNow(),
});

/**
 * A pipeline stage. The default keys (contacted … withdrawn) can be renamed and reordered but not removed, since
 * the product moves people into them (a booked casual talk, an application); tenants may add stages of their own.
 */
export const pipelineStages = pgTable(
  "pipeline_stages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    key: text("key").notNull(),
    nameJa: text("name_ja").notNull(),
    nameEn: text("name_en").notNull(),
    position: integer("position").notNull(),
    /** open | hired | declined | withdrawn */
    kind: text("kind").notNull().default("open"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("pipeline_stages_tenant_key").on(t.tenantId, t.key), index("pipeline_stages_tenant_position_idx").on(t.tenantId, t.position)],
);

/**
 * A candidacy: one person (an alumnus, or someone known by email) for one position, or for none yet. While open
 * (`closed_at` null) a person has at most one candidacy per position: the partial unique indexes decide races.
 */
export const candidates = pgTable(
  "candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    alumnusId: uuid("alumnus_id").references(() => alumni.id, { onDelete: "cascade" }),
    fullName: text("full_name").notNull(),
    fullNameKana: text("full_name_kana"),
    email: text("email"),
    /** lower(trim(email)): the duplicate check's key for people who are not alumni. */
    emailKey: text("email_key"),
    phone: text("phone"),
    positionId: uuid("position_id").references(() => positions.id, { onDelete: "set null" }),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => pipelineStages.id),
    /** alumni | alumni_referral | employee_referral | direct | agency */
    source: text("source").notNull(),
    /** The agency's name, a campaign, … */
    sourceDetail: text("source_detail"),
    referrerUserId: uuid("referrer_user_id").references(() => users.id, { onDelete: "set null" }),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "set null" }),
    /** One of the rejection reason keys, when the candidacy ended declined or withdrawn. */
    rejectionReason: text("rejection_reason"),
    rejectionNote: text("rejection_note"),
    stageEnteredAt: at("stage_entered_at").notNull().defaultNow(),
    hiredAt: at("hired_at"),
    closedAt: at("closed_at"),
    /** Bumped on every change; a stage move names the version it saw (a stale board gets 409). */
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("candidates_tenant_stage_idx").on(t.tenantId, t.stageId, t.stageEnteredAt),
    index("candidates_tenant_position_idx").on(t.tenantId, t.positionId),
    index("candidates_tenant_alumnus_idx").on(t.tenantId, t.alumnusId),
    index("candidates_tenant_email_idx").on(t.tenantId, t.emailKey),
    index("candidates_tenant_owner_idx").on(t.tenantId, t.ownerUserId),
    uniqueIndex("candidates_open_alumnus_key")
      .on(t.tenantId, t.alumnusId, sql`coalesce(${t.positionId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.closedAt} is null and ${t.alumnusId} is not null`),
    uniqueIndex("candidates_open_email_key")
      .on(t.tenantId, t.emailKey, sql`coalesce(${t.positionId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.closedAt} is null and ${t.emailKey} is not null`),
  ],
);

/** The candidate's timeline: stage moves, notes, emails, interviews, talks, referrals. HR-only. */
export const candidateActivities = pgTable(
  "candidate_activities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("candidate_activities_candidate_idx").on(t.tenantId, t.candidateId, t.createdAt)],
);

/** An interview; interviewers and (when reachable) the candidate get an .ics. */
export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    startsAt: at("starts_at").notNull(),
    endsAt: at("ends_at").notNull(),
    /** online | in_person */
    format: text("format").notNull().default("online"),
    location: text("location"),
    interviewerUserIds: uuid("interviewer_user_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** scheduled | cancelled | completed */
    status: text("status").notNull().default("scheduled"),
    feedback: text("feedback"),
    sequence: integer("sequence").notNull().default(0),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [index("interviews_candidate_idx").on(t.tenantId, t.candidateId, t.startsAt), check("interviews_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`)],
);

/** A time an HR person or manager offers for casual talks (カジュアル面談). */
export const casualTalkSlots = pgTable(
  "casual_talk_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    hostUserId: uuid("host_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    positionId: uuid("position_id").references(() => positions.id, { onDelete: "set null" }),
    startsAt: at("starts_at").notNull(),
    endsAt: at("ends_at").notNull(),
    /** online | in_person */
    format: text("format").notNull().default("online"),
    location: text("location"),
    /** open | cancelled */
    status: text("status").notNull().default("open"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [index("casual_talk_slots_tenant_idx").on(t.tenantId, t.startsAt), check("casual_talk_slots_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`)],
);

/**
 * A casual talk: booked on a slot, or asked for without one (HR then picks a host and a time). No CV, no selection.
 * At most one live talk per slot: the partial unique index lets exactly one of two simultaneous bookings win.
 */
export const casualTalks = pgTable(
  "casual_talks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    slotId: uuid("slot_id").references(() => casualTalkSlots.id, { onDelete: "set null" }),
    hostUserId: uuid("host_user_id").references(() => users.id, { onDelete: "set null" }),
    positionId: uuid("position_id").references(() => positions.id, { onDelete: "set null" }),
    note: text("note"),
    /** requested | scheduled | cancelled | completed */
    status: text("status").notNull().default("requested"),
    startsAt: at("starts_at"),
    endsAt: at("ends_at"),
    format: text("format").notNull().default("online"),
    location: text("location"),
    /** The host's private note after the talk; never shown to the alumnus. */
    hostNote: text("host_note"),
    candidateId: uuid("candidate_id").references(() => candidates.id, { onDelete: "set null" }),
    /** alumnus | host */
    cancelledBy: text("cancelled_by"),
    cancelReason: text("cancel_reason"),
    sequence: integer("sequence").notNull().default(0),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("casual_talks_tenant_idx").on(t.tenantId, t.status, t.startsAt),
    index("casual_talks_alumnus_idx").on(t.tenantId, t.alumnusId),
    index("casual_talks_host_idx").on(t.tenantId, t.hostUserId),
    uniqueIndex("casual_talks_slot_taken_key").on(t.slotId).where(sql`${t.slotId} is not null and ${t.status} in ('scheduled', 'completed')`),
  ],
);

/** An employee's personal share link for one position; applications through it are attributed to them. */
export const referralLinks = pgTable(
  "referral_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    positionId: uuid("position_id")
      .notNull()
      .references(() => positions.id, { onDelete: "cascade" }),
    /** Random, ≥128 bits, URL-safe; the only thing the shared URL carries. */
    token: text("token").notNull(),
    openCount: integer("open_count").notNull().default(0),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("referral_links_token_key").on(t.token), uniqueIndex("referral_links_user_position_key").on(t.tenantId, t.userId, t.positionId)],
);

/**
 * A referral: of an outside friend (`friend`), of a former colleague who consented to referral requests (`alumnus`),
 * or an application through a referral link (`link`). A person already in the pipeline is linked, not re-created
 * (`duplicate`). Referrers see the status, never HR's notes.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    referrerUserId: uuid("referrer_user_id").references(() => users.id, { onDelete: "set null" }),
    positionId: uuid("position_id").references(() => positions.id, { onDelete: "set null" }),
    /** friend | alumnus | link */
    kind: text("kind").notNull(),
    alumnusId: uuid("alumnus_id").references(() => alumni.id, { onDelete: "cascade" }),
    linkId: uuid("link_id").references(() => referralLinks.id, { onDelete: "set null" }),
    fullName: text("full_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    relationship: text("relationship"),
    reason: text("reason"),
    personAware: boolean("person_aware").notNull().default(false),
    /** submitted | duplicate | in_pipeline | hired | not_hired | expired */
    status: text("status").notNull().default("submitted"),
    candidateId: uuid("candidate_id").references(() => candidates.id, { onDelete: "set null" }),
    expiresAt: at("expires_at").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("referrals_referrer_idx").on(t.tenantId, t.referrerUserId, t.createdAt),
    index("referrals_expiry_idx").on(t.tenantId, t.status, t.expiresAt),
    index("referrals_candidate_idx").on(t.tenantId, t.candidateId),
  ],
);

/** Where a current member worked, and when: with alumni's histories this finds former colleagues. */
export const memberDepartmentHistory = pgTable(
  "member_department_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    department: text("department").notNull(),
    fromDate: date("from_date").notNull(),
    /** Null: still there. */
    toDate: date("to_date"),
  },
  (t) => [
    index("member_department_history_dept_idx").on(t.tenantId, t.department),
    index("member_department_history_user_idx").on(t.tenantId, t.userId),
    check("member_department_history_order", sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
  ],
);

/** HR asks a current employee to reach out to a former colleague; the employee records what happened. */
export const colleagueOutreach = pgTable(
  "colleague_outreach",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    alumnusId: uuid("alumnus_id")
      .notNull()
      .references(() => alumni.id, { onDelete: "cascade" }),
    employeeUserId: uuid("employee_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    requestedByUserId: uuid("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    suggestedMessage: text("suggested_message").notNull(),
    /** requested | reached_out | not_possible */
    status: text("status").notNull().default("requested"),
    /** interested | not_now | no_answer, once reached out */
    outcome: text("outcome"),
    outcomeNote: text("outcome_note"),
    respondedAt: at("responded_at"),
    createdAt: at("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("colleague_outreach_employee_idx").on(t.tenantId, t.employeeUserId, t.createdAt),
    index("colleague_outreach_alumnus_idx").on(t.tenantId, t.alumnusId),
  ],
);

/** Durable record of domain events (a hire, …) that later features (rewards, onboarding, analytics) read. */
export const domainEvents = pgTable(
  "domain_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    type: text("type").notNull(),
    subjectId: uuid("subject_id"),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: at("occurred_at").notNull().defaultNow(),
  },
  (t) => [index("domain_events_tenant_type_idx").on(t.tenantId, t.type, t.occurredAt)],
);
