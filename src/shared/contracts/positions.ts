import { z } from "zod";
import { EmploymentType, PositionStatus, PositionVisibility } from "../recruiting";
import { Cursor, Limit, OneLine, pageOf } from "./common";

/** One line, no CR/LF: titles become mail subjects and notification labels. */
const Title = OneLine(150);
const Description = z.string().trim().max(20_000);
const ShortText = (max: number) => z.string().trim().max(max).nullable().optional();
const Skill = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .refine((value) => !/[\r\n,]/.test(value), { message: "Commas and line breaks are not allowed" });

export const POSITION_SKILLS_MAX = 30;

/** Everything HR writes about a posting; the status moves through its own verb. Empty texts are stored as null. */
export const PositionInput = z.object({
  titleJa: Title,
  titleEn: Title,
  department: ShortText(100),
  descriptionJa: Description.default(""),
  descriptionEn: Description.default(""),
  skills: z.array(Skill).max(POSITION_SKILLS_MAX).default([]),
  gradeMin: ShortText(50),
  gradeMax: ShortText(50),
  location: ShortText(200),
  employmentType: EmploymentType.default("full_time"),
  visibility: PositionVisibility.default("alumni"),
  /** A member whose role is manager, hr or admin. A manager's own postings always name them. */
  hiringManagerUserId: z.uuid().nullable().optional(),
});
export type PositionInput = z.infer<typeof PositionInput>;

/** An edit names the version it was based on; a stale one is refused with 409. */
export const PositionUpdateInput = PositionInput.extend({ version: z.number().int().min(1) });
export type PositionUpdateInput = z.infer<typeof PositionUpdateInput>;

/** draft → open → closed, and closed → open again (reopen). */
export const PositionStatusInput = z.object({ status: PositionStatus, version: z.number().int().min(1) });
export type PositionStatusInput = z.infer<typeof PositionStatusInput>;

