import { and, desc, eq, gt, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { announcements, mailOutbox } from "../../db/schema/mail";
import { tenants } from "../../db/schema/tenancy";

export type AnnouncementRow = typeof announcements.$inferSelect;

export async function insertAnnouncement(db: Db, row: typeof announcements.$inferInsert): Promise<AnnouncementRow> {
  const [created] = await db.insert(announcements).values(row).returning();
  return created!;
}

export async function findAnnouncement(db: Db, tenantId: string, id: string): Promise<AnnouncementRow | undefined> {
  const [row] = await db
    .select()
    .from(announcements)
    .where(and(eq(announcements.tenantId, tenantId), eq(announcements.id, id)))
    .limit(1);
  return row;
}

/** Serialises sends of one tenant for the rest of the transaction, so a double submit is decided one after the other. */
export async function lockTenantSends(db: Db, tenantId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`announcements:${tenantId}`}, 0))`);
}

/** A newsletter with the same content by the same person in the last `seconds` (a double submit). */
export async function findRecentTwin(
  db: Db,
  input: { tenantId: string; createdBy: string | null; purpose: string; subjectJa: string; bodyJa: string; subjectEn: string; bodyEn: string; seconds: number },
) {
  const [row] = await db
    .select({ id: announcements.id })
    .from(announcements)
    .where(
      and(
        eq(announcements.tenantId, input.tenantId),
        input.createdBy ? eq(announcements.createdBy, input.createdBy) : sql`${announcements.createdBy} is null`,
        eq(announcements.purpose, input.purpose),
        eq(announcements.subjectJa, input.subjectJa),
        eq(announcements.bodyJa, input.bodyJa),
        eq(announcements.subjectEn, input.subjectEn),
        eq(announcements.bodyEn, input.bodyEn),
        ne(announcements.status, "cancelled"),
        sql`${announcements.createdAt} > now() - make_interval(secs => ${input.seconds})`,
      ),
    )
    .limit(1);
  return row;
}

/** Changes a newsletter only while it is still in `from`; returns the row when it did. */
export async function updateIfStatus(
  db: Db,
  input: { tenantId: string; id: string; from: string; values: Partial<typeof announcements.$inferInsert> },
): Promise<AnnouncementRow | undefined> {
  const [row] = await db
    .update(announcements)
    .set(input.values)
    .where(and(eq(announcements.tenantId, input.tenantId), eq(announcements.id, input.id), eq(announcements.status, input.from)))
    .returning();
  return row;
}

/** Scheduled newsletters whose time has come, across tenants, claimed in one statement (scheduled → sending). */
export async function claimDue(db: Db, now: Date, limit: number): Promise<{ id: string; tenantId: string }[]> {
  const due = db
    .select({ id: announcements.id })
    .from(announcements)
    .where(and(eq(announcements.status, "scheduled"), lte(announcements.scheduledAt, now)))
    .limit(limit);
  return db
    .update(announcements)
    .set({ status: "sending" })
    .where(and(inArray(announcements.id, due), eq(announcements.status, "scheduled")))
    .returning({ id: announcements.id, tenantId: announcements.tenantId });
}

/** The announcement with its tenant, for the fan-out job (which starts from an id only). */
export async function findForFanout(db: Db, id: string) {
  const [row] = await db
    .select({ announcement: announcements, tenant: tenants })
    .from(announcements)
    .innerJoin(tenants, eq(tenants.id, announcements.tenantId))
    .where(eq(announcements.id, id))
    .limit(1);
  return row;
}

export async function markSent(db: Db, id: string, recipientCount: number): Promise<void> {
  await db
    .update(announcements)
    .set({ status: "sent", sentAt: new Date(), recipientCount })
    .where(and(eq(announcements.id, id), eq(announcements.status, "sending")));
}

export async function countMessages(db: Db, tenantId: string, announcementId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.tenantId, tenantId), eq(mailOutbox.announcementId, announcementId)));
  return row?.n ?? 0;
}

export async function listAnnouncements(db: Db, input: { tenantId: string; after: { c: string; i: string } | null; limit: number }) {
  const where = eq(announcements.tenantId, input.tenantId);
  const page = input.after
    ? and(
        where,
        or(
          lt(announcements.createdAt, new Date(input.after.c)),
          and(eq(announcements.createdAt, new Date(input.after.c)), lt(announcements.id, input.after.i)),
        ),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(announcements)
      .where(page)
      .orderBy(desc(announcements.createdAt), desc(announcements.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(announcements)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Messages per status of each announcement. */
export async function deliveryCounts(db: Db, tenantId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ announcementId: mailOutbox.announcementId, status: mailOutbox.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.tenantId, tenantId), inArray(mailOutbox.announcementId, ids)))
    .groupBy(mailOutbox.announcementId, mailOutbox.status);
}

/** One page of an announcement's messages in outbox-id order, with the recipient's name from the directory. */
export async function listRecipients(
  db: Db,
  input: { tenantId: string; announcementId: string; status: string | null; afterId: string | null; limit: number },
) {
  const where = and(
    eq(mailOutbox.tenantId, input.tenantId),
    eq(mailOutbox.announcementId, input.announcementId),
    input.status ? eq(mailOutbox.status, input.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: mailOutbox.id,
        alumnusId: mailOutbox.alumnusId,
        familyName: alumni.familyName,
        givenName: alumni.givenName,
        email: mailOutbox.toAddress,
        status: mailOutbox.status,
        suppressedReason: mailOutbox.suppressedReason,
        sentAt: mailOutbox.sentAt,
        openedAt: mailOutbox.openedAt,
      })
      .from(mailOutbox)
      .leftJoin(alumni, and(eq(alumni.id, mailOutbox.alumnusId), eq(alumni.tenantId, input.tenantId)))
      .where(and(where, input.afterId ? gt(mailOutbox.id, input.afterId) : undefined))
      .orderBy(mailOutbox.id)
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(mailOutbox)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Sets the first open of a newsletter message, once, and only when that newsletter measures opens. */
export async function markOpened(db: Db, outboxId: string): Promise<boolean> {
  const rows = await db
    .update(mailOutbox)
    .set({ openedAt: new Date() })
    .where(
      and(
        eq(mailOutbox.id, outboxId),
        sql`${mailOutbox.openedAt} is null`,
        sql`exists (select 1 from ${announcements} where ${announcements.id} = ${mailOutbox.announcementId} and ${announcements.openTracking})`,
      ),
    )
    .returning({ id: mailOutbox.id });
  return rows.length > 0;
}

const received = (tenantId: string, userId: string) =>
  and(
    eq(announcements.tenantId, tenantId),
    eq(announcements.status, "sent"),
    sql`exists (select 1 from ${mailOutbox} o join ${alumni} a on a.id = o.alumnus_id
      where o.announcement_id = ${announcements.id} and o.tenant_id = ${tenantId} and o.status <> 'suppressed'
        and a.tenant_id = ${tenantId} and a.user_id = ${userId})`,
  );

/** Sent newsletters the person received (a message was written for them), newest first. */
export async function listReceived(db: Db, input: { tenantId: string; userId: string; after: { c: string; i: string } | null; limit: number }) {
  const where = received(input.tenantId, input.userId);
  const page = input.after
    ? and(
        where,
        or(lt(announcements.sentAt, new Date(input.after.c)), and(eq(announcements.sentAt, new Date(input.after.c)), lt(announcements.id, input.after.i))),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(announcements)
      .where(page)
      .orderBy(desc(announcements.sentAt), desc(announcements.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(announcements)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function findReceived(db: Db, input: { tenantId: string; userId: string; id: string }): Promise<AnnouncementRow | undefined> {
  const [row] = await db
    .select()
    .from(announcements)
    .where(and(received(input.tenantId, input.userId), eq(announcements.id, input.id)))
    .limit(1);
  return row;
}
