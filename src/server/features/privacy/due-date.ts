/** Japan has had no daylight saving time since 1951, so Asia/Tokyo is a fixed UTC+9. */
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * A data-subject request is due one calendar month after the Tokyo calendar day it was received, at the end of
 * that day in Tokyo. A day that the next month lacks falls back to its last day (31 Jan → 28/29 Feb).
 */
export function dueDateFor(receivedAt: Date): Date {
  const tokyo = new Date(receivedAt.getTime() + TOKYO_OFFSET_MS);
  const year = tokyo.getUTCFullYear();
  const month = tokyo.getUTCMonth() + 1;
  const lastDayOfNext = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(tokyo.getUTCDate(), lastDayOfNext);
  const endOfTokyoDay = Date.UTC(year, month, day, 23, 59, 59, 999);
  return new Date(endOfTokyoDay - TOKYO_OFFSET_MS);
}

/** Whole Tokyo calendar days from `now` until the due day; negative when overdue. */
export function daysLeft(dueAt: Date, now: Date): number {
  const dayOf = (d: Date) => Math.floor((d.getTime() + TOKYO_OFFSET_MS) / 86_400_000);
  return dayOf(dueAt) - dayOf(now);
}
