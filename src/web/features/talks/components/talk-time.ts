import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";
import { currentLocale } from "../../../i18n";
import { DISPLAY_TIME_ZONE } from "../../../lib/dates";

dayjs.extend(utc);
dayjs.extend(timezone);

/** Start times offered when opening slots: every half hour of a working day, Tokyo time. */
export const START_TIMES = Array.from({ length: 22 }, (_, i) => {
  const minutes = 9 * 60 + i * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${minutes % 60 === 0 ? "00" : "30"}`;
});

export const DURATIONS = [15, 30, 45, 60, 90, 120];

/** The Tokyo calendar date of an instant ("2026-12-03"): slots are grouped by it. */
export const tokyoDay = (iso: string) => dayjs(iso).tz(DISPLAY_TIME_ZONE).format("YYYY-MM-DD");

/** Tokyo's date `days` from today, for date inputs. */
export const tokyoDateFromToday = (days: number) => dayjs().tz(DISPLAY_TIME_ZONE).add(days, "day").format("YYYY-MM-DD");

/** "12月3日(水)" or "Wed 3 Dec", in Tokyo. */
export function formatDay(iso: string): string {
  const tag = currentLocale() === "en" ? "en-GB" : "ja-JP";
  return new Intl.DateTimeFormat(tag, { timeZone: DISPLAY_TIME_ZONE, month: "long", day: "numeric", weekday: "short" }).format(new Date(iso));
}

/** "14:00–14:30" in Tokyo. */
export function formatClockRange(startIso: string, endIso: string): string {
  const start = dayjs(startIso).tz(DISPLAY_TIME_ZONE);
  const end = dayjs(endIso).tz(DISPLAY_TIME_ZONE);
  return `${start.format("HH:mm")}–${end.format("HH:mm")}`;
}

/** "12月3日(水) 14:00–14:30": a day and a time range, for lists and dialogs. */
export const formatTalkTime = (startIso: string, endIso: string) => `${formatDay(startIso)} ${formatClockRange(startIso, endIso)}`;

/** Groups items by their Tokyo day, in order. */
export function byTokyoDay<T extends { startsAt: string }>(items: T[]): { day: string; items: T[] }[] {
  const groups: { day: string; items: T[] }[] = [];
  for (const item of items) {
    const day = tokyoDay(item.startsAt);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}
