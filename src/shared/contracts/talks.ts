import { z } from "zod";
import { pageOf } from "./common";

export const TALK_STATUSES = ["requested", "scheduled", "cancelled", "completed"] as const;
export const TalkStatus = z.enum(TALK_STATUSES);
export type TalkStatus = z.infer<typeof TalkStatus>;

export const TalkFormat = z.enum(["online", "in_person"]);
export type TalkFormat = z.infer<typeof TalkFormat>;

/** open: bookable; booked: a live talk holds it; cancelled: withdrawn by the host. */
export const TalkSlotState = z.enum(["open", "booked", "cancelled"]);
export type TalkSlotState = z.infer<typeof TalkSlotState>;

const Text = (max: number) => z.string().trim().max(max).nullish();
/** A place or a meeting URL: one line, shown in mail and the .ics. */
const Place = z
  .string()
  .trim()
  .max(300)
  .refine((value) => !/[\r\n]/.test(value), { message: "Line breaks are not allowed" })
  .nullish();

export const TALK_MIN_MINUTES = 15;
export const TALK_MAX_MINUTES = 120;

/** Several slots on one day (Asia/Tokyo): a date, start times and one length for all of them. */
export const TalkSlotCreateInput = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  startTimes: z
    .array(z.string().regex(/^\d{2}:\d{2}$/))
    .min(1)
    .max(16),
  durationMinutes: z.number().int(),
  format: TalkFormat.default("online"),
  location: Place,
  positionId: z.uuid().nullish(),
  /** Admin and HR may open slots for another host; a manager always hosts their own. */
  hostUserId: z.uuid().nullish(),
});
export type TalkSlotCreateInput = z.infer<typeof TalkSlotCreateInput>;

