import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type { Segment } from "../../../shared/contracts/segments";

/** A newsletter composed elsewhere (e.g. the job board announcement) that the editor opens with, for HR to review. */
export interface AnnouncementDraft {
  purpose: ConsentPurpose;
  subjectJa: string;
  subjectEn: string;
  bodyJa: string;
  bodyEn: string;
  segment: Segment;
}

const KEY = "okaeri.announcement-draft";

/** Leaves the draft for the next page in this tab only; it never reaches the URL. */
export function handOverDraft(draft: AnnouncementDraft): void {
  sessionStorage.setItem(KEY, JSON.stringify(draft));
}

export function peekHandedDraft(): AnnouncementDraft | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as AnnouncementDraft) : undefined;
  } catch {
    return undefined;
  }
}

export function clearHandedDraft(): void {
  sessionStorage.removeItem(KEY);
}
