import type { Db } from "../../db/client";
import { currentNotice } from "../privacy-notices/privacy-notices.service";
import * as repo from "./alumni-portal.repo";

/** For /api/v1/me: whether the alumnus still has to confirm their email or read a newer privacy notice. */
export async function alumnusFlags(db: Db, tenantId: string, userId: string): Promise<{ emailVerified?: boolean; noticeReviewRequired?: boolean }> {
  const state = await repo.alumnusStateOf(db, tenantId, userId);
  // An alumnus member without a directory record (added by hand) has nothing to verify or review.
  if (!state) return {};
  const notice = await currentNotice(db, tenantId);
  return { emailVerified: Boolean(state.emailVerifiedAt), noticeReviewRequired: (state.noticeVersionSeen ?? 0) < notice.version };
}
