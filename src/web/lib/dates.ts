import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(timezone);

export const DISPLAY_TIME_ZONE = "Asia/Tokyo";

/** An ISO instant from the API, shown as Tokyo wall-clock time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = dayjs(iso);
  return d.isValid() ? d.tz(DISPLAY_TIME_ZONE).format("YYYY-MM-DD HH:mm") : iso;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = dayjs(iso);
  return d.isValid() ? d.tz(DISPLAY_TIME_ZONE).format("YYYY-MM-DD") : iso;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date typed by the user (YYYY-MM-DD, meant in Tokyo) to the ISO instant at which that day
 * starts or ends there. Built from its parts, never by parsing the string with the Date constructor, which would read it as UTC.
 */
export function tokyoDayBoundary(date: string, edge: "start" | "end"): string | undefined {
  if (!CALENDAR_DATE.test(date)) return undefined;
  const time = edge === "start" ? "00:00:00.000" : "23:59:59.999";
  return `${date}T${time}+09:00`;
}

/** A wall-clock time as the date pickers give it ("YYYY-MM-DD HH:mm[:ss]"), meant in Tokyo, to an ISO instant. */
export function tokyoWallToIso(wall: string): string {
  return dayjs.tz(wall.replace(" ", "T").slice(0, 16), DISPLAY_TIME_ZONE).toISOString();
}

/** An ISO instant as Tokyo wall-clock time for the date pickers ("YYYY-MM-DD HH:mm:ss"). */
export function isoToTokyoWall(iso: string): string {
  return dayjs(iso).tz(DISPLAY_TIME_ZONE).format("YYYY-MM-DD HH:mm:ss");
}

/** An ISO instant as the value of a datetime-local field in Tokyo time ("YYYY-MM-DDTHH:mm"). */
export function isoToTokyoInput(iso: string): string {
  return dayjs(iso).tz(DISPLAY_TIME_ZONE).format("YYYY-MM-DDTHH:mm");
}

/** "2026-12-05 19:00–21:00" in Tokyo, or both dates when the range spans midnight there. */
export function formatTimeRange(startIso: string, endIso: string): string {
  const start = dayjs(startIso).tz(DISPLAY_TIME_ZONE);
  const end = dayjs(endIso).tz(DISPLAY_TIME_ZONE);
  const sameDay = start.format("YYYY-MM-DD") === end.format("YYYY-MM-DD");
  return `${start.format("YYYY-MM-DD (ddd) HH:mm")}–${end.format(sameDay ? "HH:mm" : "YYYY-MM-DD HH:mm")}`;
}
