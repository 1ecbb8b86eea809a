import { z } from "zod";

/** Where a candidate came from; analytics and rewards group by it. */
export const CANDIDATE_SOURCES = ["alumni", "alumni_referral", "employee_referral", "direct", "agency"] as const;
export const CandidateSource = z.enum(CANDIDATE_SOURCES);
export type CandidateSource = z.infer<typeof CandidateSource>;

export const STAGE_KINDS = ["open", "hired", "declined", "withdrawn"] as const;
export const StageKind = z.enum(STAGE_KINDS);
export type StageKind = z.infer<typeof StageKind>;

/** The stages every tenant starts with; the product moves people into the keyed ones, so they cannot be removed. */
export const DEFAULT_STAGES: { key: string; kind: StageKind; ja: string; en: string }[] = [
  { key: "contacted", kind: "open", ja: "接触", en: "Contacted" },
  { key: "casual_talk", kind: "open", ja: "カジュアル面談", en: "Casual talk" },
  { key: "applied", kind: "open", ja: "応募", en: "Applied" },
  { key: "screening", kind: "open", ja: "書類選考", en: "Screening" },
  { key: "interviews", kind: "open", ja: "面接", en: "Interviews" },
  { key: "offer", kind: "open", ja: "内定", en: "Offer" },
  { key: "hired", kind: "hired", ja: "入社決定", en: "Hired" },
  { key: "declined", kind: "declined", ja: "見送り", en: "Declined" },
  { key: "withdrawn", kind: "withdrawn", ja: "辞退", en: "Withdrawn" },
];
export type DefaultStageKey = "contacted" | "casual_talk" | "applied" | "screening" | "interviews" | "offer" | "hired" | "declined" | "withdrawn";

/** Why a candidacy ended without a hire; the copy lives in the web and server catalogues under these keys. */
export const REJECTION_REASONS = [
  "skills_mismatch",
  "experience_level",
  "compensation",
  "timing",
  "culture_fit",
  "position_closed",
  "accepted_elsewhere",
  "other",
] as const;
export const RejectionReason = z.enum(REJECTION_REASONS);
export type RejectionReason = z.infer<typeof RejectionReason>;

export const ACTIVITY_KINDS = [
  "created",
  "stage_changed",
  "note",
  "email",
  "interview_scheduled",
  "interview_updated",
  "interview_cancelled",
  "casual_talk",
  "application",
  "referral",
  "owner_changed",
  "position_changed",
  "rejected",
  "hired",
] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

export const POSITION_VISIBILITIES = ["alumni", "employees", "public"] as const;
export const PositionVisibility = z.enum(POSITION_VISIBILITIES);
export type PositionVisibility = z.infer<typeof PositionVisibility>;

export const POSITION_STATUSES = ["draft", "open", "closed"] as const;
export const PositionStatus = z.enum(POSITION_STATUSES);
export type PositionStatus = z.infer<typeof PositionStatus>;

export const EMPLOYMENT_TYPES = ["full_time", "contract", "part_time", "other"] as const;
export const EmploymentType = z.enum(EMPLOYMENT_TYPES);
export type EmploymentType = z.infer<typeof EmploymentType>;
