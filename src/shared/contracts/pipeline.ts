import { z } from "zod";
import { ActivityKind, CandidateSource, RejectionReason, StageKind } from "../recruiting";
import { Cursor, Email, Limit, OneLine, pageOf } from "./common";

const Note = (max: number) => z.string().trim().max(max).nullish();

// ---------------------------------------------------------------- stages

export const Stage = z.object({
  id: z.uuid(),
  key: z.string(),
  nameJa: z.string(),
  nameEn: z.string(),
  kind: StageKind,
  position: z.number().int(),
  /** One of the product's default stages: renamable and movable, never removable. */
  builtIn: z.boolean(),
});
export type Stage = z.infer<typeof Stage>;

export const StageList = z.object({ items: z.array(Stage) });
export type StageList = z.infer<typeof StageList>;

/** One stage in the new order: an existing one by id, or a new open stage (no id). */
export const StageInput = z.object({
  id: z.uuid().nullish(),
  nameJa: OneLine(40),
  nameEn: OneLine(40),
});
export type StageInput = z.infer<typeof StageInput>;

/** The whole ordered list; stages left out are removed (custom and empty ones only). */
export const StagesInput = z.object({ stages: z.array(StageInput).min(1).max(30) });
export type StagesInput = z.infer<typeof StagesInput>;

// ---------------------------------------------------------------- board and list

export const CandidateFilter = z.object({
  positionId: z.uuid().optional(),
  ownerUserId: z.uuid().optional(),
  source: CandidateSource.optional(),
  q: z.string().trim().max(100).optional(),
});
export type CandidateFilter = z.infer<typeof CandidateFilter>;

export const CANDIDATE_SORTS = ["days", "updated", "name", "stage"] as const;
export const CandidateSort = z.enum(CANDIDATE_SORTS);
export type CandidateSort = z.infer<typeof CandidateSort>;

export const CandidateListQuery = CandidateFilter.extend({
  stageId: z.uuid().optional(),
  alumnusId: z.uuid().optional(),
  /** `days` with `desc` lists who waited longest first; a board column loads more with `days` + `asc`. */
  sort: CandidateSort.default("updated"),
  order: z.enum(["asc", "desc"]).default("desc"),
  cursor: Cursor.optional(),
  limit: Limit,
});
export type CandidateListQuery = z.infer<typeof CandidateListQuery>;

