import type { Locale } from "../../../shared/locales";
import type { MailCalendar } from "../../db/schema/mail";
import { calendarFile } from "../../platform/calendar/ics";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { escapeHtml, type RenderedMail } from "../../platform/mail/templates";

const TOKYO = "Asia/Tokyo";

/** "2026年12月1日(火) 14:00〜15:00" in Asia/Tokyo, for people reading the mail. */
export function formatRange(locale: Locale, startsAt: Date, endsAt: Date): string {
  const tag = locale === "ja" ? "ja-JP" : "en-GB";
  const day = new Intl.DateTimeFormat(tag, { timeZone: TOKYO, year: "numeric", month: "long", day: "numeric", weekday: "short" }).format(startsAt);
  const time = new Intl.DateTimeFormat(tag, { timeZone: TOKYO, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${day} ${time.format(startsAt)}${locale === "ja" ? "〜" : "–"}${time.format(endsAt)}`;
}

export interface VisitFacts {
  id: string;
  tenantName: string;
  candidateName: string;
  candidateAffiliation: string | null;
  topic: string;
  format: string;
  startsAt: Date | null;
  endsAt: Date | null;
  meetingDetails: string | null;
  sequence: number;
}

const t = (locale: Locale, key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);
const formatName = (locale: Locale, format: string) => t(locale, format === "in_person" ? "visits.format.in_person" : "visits.format.online");

function compose(
  locale: Locale,
  subject: string,
  lines: string[],
  link: string,
  calendar?: MailCalendar,
  actionKey: MessageKey = "visits.mail.action.open",
): RenderedMail {
  const action = translate(locale, actionKey);
  const text = [...lines, "", `${action}: ${link}`].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${lines
  .filter(Boolean)
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join("\n")}
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p>
</body></html>`;
  return { subject: subject.replace(/[\r\n]+/g, " "), text, html, ...(calendar ? { calendar } : {}) };
}

/** The visit as an iCalendar file: UID stays the same, SEQUENCE rises with every change, CANCEL removes it. */
export function visitCalendar(locale: Locale, facts: VisitFacts, link: string, cancelled = false): MailCalendar {
  if (!facts.startsAt || !facts.endsAt) throw new Error("a visit without an agreed time has no calendar entry");
  const when = formatRange(locale, facts.startsAt, facts.endsAt);
  const content = calendarFile({
    uid: `visit-${facts.id}@okaeri`,
    sequence: facts.sequence,
    title: t(locale, "visits.calendar.title", { candidate: facts.candidateName, topic: facts.topic }),
    description: t(locale, "visits.calendar.description", { tenant: facts.tenantName, when }),
    startsAt: facts.startsAt,
    endsAt: facts.endsAt,
    location: facts.meetingDetails,
    url: link,
    cancelled,
  });
  return { filename: `okaeri-visit-${facts.id.slice(0, 8)}.ics`, method: cancelled ? "CANCEL" : "PUBLISH", content };
}

/** To the alumnus: a polite request, naming the candidate only as far as they need to decide. */
export function renderVisitRequest(locale: Locale, facts: VisitFacts & { alumnusName: string }, link: string): RenderedMail {
  const params = {
    tenant: facts.tenantName,
    name: facts.alumnusName,
    candidate: facts.candidateName,
    affiliation: facts.candidateAffiliation ?? "",
    topic: facts.topic,
    format: formatName(locale, facts.format),
  };
  const lines = [
    t(locale, "visits.mail.request.greeting", params),
    "",
    t(locale, "visits.mail.request.line1", params),
    t(locale, "visits.mail.request.line2", params),
    t(locale, "visits.mail.request.line3", params),
  ];
  return compose(locale, t(locale, "visits.mail.request.subject", params), lines, link, undefined, "visits.mail.request.action");
}

/** To both sides once a time is agreed, with the .ics attached. */
export function renderVisitScheduled(locale: Locale, facts: VisitFacts, link: string): RenderedMail {
  const params = { tenant: facts.tenantName, candidate: facts.candidateName, topic: facts.topic };
  const lines = [
    t(locale, "visits.mail.scheduled.line1", params),
    "",
    t(locale, "visits.mail.scheduled.when", { when: formatRange(locale, facts.startsAt as Date, facts.endsAt as Date) }),
    t(locale, "visits.mail.scheduled.format", { format: formatName(locale, facts.format) }),
    ...(facts.meetingDetails ? [t(locale, "visits.mail.scheduled.details", { details: facts.meetingDetails })] : []),
    "",
    t(locale, "visits.mail.scheduled.line2"),
  ];
  return compose(locale, t(locale, "visits.mail.scheduled.subject", params), lines, link, visitCalendar(locale, facts, link));
}

/** To both sides when a scheduled visit is called off, with a CANCEL .ics. */
export function renderVisitCancelled(locale: Locale, facts: VisitFacts, link: string): RenderedMail {
  const when = formatRange(locale, facts.startsAt as Date, facts.endsAt as Date);
  const params = { tenant: facts.tenantName, candidate: facts.candidateName, topic: facts.topic, when };
  const lines = [t(locale, "visits.mail.cancelled.line1", params), t(locale, "visits.mail.cancelled.line2")];
  return compose(locale, t(locale, "visits.mail.cancelled.subject", params), lines, link, visitCalendar(locale, facts, link, true));
}
