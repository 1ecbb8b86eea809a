import { z } from "zod";
import { ConsentPurpose } from "../consent-purposes";
import { Cursor, Limit, pageOf } from "./common";

// ---------- Privacy notice ----------

export const NoticeSummary = z.object({
  version: z.number().int(),
  changeSummary: z.string().nullable(),
  publishedAt: z.string(),
});
export type NoticeSummary = z.infer<typeof NoticeSummary>;

export const PrivacyNotice = NoticeSummary.extend({
  bodyJa: z.string(),
  bodyEn: z.string(),
});
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;

export const NoticePage = pageOf(NoticeSummary).extend({
  currentVersion: z.number().int(),
  /** Registered alumni who have not yet reviewed the current version (asked to at their next sign-in). */
  pendingReview: z.number().int(),
  registered: z.number().int(),
});
export type NoticePage = z.infer<typeof NoticePage>;

const NoticeBody = z.string().trim().min(20).max(50_000);
export const PublishNoticeInput = z.object({
  bodyJa: NoticeBody,
  bodyEn: NoticeBody,
  changeSummary: z.string().trim().min(1).max(1000),
  /** The version the editor started from; another publisher in between → 409 stale_version. */
  baseVersion: z.number().int().min(1),
});
export type PublishNoticeInput = z.infer<typeof PublishNoticeInput>;

// ---------- Data-subject requests ----------

export const DSR_KINDS = ["export", "correction", "erasure"] as const;
export const DsrKind = z.enum(DSR_KINDS);
export type DsrKind = z.infer<typeof DsrKind>;

export const DSR_STATUSES = ["open", "in_progress", "on_hold", "completed", "rejected"] as const;
export const DsrStatus = z.enum(DSR_STATUSES);
export type DsrStatus = z.infer<typeof DsrStatus>;

export const DsrRequest = z.object({
  id: z.string(),
  kind: DsrKind,
  status: DsrStatus,
  /** Null once the person was erased; the pseudonym then is all that is left. */
  alumnusId: z.string().nullable(),
  subjectName: z.string().nullable(),
  subjectPseudonym: z.string(),
  details: z.string().nullable(),
  requestedBy: z.enum(["subject", "hr"]),
  holdReason: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  dueAt: z.string(),
  /** Whole Tokyo calendar days until the due day; negative when overdue. */
  daysLeft: z.number().int(),
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  version: z.number().int(),
});
export type DsrRequest = z.infer<typeof DsrRequest>;
export const DsrPage = pageOf(DsrRequest);
export type DsrPage = z.infer<typeof DsrPage>;

