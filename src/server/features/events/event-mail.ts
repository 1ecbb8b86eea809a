import type { Locale } from "../../../shared/locales";
import type { MailCalendar } from "../../db/schema/mail";
import { calendarFile } from "../../platform/calendar/ics";
import { translate } from "../../platform/i18n/messages";
import { escapeHtml, type RenderedMail } from "../../platform/mail/templates";
import { renderMarkdown } from "../../platform/markdown/render-markdown";

export interface EventFacts {
  id: string;
  titleJa: string;
  titleEn: string;
  format: string;
  venue: string | null;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  sequence: number;
}

export type EventMailKind = "invitation" | "confirmed" | "promoted" | "updated" | "cancelled" | "reminder";

const ZONE = "Asia/Tokyo";

export const titleIn = (locale: Locale, event: EventFacts) => (locale === "en" ? event.titleEn : event.titleJa);
export const eventPageUrl = (baseUrl: string, id: string) => `${baseUrl.replace(/\/$/, "")}/alumni/events/${id}`;

/** "2026年12月20日(日) 18:30〜21:00" in Tokyo time, or both dates when the event spans midnight. */
export function tokyoRange(locale: Locale, startsAt: Date, endsAt: Date): string {
  const tag = locale === "en" ? "en-GB" : "ja-JP";
  const day = new Intl.DateTimeFormat(tag, { timeZone: ZONE, year: "numeric", month: "long", day: "numeric", weekday: "short" });
  const time = new Intl.DateTimeFormat(tag, { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hour12: false });
  const sameDay = day.format(startsAt) === day.format(endsAt);
  const dash = locale === "en" ? "–" : "〜";
  return sameDay
    ? `${day.format(startsAt)} ${time.format(startsAt)}${dash}${time.format(endsAt)}`
    : `${day.format(startsAt)} ${time.format(startsAt)}${dash}${day.format(endsAt)} ${time.format(endsAt)}`;
}

/** The venue, or "online" with the address only for people holding a seat. */
function placeOf(locale: Locale, event: EventFacts, withUrl: boolean): string {
  if (event.format === "venue") return event.venue ?? "";
  const online = translate(locale, "events.online");
  return withUrl && event.onlineUrl ? `${online} (${event.onlineUrl})` : online;
}

/** The .ics of one event; the description names the Tokyo time in words and links the event page. */
export function eventCalendar(event: EventFacts, input: { locale: Locale; baseUrl: string; cancelled?: boolean }): string {
  const link = eventPageUrl(input.baseUrl, event.id);
  return calendarFile({
    uid: `event-${event.id}@okaeri`,
    sequence: event.sequence,
    title: titleIn(input.locale, event),
    description: [
      translate(input.locale, "events.calendar.when", { when: tokyoRange(input.locale, event.startsAt, event.endsAt) }),
      translate(input.locale, "events.calendar.where", { where: placeOf(input.locale, event, true) }),
      translate(input.locale, "events.calendar.page", { link }),
    ].join("\n"),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: placeOf(input.locale, event, true),
    url: event.format === "online" && event.onlineUrl ? event.onlineUrl : link,
    cancelled: input.cancelled,
  });
}

function calendarAttachment(event: EventFacts, locale: Locale, baseUrl: string, cancelled: boolean): MailCalendar {
  return {
    filename: `event-${event.id}.ics`,
    method: cancelled ? "CANCEL" : "PUBLISH",
    content: eventCalendar(event, { locale, baseUrl, cancelled }),
  };
}

const WITH_CALENDAR: Partial<Record<EventMailKind, "publish" | "cancel">> = {
  confirmed: "publish",
  promoted: "publish",
  updated: "publish",
  cancelled: "cancel",
};
const WITH_ONLINE_URL = new Set<EventMailKind>(["confirmed", "promoted", "updated", "reminder"]);

function layout(locale: Locale, paragraphs: string[], action: { label: string; link: string } | null, extraHtml = ""): string {
  const button = action
    ? `<p><a href="${escapeHtml(action.link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>`
    : "";
  return `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("\n")}${extraHtml}${button}</body></html>`;
}

/** A message about one event to one person, in their language, with the .ics where the kind calls for it. */
export function renderEventMail(
  kind: EventMailKind,
  input: { locale: Locale; tenantName: string; name: string; event: EventFacts; baseUrl: string },
): RenderedMail {
  const { locale, event } = input;
  const title = titleIn(locale, event);
  const vars = { tenant: input.tenantName, title };
  const link = eventPageUrl(input.baseUrl, event.id);
  const details = translate(locale, "events.mail.details", {
    when: tokyoRange(locale, event.startsAt, event.endsAt),
    where: placeOf(locale, event, WITH_ONLINE_URL.has(kind)),
  });
  const paragraphs = [translate(locale, "events.mail.greeting", { name: input.name }), translate(locale, `events.mail.${kind}.intro`, vars), details];
  const action = kind === "cancelled" ? null : { label: translate(locale, "events.mail.action"), link };
  const calendar = WITH_CALENDAR[kind];
  return {
    subject: translate(locale, `events.mail.${kind}.subject`, vars).replace(/[\r\n]+/g, " "),
    text: [...paragraphs, action ? `${action.label}: ${link}` : ""].join("\n\n").trim(),
    html: layout(locale, paragraphs, action),
    ...(calendar ? { calendar: calendarAttachment(event, locale, input.baseUrl, calendar === "cancel") } : {}),
  };
}

/** HR's follow-up: their Markdown as text, and as safe HTML. */
export function renderFollowUp(input: {
  locale: Locale;
  tenantName: string;
  name: string;
  subject: string;
  body: string;
  event: EventFacts;
  baseUrl: string;
}): RenderedMail {
  const greeting = translate(input.locale, "events.mail.greeting", { name: input.name });
  const subject = `${translate(input.locale, "events.mail.follow_up.prefix", { tenant: input.tenantName })}${input.subject}`.replace(/[\r\n]+/g, " ");
  return {
    subject,
    text: [greeting, input.body.replace(/\r\n?/g, "\n").trim()].join("\n\n"),
    html: layout(input.locale, [greeting], null, renderMarkdown(input.body)),
  };
}