export const TalkSlotListQuery = z.object({
  hostUserId: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TalkSlotListQuery = z.infer<typeof TalkSlotListQuery>;

export const TalkPositionRef = z.object({ id: z.uuid(), titleJa: z.string(), titleEn: z.string() });
export type TalkPositionRef = z.infer<typeof TalkPositionRef>;

/** Open positions a slot or a candidacy may be about. */
export const TalkPositionList = z.object({ items: z.array(TalkPositionRef) });
export type TalkPositionList = z.infer<typeof TalkPositionList>;

/** A slot as hosts see it, with who booked it. */
export const TalkSlot = z.object({
  id: z.uuid(),
  hostUserId: z.uuid(),
  hostName: z.string().nullable(),
  position: TalkPositionRef.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  format: TalkFormat,
  location: z.string().nullable(),
  state: TalkSlotState,
  talkId: z.uuid().nullable(),
  alumnusName: z.string().nullable(),
});
export type TalkSlot = z.infer<typeof TalkSlot>;

export const TalkSlotPage = pageOf(TalkSlot);
export type TalkSlotPage = z.infer<typeof TalkSlotPage>;

export const TalkSlotCreated = z.object({ items: z.array(TalkSlot) });
export type TalkSlotCreated = z.infer<typeof TalkSlotCreated>;

/** A slot an alumnus may book: the host's name and the position, never who else booked what. */
export const AvailableTalkSlot = z.object({
  id: z.uuid(),
  hostName: z.string().nullable(),
  position: TalkPositionRef.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  format: TalkFormat,
  /** The place of an in-person talk; an online link is sent once booked. */
  location: z.string().nullable(),
});
export type AvailableTalkSlot = z.infer<typeof AvailableTalkSlot>;

export const AvailableTalkSlotPage = pageOf(AvailableTalkSlot);
export type AvailableTalkSlotPage = z.infer<typeof AvailableTalkSlotPage>;

/** On a slot (booked at once) or without one (requested; HR picks a host and a time). No CV, no selection. */
export const MyTalkRequestInput = z.object({
  slotId: z.uuid().nullish(),
  positionId: z.uuid().nullish(),
  note: Text(500),
  preferredTimes: Text(300),
});
export type MyTalkRequestInput = z.infer<typeof MyTalkRequestInput>;

export const MyTalkCancelInput = z.object({ reason: Text(500) });
export type MyTalkCancelInput = z.infer<typeof MyTalkCancelInput>;

export const MyTalkRescheduleInput = z.object({ slotId: z.uuid() });
export type MyTalkRescheduleInput = z.infer<typeof MyTalkRescheduleInput>;

export const MyTalkListQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MyTalkListQuery = z.infer<typeof MyTalkListQuery>;

/** A talk as the alumnus sees it: never the host's private note, nor the candidacy. */
export const MyTalk = z.object({
  id: z.uuid(),
  status: TalkStatus,
  company: z.string(),
  hostName: z.string().nullable(),
  position: TalkPositionRef.nullable(),
  slotId: z.uuid().nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  format: TalkFormat,
  location: z.string().nullable(),
  /** The alumnus's note; for a talk asked for without a slot, their preferred times follow on a line of their own. */
  note: z.string().nullable(),
  cancelledBy: z.enum(["alumnus", "host"]).nullable(),
  createdAt: z.string(),
});
export type MyTalk = z.infer<typeof MyTalk>;

export const MyTalkPage = pageOf(MyTalk);
export type MyTalkPage = z.infer<typeof MyTalkPage>;

export const TALK_VIEWS = ["upcoming", "requests", "past", "all"] as const;
export const TalkView = z.enum(TALK_VIEWS);
export type TalkView = z.infer<typeof TalkView>;

export const TalkListQuery = z.object({
  view: TalkView.default("upcoming"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type TalkListQuery = z.infer<typeof TalkListQuery>;

/** A talk as hosts see it. `hostNote` is private to the company. */
export const Talk = z.object({
  id: z.uuid(),
  status: TalkStatus,
  alumnus: z.object({ id: z.uuid(), name: z.string(), department: z.string().nullable(), leaveDate: z.string().nullable() }),
  hostUserId: z.uuid().nullable(),
  hostName: z.string().nullable(),
  position: TalkPositionRef.nullable(),
  slotId: z.uuid().nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  format: TalkFormat,
  location: z.string().nullable(),
  /** The alumnus's note; for a talk asked for without a slot, their preferred times follow on a line of their own. */
  note: z.string().nullable(),
  hostNote: z.string().nullable(),
  candidateId: z.uuid().nullable(),
  cancelledBy: z.enum(["alumnus", "host"]).nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Talk = z.infer<typeof Talk>;

export const TalkPage = pageOf(Talk);
export type TalkPage = z.infer<typeof TalkPage>;

/** HR gives a requested talk a host and a time. */
export const TalkScheduleInput = z.object({
  hostUserId: z.uuid(),
  startsAt: z.string().max(40),
  endsAt: z.string().max(40),
  format: TalkFormat.default("online"),
  location: Place,
});
export type TalkScheduleInput = z.infer<typeof TalkScheduleInput>;

/** The host moves a talk to a new time (a slot it held is freed). */
export const TalkRescheduleInput = z.object({
  startsAt: z.string().max(40),
  endsAt: z.string().max(40),
  format: TalkFormat.optional(),
  location: Place,
});
export type TalkRescheduleInput = z.infer<typeof TalkRescheduleInput>;

export const TalkCancelInput = z.object({ reason: Text(500) });
export type TalkCancelInput = z.infer<typeof TalkCancelInput>;

export const TalkCompleteInput = z.object({ hostNote: Text(4000) });
export type TalkCompleteInput = z.infer<typeof TalkCompleteInput>;

export const TalkNoteInput = z.object({ hostNote: z.string().trim().max(4000) });
export type TalkNoteInput = z.infer<typeof TalkNoteInput>;

export const TalkCandidacyInput = z.object({ positionId: z.uuid().nullish() });
export type TalkCandidacyInput = z.infer<typeof TalkCandidacyInput>;

export const TalkCandidacy = z.object({ candidateId: z.uuid(), created: z.boolean() });
export type TalkCandidacy = z.infer<typeof TalkCandidacy>;

/** People who may host casual talks (admin, HR, managers), for HR's host picker. */
export const TalkHost = z.object({ userId: z.uuid(), name: z.string(), role: z.string() });
export const TalkHostList = z.object({ items: z.array(TalkHost) });
export type TalkHostList = z.infer<typeof TalkHostList>;
