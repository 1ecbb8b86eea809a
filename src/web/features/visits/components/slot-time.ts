import dayjs from "dayjs";
import type { VisitSlot } from "../../../../shared/contracts/visits";
import { DISPLAY_TIME_ZONE, isoToTokyoInput, tokyoWallToIso } from "../../../lib/dates";

/** "2026-12-01 (火) 14:00〜15:00" in Tokyo time. */
export function formatSlot(slot: VisitSlot): string {
  const start = dayjs(slot.startsAt).tz(DISPLAY_TIME_ZONE);
  const end = dayjs(slot.endsAt).tz(DISPLAY_TIME_ZONE);
  return `${start.format("YYYY-MM-DD (ddd) HH:mm")}〜${end.format("HH:mm")}`;
}

export interface SlotDraft {
  /** `YYYY-MM-DDTHH:mm` as typed into a datetime-local field, meant in Tokyo. */
  start: string;
  minutes: string;
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Drafts to API slots: the typed wall-clock time is Tokyo's, never the browser's zone. */
export function slotsOf(drafts: SlotDraft[]): VisitSlot[] {
  return drafts
    .filter((d) => d.start)
    .map((d) => {
      if (!LOCAL.test(d.start)) return { startsAt: d.start, endsAt: d.start };
      const startsAt = tokyoWallToIso(d.start);
      return { startsAt, endsAt: dayjs(startsAt).add(Number(d.minutes), "minute").toISOString() };
    });
}

/** API slots back to drafts (to start from the requester's suggestions). */
export function draftsOf(slots: VisitSlot[]): SlotDraft[] {
  return slots.map((s) => ({
    start: isoToTokyoInput(s.startsAt),
    minutes: String(Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000)),
  }));
}
