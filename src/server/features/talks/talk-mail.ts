import type { Locale } from "../../../shared/locales";
import type { MailCalendar } from "../../db/schema/mail";
import { calendarFile } from "../../platform/calendar/ics";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { escapeHtml, type RenderedMail } from "../../platform/mail/templates";

const TOKYO = "Asia/Tokyo";

export type TalkMailKind = "booked" | "requested" | "scheduled" | "rescheduled" | "cancelled";
export type TalkSide = "alumnus" | "host";

export interface TalkFacts {
  id: string;
  tenantName: string;
  alumnusName: string;
  alumnusEmail: string | null;
  hostName: string | null;
  hostEmail: string | null;
  position: { titleJa: string; titleEn: string } | null;
  format: string;
  startsAt: Date | null;
  endsAt: Date | null;
  location: string | null;
  note: string | null;
  sequence: number;
  reason?: string | null;
}

const t = (locale: Locale, key: string, params: Record<string, string> = {}) => translate(locale, key as MessageKey, params);

/** "2026年12月1日(火) 14:00〜14:30" in Asia/Tokyo. */
export function talkRange(locale: Locale, startsAt: Date, endsAt: Date): string {
  const tag = locale === "ja" ? "ja-JP" : "en-GB";
  const day = new Intl.DateTimeFormat(tag, { timeZone: TOKYO, year: "numeric", month: "long", day: "numeric", weekday: "short" }).format(startsAt);
  const time = new Intl.DateTimeFormat(tag, { timeZone: TOKYO, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${day} ${time.format(startsAt)}${locale === "ja" ? "〜" : "–"}${time.format(endsAt)}`;
}

const formatName = (locale: Locale, format: string) => t(locale, format === "in_person" ? "talks.format.in_person" : "talks.format.online");
const positionTitle = (locale: Locale, facts: TalkFacts) => (facts.position ? (locale === "en" ? facts.position.titleEn : facts.position.titleJa) : null);

/**
 * The talk as an iCalendar invitation: one UID per talk, SEQUENCE raised with every change, METHOD REQUEST while it
 * stands (organiser: the host, attendee: the alumnus) and CANCEL once it is called off.
 */
export function talkCalendar(locale: Locale, side: TalkSide, facts: TalkFacts, link: string, cancelled = false): MailCalendar {
  if (!facts.startsAt || !facts.endsAt) throw new Error("a talk without a time has no calendar entry");
  const when = talkRange(locale, facts.startsAt, facts.endsAt);
  const title =
    side === "alumnus"
      ? t(locale, "talks.calendar.title.alumnus", { tenant: facts.tenantName })
      : t(locale, "talks.calendar.title.host", { alumnus: facts.alumnusName });
  const organizer = facts.hostEmail ? { name: facts.hostName ?? facts.tenantName, email: facts.hostEmail } : undefined;
  const content = calendarFile({
    uid: `casual-talk-${facts.id}@okaeri`,
    sequence: facts.sequence,
    method: "REQUEST",
    title,
    description: [t(locale, "talks.calendar.description", { when }), link].join("\n"),
    startsAt: facts.startsAt,
    endsAt: facts.endsAt,
    location: facts.location,
    url: link,
    organizer,
    attendees: organizer && facts.alumnusEmail ? [{ name: facts.alumnusName, email: facts.alumnusEmail }] : undefined,
    cancelled,
  });
  return { filename: `okaeri-casual-talk-${facts.id.slice(0, 8)}.ics`, method: cancelled ? "CANCEL" : "REQUEST", content };
}

function layout(locale: Locale, paragraphs: string[], action: { label: string; link: string }): string {
  return `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${paragraphs
  .filter(Boolean)
  .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
  .join("\n")}
<p><a href="${escapeHtml(action.link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
</body></html>`;
}

/** One message about a talk to one side, in the reader's language: 敬語 to the alumnus, plain to the host. */
export function renderTalkMail(kind: TalkMailKind, side: TalkSide, locale: Locale, facts: TalkFacts, link: string): RenderedMail {
  const vars = { tenant: facts.tenantName, alumnus: facts.alumnusName };
  const hasTime = Boolean(facts.startsAt && facts.endsAt);
  const details = [
    hasTime ? t(locale, "talks.mail.when", { when: talkRange(locale, facts.startsAt as Date, facts.endsAt as Date) }) : "",
    hasTime ? t(locale, "talks.mail.format", { format: formatName(locale, facts.format) }) : "",
    hasTime && facts.location && kind !== "cancelled" ? t(locale, "talks.mail.place", { place: facts.location }) : "",
    side === "alumnus" && facts.hostName ? t(locale, "talks.mail.host", { host: facts.hostName }) : "",
    positionTitle(locale, facts) ? t(locale, "talks.mail.position", { position: positionTitle(locale, facts) as string }) : "",
    side === "host" && facts.note && kind !== "cancelled" ? t(locale, "talks.mail.note", { note: facts.note }) : "",
    kind === "cancelled" && facts.reason ? t(locale, "talks.mail.reason", { reason: facts.reason }) : "",
  ].filter(Boolean);
  const closing =
    side === "alumnus"
      ? t(
          locale,
          kind === "cancelled"
            ? "talks.mail.alumnus.closing_cancelled"
            : kind === "requested"
              ? "talks.mail.alumnus.closing_requested"
              : "talks.mail.alumnus.closing",
        )
      : t(locale, kind === "cancelled" ? "talks.mail.host.closing_cancelled" : "talks.mail.host.closing");
  const paragraphs = [
    side === "alumnus" ? t(locale, "talks.mail.greeting", { name: facts.alumnusName }) : "",
    t(locale, `talks.mail.${side}.${kind}.intro`, vars),
    details.join("\n"),
    closing,
  ].filter(Boolean);
  const action = { label: t(locale, `talks.mail.${side}.action`), link };
  return {
    subject: t(locale, `talks.mail.${side}.${kind}.subject`, vars).replace(/[\r\n]+/g, " "),
    text: [...paragraphs, `${action.label}: ${link}`].join("\n\n"),
    html: layout(locale, paragraphs, action),
    ...(hasTime && kind !== "requested" ? { calendar: talkCalendar(locale, side, facts, link, kind === "cancelled") } : {}),
  };
}
