import { z } from "zod";
import { OneLine, pageOf } from "./common";
import { Segment } from "./segments";

export const EventFormat = z.enum(["online", "venue"]);
export type EventFormat = z.infer<typeof EventFormat>;

export const RsvpResponse = z.enum(["going", "maybe", "not_going"]);
export type RsvpResponse = z.infer<typeof RsvpResponse>;

/** confirmed holds a seat; waitlisted waits in line (oldest first); none for maybe / not going. */
export const Seat = z.enum(["confirmed", "waitlisted", "none"]);
export type Seat = z.infer<typeof Seat>;

export const EventStatus = z.enum(["published", "cancelled"]);
export type EventStatus = z.infer<typeof EventStatus>;

export const EventWhen = z.enum(["upcoming", "past"]);
export type EventWhen = z.infer<typeof EventWhen>;

/** One line, no CR/LF: titles become mail subjects and calendar summaries. */
const Title = OneLine(150);
const Description = z.string().trim().max(20_000);
const Instant = z.iso.datetime({ offset: true });
const WebUrl = z
  .string()
  .trim()
  .max(2000)
  .pipe(z.url({ protocol: /^https?$/, message: "Use an http:// or https:// address" }));

export const EventInput = z.object({
  titleJa: Title,
  titleEn: Title,
  descriptionJa: Description.default(""),
  descriptionEn: Description.default(""),
  format: EventFormat,
  onlineUrl: WebUrl.nullish(),
  venue: z.string().trim().min(1).max(300).nullish(),
  startsAt: Instant,
  endsAt: Instant,
  /** Null or absent: no limit. */
  capacity: z.number().int().min(1).max(100_000).nullish(),
  registrationDeadline: Instant.nullish(),
});
export type EventInput = z.infer<typeof EventInput>;

/**
 * Rules across fields, checked by the service after the event is found (an unknown id answers 404 first) and by
 * the web form before sending: the end after the start, the deadline not after the start, a URL or a place.
 */
/** Why an event's fields do not fit together; the server and the form word each code in the reader's language. */
export type EventIssueCode = "ends_before_start" | "deadline_after_start" | "url_required" | "venue_required";

export function eventInputIssues(input: EventInput): { path: string; code: EventIssueCode }[] {
  const issues: { path: string; code: EventIssueCode }[] = [];
  const starts = Date.parse(input.startsAt);
  if (!(Date.parse(input.endsAt) > starts)) issues.push({ path: "endsAt", code: "ends_before_start" });
  if (input.registrationDeadline && Date.parse(input.registrationDeadline) > starts)
    issues.push({ path: "registrationDeadline", code: "deadline_after_start" });
  if (input.format === "online" && !input.onlineUrl) issues.push({ path: "onlineUrl", code: "url_required" });
  if (input.format === "venue" && !input.venue) issues.push({ path: "venue", code: "venue_required" });
  return issues;
}

export const EventCounts = z.object({
  confirmed: z.number().int(),
  waitlisted: z.number().int(),
  maybe: z.number().int(),
  notGoing: z.number().int(),
  checkedIn: z.number().int(),
  invited: z.number().int(),
});
export type EventCounts = z.infer<typeof EventCounts>;

/** What every view of an event shows: titles, format, place and time. */
const EventBasics = z.object({
  id: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  format: EventFormat,
  venue: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  status: EventStatus,
});

export const EventSummary = EventBasics.extend({
  capacity: z.number().int().nullable(),
  registrationDeadline: z.string().nullable(),
  counts: EventCounts,
});
export type EventSummary = z.infer<typeof EventSummary>;

export const EventPage = pageOf(EventSummary);
export type EventPage = z.infer<typeof EventPage>;

/** What staff see: both languages as written (Markdown) and as safe HTML. */
export const EventDetail = EventSummary.extend({
  descriptionJa: z.string(),
  descriptionEn: z.string(),
  descriptionHtmlJa: z.string(),
  descriptionHtmlEn: z.string(),
  onlineUrl: z.string().nullable(),
  sequence: z.number().int(),
  reminderSentAt: z.string().nullable(),
  followUpSentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type EventDetail = z.infer<typeof EventDetail>;

export const EventsQuery = z.object({
  when: EventWhen.default("upcoming"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

export const Attendee = z.object({
  rsvpId: z.string(),
  alumnusId: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  response: RsvpResponse,
  seat: Seat,
  /** 1 for the first in line; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  checkedInAt: z.string().nullable(),
  respondedAt: z.string(),
});
export type Attendee = z.infer<typeof Attendee>;

export const AttendeeList = z.object({ items: z.array(Attendee) });
export type AttendeeList = z.infer<typeof AttendeeList>;

export const CheckInInput = z.object({ rsvpId: z.uuid(), checkedIn: z.boolean() });
export type CheckInInput = z.infer<typeof CheckInInput>;

export const InviteInput = z.object({ segment: Segment.default({}) });
export type InviteInput = z.infer<typeof InviteInput>;

export const InviteResult = z.object({
  /** Alumni in the segment who consented to event mail (the job skips those already invited). */
  recipients: z.number().int(),
  alreadyInvited: z.number().int(),
});
export type InviteResult = z.infer<typeof InviteResult>;

export const FollowUpInput = z.object({
  subjectJa: Title,
  subjectEn: Title,
  bodyJa: z.string().trim().min(1).max(20_000),
  bodyEn: z.string().trim().min(1).max(20_000),
});
export type FollowUpInput = z.infer<typeof FollowUpInput>;

export const FollowUpResult = z.object({ recipients: z.number().int() });
export type FollowUpResult = z.infer<typeof FollowUpResult>;

export const MyRsvp = z.object({
  response: RsvpResponse,
  seat: Seat,
  waitlistPosition: z.number().int().nullable(),
});
export type MyRsvp = z.infer<typeof MyRsvp>;

export const MyEventSummary = EventBasics.extend({
  invited: z.boolean(),
  myRsvp: MyRsvp.nullable(),
});
export type MyEventSummary = z.infer<typeof MyEventSummary>;

export const MyEventList = z.object({ items: z.array(MyEventSummary) });
export type MyEventList = z.infer<typeof MyEventList>;

export const MyEvent = MyEventSummary.extend({
  descriptionHtmlJa: z.string(),
  descriptionHtmlEn: z.string(),
  /** Only for people holding a seat. */
  onlineUrl: z.string().nullable(),
  capacity: z.number().int().nullable(),
  seatsLeft: z.number().int().nullable(),
  registrationDeadline: z.string().nullable(),
  /** Published, not started and before the deadline. */
  registrationOpen: z.boolean(),
});
export type MyEvent = z.infer<typeof MyEvent>;

export const RsvpInput = z.object({ response: RsvpResponse });
export type RsvpInput = z.infer<typeof RsvpInput>;
