import { and, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Segment } from "../../../shared/contracts/segments";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { eventRsvps } from "../../db/schema/events";
import { alumniConsents } from "../../db/schema/privacy";
import { memberships, users } from "../../db/schema/tenancy";
import { filterOf } from "./alumni.repo";

/** The segment's filters on the directory: the alumni list's own filter plus attendance. */
function matchingWhere(tenantId: string, segment: Segment): SQL | undefined {
  const attended = segment.attendedEventId
    ? sql`exists (select 1 from ${eventRsvps} where ${eventRsvps.tenantId} = ${tenantId} and ${eventRsvps.eventId} = ${segment.attendedEventId}
        and ${eventRsvps.alumnusId} = ${alumni.id} and ${eventRsvps.checkedInAt} is not null)`
    : undefined;
  const { attendedEventId: _, ...filters } = segment;
  return and(filterOf(tenantId, { ...filters, terms: [] }), attended);
}

/** Who can receive mail for a purpose: registered, consented, an active account and a verified email. */
function reachable(db: Db, purpose: string) {
  return db
    .select({ alumnusId: alumni.id, userId: users.id, email: users.email, locale: users.locale })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
    .innerJoin(alumniConsents, and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, purpose), eq(alumniConsents.granted, true)))
    .$dynamic();
}

const reachableWhere = sql`${alumni.registeredAt} is not null and ${users.emailVerifiedAt} is not null`;

export async function countSegment(db: Db, input: { tenantId: string; purpose: string; segment: Segment }) {
  const where = matchingWhere(input.tenantId, input.segment);
  const [[matching], [recipients]] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(alumni)
      .where(where),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(alumni)
      .innerJoin(users, eq(users.id, alumni.userId))
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
      .innerJoin(alumniConsents, and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, input.purpose), eq(alumniConsents.granted, true)))
      .where(and(where, reachableWhere)),
  ]);
  return { matching: matching?.n ?? 0, recipients: recipients?.n ?? 0 };
}

/** One batch of recipients in id order after `afterId` (keyset: a retried batch never re-reads earlier ones). */
export async function segmentBatch(db: Db, input: { tenantId: string; purpose: string; segment: Segment; afterId: string | null; limit: number }) {
  return reachable(db, input.purpose)
    .where(and(matchingWhere(input.tenantId, input.segment), reachableWhere, input.afterId ? gt(alumni.id, input.afterId) : undefined))
    .orderBy(alumni.id)
    .limit(input.limit);
}

/** Whether one alumnus is in the segment and reachable for the purpose (the outbox re-checks consent at send time). */
export async function isInSegment(db: Db, input: { tenantId: string; purpose: string; segment: Segment; alumnusId: string }) {
  const [row] = await reachable(db, input.purpose)
    .where(and(matchingWhere(input.tenantId, input.segment), reachableWhere, eq(alumni.id, input.alumnusId)))
    .limit(1);
  return Boolean(row);
}
