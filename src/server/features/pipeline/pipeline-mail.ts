import type { Locale } from "../../../shared/locales";
import type { MailCalendar } from "../../db/schema/mail";
import { calendarFile } from "../../platform/calendar/ics";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { escapeHtml, type RenderedMail } from "../../platform/mail/templates";

const TOKYO = "Asia/Tokyo";

/** "2026年12月1日(火) 14:00〜15:00" in Asia/Tokyo. */
export function tokyoRange(locale: Locale, startsAt: Date, endsAt: Date): string {
  const tag = locale === "ja" ? "ja-JP" : "en-GB";
  const day = new Intl.DateTimeFormat(tag, { timeZone: TOKYO, year: "numeric", month: "long", day: "numeric", weekday: "short" });
  const time = new Intl.DateTimeFormat(tag, { timeZone: TOKYO, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const dash = locale === "ja" ? "〜" : "–";
  return day.format(startsAt) === day.format(endsAt)
    ? `${day.format(startsAt)} ${time.format(startsAt)}${dash}${time.format(endsAt)}`
    : `${day.format(startsAt)} ${time.format(startsAt)}${dash}${day.format(endsAt)} ${time.format(endsAt)}`;
}

const t = (locale: Locale, key: MessageKey, params: Record<string, string> = {}) => translate(locale, key, params);

function compose(locale: Locale, subject: string, lines: string[], action?: { label: string; link: string }, calendar?: MailCalendar): RenderedMail {
  const text = [...lines, ...(action ? ["", `${action.label}: ${action.link}`] : [])].join("\n");
  const paragraphs = lines
    .join("\n")
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  const button = action
    ? `<p><a href="${escapeHtml(action.link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>`
    : "";
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${paragraphs}
${button}
</body></html>`;
  return { subject: subject.replace(/[\r\n]+/g, " "), text, html, ...(calendar ? { calendar } : {}) };
}

/** HR's own words to the candidate, framed with a greeting and the company's signature. */
export function renderCandidateEmail(locale: Locale, input: { tenant: string; name: string; subject: string; body: string }): RenderedMail {
  const lines = [
    t(locale, "pipeline.mail.email.greeting", { name: input.name }),
    "",
    input.body,
    "",
    t(locale, "pipeline.mail.email.signature", { tenant: input.tenant }),
  ];
  return compose(locale, input.subject, lines);
}

export interface InterviewFacts {
  id: string;
  tenantName: string;
  title: string;
  candidateName: string;
  startsAt: Date;
  endsAt: Date;
  format: string;
  location: string | null;
  sequence: number;
  attendees: { name: string; email: string }[];
  organizer?: { name: string; email: string };
}

export type InterviewMailKind = "scheduled" | "updated" | "cancelled";

/** The interview as an invitation: the UID stays, SEQUENCE rises with each change, CANCEL takes it off calendars. */
export function interviewCalendar(locale: Locale, facts: InterviewFacts, cancelled = false): MailCalendar {
  const when = tokyoRange(locale, facts.startsAt, facts.endsAt);
  const content = calendarFile({
    uid: `interview-${facts.id}@okaeri`,
    sequence: facts.sequence,
    title: t(locale, "pipeline.calendar.title", { title: facts.title, candidate: facts.candidateName }),
    description: t(locale, "pipeline.calendar.description", { tenant: facts.tenantName, when }),
    startsAt: facts.startsAt,
    endsAt: facts.endsAt,
    location: facts.location,
    method: "REQUEST",
    attendees: facts.attendees,
    organizer: facts.organizer,
    cancelled,
  });
  return { filename: `okaeri-interview-${facts.id.slice(0, 8)}.ics`, method: cancelled ? "CANCEL" : "REQUEST", content };
}

/** To an interviewer or the candidate, with the .ics; `link` leads to the candidate page or the portal. */
export function renderInterviewMail(
  locale: Locale,
  kind: InterviewMailKind,
  facts: InterviewFacts,
  to: { name: string; side: "candidate" | "interviewer"; link: string | null },
): RenderedMail {
  const params = { tenant: facts.tenantName, title: facts.title, candidate: facts.candidateName, name: to.name };
  const subjectKey: MessageKey =
    kind === "scheduled"
      ? "pipeline.mail.interview.subject"
      : kind === "updated"
        ? "pipeline.mail.interview.updated_subject"
        : "pipeline.mail.interview.cancelled_subject";
  const opening: MessageKey =
    kind === "cancelled"
      ? "pipeline.mail.interview.line_cancelled"
      : kind === "updated"
        ? "pipeline.mail.interview.line_updated"
        : to.side === "candidate"
          ? "pipeline.mail.interview.line_candidate"
          : "pipeline.mail.interview.line_interviewer";
  const lines = [
    t(locale, "pipeline.mail.interview.greeting", params),
    "",
    t(locale, opening, params),
    "",
    facts.title,
    t(locale, "pipeline.mail.interview.when", { when: tokyoRange(locale, facts.startsAt, facts.endsAt) }),
    t(locale, "pipeline.mail.interview.format", { format: t(locale, facts.format === "in_person" ? "pipeline.format.in_person" : "pipeline.format.online") }),
    ...(facts.location ? [t(locale, "pipeline.mail.interview.location", { location: facts.location })] : []),
    "",
    t(locale, "pipeline.mail.interview.calendar"),
  ];
  const action = to.link
    ? {
        label: t(locale, to.side === "candidate" ? "pipeline.mail.interview.action_candidate" : "pipeline.mail.interview.action_interviewer"),
        link: to.link,
      }
    : undefined;
  return compose(locale, t(locale, subjectKey, params), lines, action, interviewCalendar(locale, facts, kind === "cancelled"));
}
