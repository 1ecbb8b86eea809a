import { z } from "zod";
import { Email, OneLine, pageOf } from "./common";

export const VISIT_STATUSES = ["requested", "accepted", "scheduled", "declined", "cancelled", "completed"] as const;
export const VisitStatus = z.enum(VISIT_STATUSES);
export type VisitStatus = z.infer<typeof VisitStatus>;

export const VisitFormat = z.enum(["online", "in_person"]);
export type VisitFormat = z.infer<typeof VisitFormat>;

/** Instants as ISO 8601 strings; the service checks length, order, overlap and "in the future". */
export const VisitSlot = z.object({ startsAt: z.string().max(40), endsAt: z.string().max(40) });
export type VisitSlot = z.infer<typeof VisitSlot>;

const Note = (max: number) => z.string().trim().max(max).nullish();

export const VisitRequestInput = z.object({
  alumnusId: z.uuid(),
  candidateName: OneLine(100),
  candidateAffiliation: OneLine(150),
  candidateEmail: Email.nullish(),
  topic: OneLine(150),
  message: Note(2000),
  format: VisitFormat.default("online"),
  /** Times that suit the candidate, shown to the alumnus as a starting point. */
  proposedSlots: z.array(VisitSlot).max(3).default([]),
});
export type VisitRequestInput = z.infer<typeof VisitRequestInput>;

export const VisitAcceptInput = z.object({ slots: z.array(VisitSlot).max(3), note: Note(500) });
export type VisitAcceptInput = z.infer<typeof VisitAcceptInput>;

export const VisitDeclineInput = z.object({ reason: Note(500) });
export type VisitDeclineInput = z.infer<typeof VisitDeclineInput>;

export const VisitScheduleInput = z.object({ startsAt: z.string().max(40), meetingDetails: Note(500) });
export type VisitScheduleInput = z.infer<typeof VisitScheduleInput>;

export const VisitCompleteInput = z.object({ outcomeNote: Note(1000) });
export type VisitCompleteInput = z.infer<typeof VisitCompleteInput>;

export const VisitListQuery = z.object({
  status: VisitStatus.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type VisitListQuery = z.infer<typeof VisitListQuery>;

/** What a requester may see of an alumnus when choosing whom to ask: nothing beyond these fields. */
export const AvailableAlumnus = z.object({
  id: z.uuid(),
  name: z.string(),
  department: z.string().nullable(),
  currentEmployer: z.string().nullable(),
  currentRole: z.string().nullable(),
  skills: z.array(z.string()),
});
export type AvailableAlumnus = z.infer<typeof AvailableAlumnus>;

export const AvailableAlumnusPage = pageOf(AvailableAlumnus);
export type AvailableAlumnusPage = z.infer<typeof AvailableAlumnusPage>;

export const VisitTimelineEntry = z.object({
  action: z.string(),
  /** admin | hr | employee | alumnus | apiKey | system */
  actor: z.string(),
  at: z.string(),
});
export type VisitTimelineEntry = z.infer<typeof VisitTimelineEntry>;

/** A visit as the alumnus sees it: the candidate's email stays with the company. */
export const MyVisit = z.object({
  id: z.uuid(),
  status: VisitStatus,
  format: VisitFormat,
  company: z.string(),
  requesterName: z.string().nullable(),
  candidateName: z.string(),
  candidateAffiliation: z.string().nullable(),
  topic: z.string(),
  message: z.string().nullable(),
  proposedSlots: z.array(VisitSlot),
  agreedStartsAt: z.string().nullable(),
  agreedEndsAt: z.string().nullable(),
  meetingDetails: z.string().nullable(),
  declineReason: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MyVisit = z.infer<typeof MyVisit>;

export const MyVisitPage = pageOf(MyVisit);
export type MyVisitPage = z.infer<typeof MyVisitPage>;

/** A visit as HR and its requester see it. */
export const Visit = MyVisit.omit({ company: true }).extend({
  alumnus: z.object({ id: z.uuid(), name: z.string(), department: z.string().nullable() }),
  requestedByUserId: z.string().nullable(),
  candidateEmail: z.string().nullable(),
  timeline: z.array(VisitTimelineEntry),
});
export type Visit = z.infer<typeof Visit>;

export const VisitSummary = Visit.omit({ timeline: true, message: true });
export type VisitSummary = z.infer<typeof VisitSummary>;

export const VisitPage = pageOf(VisitSummary);
export type VisitPage = z.infer<typeof VisitPage>;