export const DsrHistoryEntry = z.object({
  id: z.string(),
  at: z.string(),
  action: z.string(),
  actorType: z.string(),
  meta: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export const DsrDetail = DsrRequest.extend({ history: z.array(DsrHistoryEntry) });
export type DsrDetail = z.infer<typeof DsrDetail>;

export const DsrQuery = z.object({
  status: DsrStatus.optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type DsrQuery = z.infer<typeof DsrQuery>;

export const OpenDsrInput = z.object({
  alumnusId: z.uuid(),
  kind: DsrKind,
  details: z.string().trim().max(2000).nullable(),
});
export type OpenDsrInput = z.infer<typeof OpenDsrInput>;

export const DsrTransitionInput = z.object({
  status: z.enum(["in_progress", "on_hold", "completed", "rejected"]),
  /** Required for on_hold and rejected; an optional note for completed. */
  reason: z.string().trim().max(2000).nullable(),
  version: z.number().int().min(1),
});
export type DsrTransitionInput = z.infer<typeof DsrTransitionInput>;

export const ErasurePreview = z.object({
  alumnusId: z.string(),
  subjectName: z.string(),
  /** What erasure removes, counted per kind of record. */
  removes: z.object({
    alumnusRecord: z.number().int(),
    departmentHistory: z.number().int(),
    consents: z.number().int(),
    consentEvents: z.number().int(),
    exitSurveys: z.number().int(),
    offboardingCases: z.number().int(),
    mails: z.number().int(),
    webhookDeliveries: z.number().int(),
    importFiles: z.number().int(),
    importRows: z.number().int(),
    communityPosts: z.number().int(),
    communityComments: z.number().int(),
    eventRsvps: z.number().int(),
    visits: z.number().int(),
    /** Candidacies in the hiring pipeline: linked to the alumnus, or under one of their emails (an outside referral). */
    candidacies: z.number().int(),
    casualTalks: z.number().int(),
    /** Referrals naming the person (as a former colleague, or by email as an outside friend). */
    referrals: z.number().int(),
    savedPositions: z.number().int(),
    /** Requests to former colleagues to reach out to the person. */
    colleagueOutreach: z.number().int(),
    /** delete: the sign-in account goes; membership_only: the person also belongs to another company. */
    account: z.enum(["delete", "membership_only", "none"]),
    auditEventsPseudonymised: z.number().int(),
  }),
  /** Things going on about the person that HR should weigh before erasing (the due date stays tracked). */
  active: z.array(z.object({ kind: z.enum(["offboarding_case_open", "candidacy_open"]), id: z.string(), status: z.string() })),
  /** The hiring pipeline was searched: open candidacies are listed in `active` (status: the stage key). */
  hiringPipelineChecked: z.boolean(),
});
export type ErasurePreview = z.infer<typeof ErasurePreview>;

export const EraseInput = z.object({
  /** The person's full name typed again, as shown in the preview. */
  confirmation: z.string().trim().min(1).max(200),
  version: z.number().int().min(1),
});
export type EraseInput = z.infer<typeof EraseInput>;

export const ExportQuery = z.object({ format: z.enum(["json", "csv"]).default("json") });

// ---------- Retention ----------

export const RETENTION_CATEGORIES = [
  "exit_surveys",
  "sent_mail",
  "import_staging",
  "closed_offboarding_cases",
  "closed_dsr_requests",
  "webhook_deliveries",
  "unregistered_alumni",
] as const;
export const RetentionCategory = z.enum(RETENTION_CATEGORIES);
export type RetentionCategory = z.infer<typeof RetentionCategory>;

/** Okaeri's defaults; null is "off" (kept until erased). */
export const RETENTION_DEFAULTS: Record<RetentionCategory, number | null> = {
  exit_surveys: 36,
  sent_mail: 12,
  import_staging: 3,
  closed_offboarding_cases: 24,
  closed_dsr_requests: 60,
  webhook_deliveries: 3,
  unregistered_alumni: null,
};

export const RetentionMonths = z.number().int().min(1).max(240).nullable();

export const RetentionPolicy = z.object({
  category: RetentionCategory,
  months: RetentionMonths,
  defaultMonths: z.number().int().nullable(),
});
export const RetentionCounts = z.record(RetentionCategory, z.number().int());
export type RetentionCounts = z.infer<typeof RetentionCounts>;

export const RetentionOverview = z.object({
  policies: z.array(RetentionPolicy),
  /** What the next purge would delete with the settings as saved. */
  nextPurge: RetentionCounts,
  lastPurge: z.object({ at: z.string(), counts: RetentionCounts }).nullable(),
});
export type RetentionOverview = z.infer<typeof RetentionOverview>;

export const RetentionInput = z.object({
  policies: z
    .array(z.object({ category: RetentionCategory, months: RetentionMonths }))
    .min(1)
    .max(RETENTION_CATEGORIES.length),
});
export type RetentionInput = z.infer<typeof RetentionInput>;

// ---------- Consent overview ----------

export const ConsentOverview = z.object({
  registered: z.number().int(),
  purposes: z.array(
    z.object({
      purpose: ConsentPurpose,
      granted: z.number().int(),
      declined: z.number().int(),
      notAsked: z.number().int(),
      grantedPct: z.number(),
      declinedPct: z.number(),
      notAskedPct: z.number(),
    }),
  ),
});
export type ConsentOverview = z.infer<typeof ConsentOverview>;
