import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type { Segment, SegmentCount } from "../../../shared/contracts/segments";
import type { Db } from "../../db/client";
import type { TenantContext } from "../../platform/context";
import * as repo from "./alumni-segment.repo";

/** How many alumni match a segment, and how many of them a message for `purpose` would reach. */
export async function countSegment({ ctx, input }: { ctx: TenantContext; input: { purpose: ConsentPurpose; segment: Segment } }): Promise<SegmentCount> {
  return { purpose: input.purpose, ...(await repo.countSegment(ctx.db, { tenantId: ctx.tenant.id, ...input })) };
}

export interface SegmentRecipient {
  alumnusId: string;
  userId: string;
  email: string;
  locale: string;
}

/**
 * Recipients of a segment in batches, for fan-out jobs: `db` may be a transaction. Consent is checked here and
 * again by the outbox at the moment of sending.
 */
export function segmentRecipients(
  db: Db,
  input: { tenantId: string; purpose: ConsentPurpose; segment: Segment; afterId: string | null; limit: number },
): Promise<SegmentRecipient[]> {
  return repo.segmentBatch(db, input);
}

export function isInSegment(db: Db, input: { tenantId: string; purpose: ConsentPurpose; segment: Segment; alumnusId: string }): Promise<boolean> {
  return repo.isInSegment(db, input);
}