/** A card on the board and a row of the table. */
export const CandidateCard = z.object({
  id: z.uuid(),
  name: z.string(),
  nameKana: z.string().nullable(),
  alumnusId: z.uuid().nullable(),
  positionId: z.uuid().nullable(),
  positionTitleJa: z.string().nullable(),
  positionTitleEn: z.string().nullable(),
  stageId: z.uuid(),
  source: CandidateSource,
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  stageEnteredAt: z.string(),
  daysInStage: z.number().int(),
  nextInterviewAt: z.string().nullable(),
  closed: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type CandidateCard = z.infer<typeof CandidateCard>;

export const CandidatePage = pageOf(CandidateCard);
export type CandidatePage = z.infer<typeof CandidatePage>;

export const BoardColumn = z.object({
  stage: Stage,
  total: z.number().int(),
  cards: z.array(CandidateCard),
  /** For GET /pipeline/candidates?stageId=…&cursor=… to load more of this column. */
  nextCursor: z.string().nullable(),
});
export type BoardColumn = z.infer<typeof BoardColumn>;

export const Board = z.object({ columns: z.array(BoardColumn) });
export type Board = z.infer<typeof Board>;

export const PipelineOptions = z.object({
  positions: z.array(z.object({ id: z.uuid(), titleJa: z.string(), titleEn: z.string(), status: z.string() })),
  /** Members who may own candidates and interview (console roles). */
  people: z.array(z.object({ userId: z.uuid(), name: z.string(), role: z.string() })),
});
export type PipelineOptions = z.infer<typeof PipelineOptions>;

// ---------------------------------------------------------------- moves and edits

export const MoveInput = z.object({
  stageId: z.uuid(),
  /** The version the board showed; another change since then answers 409 `stale`. */
  version: z.number().int().min(1),
  rejectionReason: RejectionReason.nullish(),
  rejectionNote: Note(1000),
});
export type MoveInput = z.infer<typeof MoveInput>;

export const CandidatePatch = z.object({
  ownerUserId: z.uuid().nullish(),
  positionId: z.uuid().nullish(),
  version: z.number().int().min(1),
});
export type CandidatePatch = z.infer<typeof CandidatePatch>;

export const NewCandidateInput = z.object({
  alumnusId: z.uuid().nullish(),
  fullName: OneLine(100).nullish(),
  fullNameKana: OneLine(100).nullish(),
  email: Email.nullish(),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[0-9+\-() ]*$/)
    .nullish(),
  positionId: z.uuid().nullish(),
  source: CandidateSource.optional(),
  /** The agency's name, a campaign… */
  sourceDetail: OneLine(100).nullish(),
  stageKey: z.enum(["contacted", "casual_talk", "applied", "screening", "interviews", "offer"]).default("contacted"),
  ownerUserId: z.uuid().nullish(),
  note: Note(5000),
});
export type NewCandidateInput = z.infer<typeof NewCandidateInput>;

// ---------------------------------------------------------------- candidate page

export const InterviewFormat = z.enum(["online", "in_person"]);
export type InterviewFormat = z.infer<typeof InterviewFormat>;

export const Interview = z.object({
  id: z.uuid(),
  candidateId: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  format: InterviewFormat,
  location: z.string().nullable(),
  interviewers: z.array(z.object({ userId: z.uuid(), name: z.string() })),
  status: z.enum(["scheduled", "cancelled", "completed"]),
  sequence: z.number().int(),
  version: z.number().int(),
});
export type Interview = z.infer<typeof Interview>;

export const CandidateDetail = CandidateCard.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  sourceDetail: z.string().nullable(),
  referrerName: z.string().nullable(),
  rejectionReason: RejectionReason.nullable(),
  rejectionNote: z.string().nullable(),
  hiredAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  stage: Stage,
  alumnus: z.object({ id: z.uuid(), returnedAt: z.string().nullable(), department: z.string().nullable() }).nullable(),
  interviews: z.array(Interview),
});
export type CandidateDetail = z.infer<typeof CandidateDetail>;

export const Activity = z.object({
  id: z.uuid(),
  kind: ActivityKind,
  actorName: z.string().nullable(),
  body: z.string().nullable(),
  /** Notes are Markdown, rendered on the server. */
  bodyHtml: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type Activity = z.infer<typeof Activity>;

export const ActivityPage = pageOf(Activity);
export type ActivityPage = z.infer<typeof ActivityPage>;

export const ActivityQuery = z.object({ cursor: Cursor.optional(), limit: Limit });
export type ActivityQuery = z.infer<typeof ActivityQuery>;

export const NoteInput = z.object({ body: z.string().trim().min(1).max(5000) });
export type NoteInput = z.infer<typeof NoteInput>;

export const EmailInput = z.object({ subject: OneLine(200), body: z.string().trim().min(1).max(5000) });
export type EmailInput = z.infer<typeof EmailInput>;

export const InterviewInput = z.object({
  title: OneLine(120),
  /** ISO 8601 instants with a zone; the web sends Tokyo wall times converted with `tokyoWallToIso`. */
  startsAt: z.string().max(40),
  endsAt: z.string().max(40),
  format: InterviewFormat.default("online"),
  location: OneLine(300).nullish(),
  interviewerUserIds: z.array(z.uuid()).max(10).default([]),
});
export type InterviewInput = z.infer<typeof InterviewInput>;

export const InterviewPatch = z.object({
  title: OneLine(120).optional(),
  startsAt: z.string().max(40).optional(),
  endsAt: z.string().max(40).optional(),
  format: InterviewFormat.optional(),
  location: OneLine(300).nullish(),
  interviewerUserIds: z.array(z.uuid()).max(10).optional(),
  version: z.number().int().min(1),
});
export type InterviewPatch = z.infer<typeof InterviewPatch>;
