import type { Alumnus, AlumnusView } from "../../../../shared/contracts/alumni";
import type { Locale } from "../../../../shared/locales";

/** 「田中 美咲」: family name first, as Japanese HR writes it. */
export function fullName(alumnus: Pick<AlumnusView, "familyName" | "givenName">): string {
  return `${alumnus.familyName} ${alumnus.givenName}`;
}

/** 「タナカ ミサキ」, or "" when no reading is known. */
export function readingOf(alumnus: Pick<AlumnusView, "familyNameKana" | "givenNameKana">): string {
  return [alumnus.familyNameKana, alumnus.givenNameKana].filter(Boolean).join(" ");
}

/** Admin and HR receive the full record; hiring managers a view without the sensitive fields. */
export function isFullRecord(alumnus: AlumnusView): alumnus is Alumnus {
  return "hrNotes" in alumnus;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(date: string): [number, number, number] | null {
  const match = CALENDAR_DATE.exec(date);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * A calendar date (YYYY-MM-DD) as 「2021年3月31日」 or "Mar 31, 2021". Built from its parts and formatted
 * in UTC, so the day never shifts with the browser's time zone.
 */
export function formatCalendarDate(date: string | null | undefined, locale: Locale): string {
  if (!date) return "";
  const parts = partsOf(date);
  if (!parts) return date;
  const [year, month, day] = parts;
  return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-US", {
    year: "numeric",
    month: locale === "ja" ? "long" : "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(Date.UTC(year, month - 1, day));
}

/**
 * Whole months worked, both the hire and the leave day included (2014-04-01..2021-03-31 is 84 months,
 * i.e. 7 years), the same count the server's eligibility rules use.
 */
export function tenureInMonths(hireDate: string | null | undefined, leaveDate: string | null | undefined): number | null {
  const from = hireDate ? partsOf(hireDate) : null;
  const to = leaveDate ? partsOf(leaveDate) : null;
  if (!from || !to) return null;
  const dayAfter = new Date(Date.UTC(to[0], to[1] - 1, to[2] + 1));
  const [y2, m2, d2] = [dayAfter.getUTCFullYear(), dayAfter.getUTCMonth() + 1, dayAfter.getUTCDate()];
  const months = (y2 - from[0]) * 12 + (m2 - from[1]) - (d2 < from[2] ? 1 : 0);
  return months >= 0 ? months : null;
}

/** Only web addresses become links: a stored `javascript:` URL stays plain text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** This year in Tokyo, for the leave-year filter. */
export function tokyoYear(): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric" }).format(new Date()));
}