export const PositionListQuery = z.object({
  status: PositionStatus.optional(),
  visibility: PositionVisibility.optional(),
  department: z.string().trim().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type PositionListQuery = z.infer<typeof PositionListQuery>;

export const PersonRef = z.object({ userId: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const PositionSummary = z.object({
  id: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  employmentType: EmploymentType,
  visibility: PositionVisibility,
  status: PositionStatus,
  skills: z.array(z.string()),
  gradeMin: z.string().nullable(),
  gradeMax: z.string().nullable(),
  hiringManager: PersonRef.nullable(),
  /** Open candidacies for this posting. */
  candidateCount: z.number().int(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type PositionSummary = z.infer<typeof PositionSummary>;

export const PositionPage = pageOf(PositionSummary);
export type PositionPage = z.infer<typeof PositionPage>;

/** What HR sees: both languages as written (Markdown) and as safe HTML. */
export const PositionDetail = PositionSummary.extend({
  descriptionJa: z.string(),
  descriptionEn: z.string(),
  descriptionHtmlJa: z.string(),
  descriptionHtmlEn: z.string(),
});
export type PositionDetail = z.infer<typeof PositionDetail>;

export const HiringManagerOption = z.object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(["admin", "hr", "manager"]) });
export type HiringManagerOption = z.infer<typeof HiringManagerOption>;

export const HiringManagerList = z.object({ items: z.array(HiringManagerOption) });
export type HiringManagerList = z.infer<typeof HiringManagerList>;

/** The newsletter HR reviews before it goes out: the job board announced to alumni who want job news. */
export const PositionCampaignDraft = z.object({
  purpose: z.literal("job_opportunities"),
  subjectJa: z.string(),
  subjectEn: z.string(),
  bodyJa: z.string(),
  bodyEn: z.string(),
  segment: z.object({}),
  /** The open alumni-visible postings listed in the body. */
  positionCount: z.number().int(),
});
export type PositionCampaignDraft = z.infer<typeof PositionCampaignDraft>;

// ————— employees (and staff): open postings to refer people to —————

export const MyPositionsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  department: z.string().trim().max(100).optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type MyPositionsQuery = z.infer<typeof MyPositionsQuery>;

/** An open posting as employees see it: no internal fields. Kept stable for the referral pages. */
export const MyPosition = z.object({
  id: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  /** The title in the reader's language. */
  title: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  employmentType: EmploymentType,
  skills: z.array(z.string()),
  descriptionHtml: z.string(),
  openedAt: z.string().nullable(),
});
export type MyPosition = z.infer<typeof MyPosition>;

export const MyPositionPage = pageOf(MyPosition);
export type MyPositionPage = z.infer<typeof MyPositionPage>;

// ————— alumni: the job board —————

export const JobBoardQuery = z.object({
  /** "true": only the postings I saved. */
  saved: z.enum(["true", "false"]).optional(),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type JobBoardQuery = z.infer<typeof JobBoardQuery>;

/** Why a posting is shown high on my board, in words and as data. */
export const JobMatch = z.object({
  score: z.number().int(),
  /** The posting's skills that I have (as the posting spells them). */
  skills: z.array(z.string()),
  /** The posting's department, when I worked there. */
  department: z.string().nullable(),
  /** Sentences in the reader's language, e.g. 「あなたのスキル: Java, 要件定義 が一致」. */
  reasons: z.array(z.string()),
});
export type JobMatch = z.infer<typeof JobMatch>;

export const Job = z.object({
  id: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  title: z.string(),
  department: z.string().nullable(),
  location: z.string().nullable(),
  employmentType: EmploymentType,
  skills: z.array(z.string()),
  gradeMin: z.string().nullable(),
  gradeMax: z.string().nullable(),
  /** open, or closed for a posting I saved or applied to before it closed. */
  status: PositionStatus,
  openedAt: z.string().nullable(),
  match: JobMatch,
  saved: z.boolean(),
  applied: z.boolean(),
});
export type Job = z.infer<typeof Job>;

export const JobPage = pageOf(Job);
export type JobPage = z.infer<typeof JobPage>;

export const JobDetail = Job.extend({ descriptionHtml: z.string() });
export type JobDetail = z.infer<typeof JobDetail>;

export const SavedState = z.object({ saved: z.boolean() });
export type SavedState = z.infer<typeof SavedState>;

export const OpenToReturn = z.object({
  openToReturn: z.boolean(),
  lookingFor: z.string().nullable(),
  openToReturnAt: z.string().nullable(),
});
export type OpenToReturn = z.infer<typeof OpenToReturn>;

export const LOOKING_FOR_MAX = 1000;
export const OpenToReturnInput = z.object({
  openToReturn: z.boolean(),
  lookingFor: z.string().trim().max(LOOKING_FOR_MAX).nullable().optional(),
});
export type OpenToReturnInput = z.infer<typeof OpenToReturnInput>;

export const APPLICATION_MESSAGE_MAX = 2000;
export const ApplyInput = z.object({
  message: z.string().trim().max(APPLICATION_MESSAGE_MAX).nullable().optional(),
  /** The applicant looked at their current profile (employer, role, skills) and it is up to date. */
  profileConfirmed: z.literal(true),
});
export type ApplyInput = z.infer<typeof ApplyInput>;

/** What an applicant sees of their candidacy: never stage names, notes or reasons. */
export const ApplicationStatus = z.enum(["in_progress", "hired", "closed"]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const MyApplication = z.object({
  id: z.string(),
  positionId: z.string().nullable(),
  titleJa: z.string(),
  titleEn: z.string(),
  title: z.string(),
  appliedAt: z.string(),
  status: ApplicationStatus,
});
export type MyApplication = z.infer<typeof MyApplication>;

export const MyApplicationList = z.object({ items: z.array(MyApplication) });
export type MyApplicationList = z.infer<typeof MyApplicationList>;
