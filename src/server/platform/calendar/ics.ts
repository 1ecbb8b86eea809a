import { createEvent, type EventAttributes } from "ics";

export interface CalendarEntry {
  /** Stable across updates, so calendars replace rather than duplicate the entry. */
  uid: string;
  /** Raised on every change (RFC 5545 SEQUENCE). */
  sequence: number;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location?: string | null;
  url?: string | null;
  organizer?: { name: string; email: string };
  /** Invitees of a REQUEST (a meeting between people, such as a casual talk). */
  attendees?: { name: string; email: string }[];
  /** PUBLISH (default) announces; REQUEST invites the attendees to a meeting. CANCEL follows `cancelled`. */
  method?: "PUBLISH" | "REQUEST";
  /** A cancelled entry removes the event from the calendar that holds it. */
  cancelled?: boolean;
}

/**
 * One VEVENT as an iCalendar file (RFC 5545). Times are written in UTC form (`…Z`), which every calendar
 * converts to the reader's zone; the description carries the Asia/Tokyo time for people reading the text.
 */
export function calendarFile(entry: CalendarEntry): string {
  const attributes: EventAttributes = {
    uid: entry.uid,
    sequence: entry.sequence,
    productId: "-//Okaeri//Okaeri//JA",
    method: entry.cancelled ? "CANCEL" : (entry.method ?? "PUBLISH"),
    status: entry.cancelled ? "CANCELLED" : "CONFIRMED",
    title: entry.title,
    description: entry.description,
    start: entry.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: entry.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    ...(entry.location ? { location: entry.location } : {}),
    ...(entry.url ? { url: entry.url } : {}),
    ...(entry.organizer ? { organizer: entry.organizer } : {}),
    ...(entry.attendees?.length
      ? {
          attendees: entry.attendees.map((a) => ({
            name: a.name,
            email: a.email,
            rsvp: false,
            partstat: "ACCEPTED" as const,
            role: "REQ-PARTICIPANT" as const,
          })),
        }
      : {}),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error("ics produced nothing");
  return value;
}
