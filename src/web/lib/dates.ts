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
