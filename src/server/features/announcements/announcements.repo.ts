import { and, desc, eq, gt, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { announcements, mailOutbox } from "../../db/schema/mail";
import { alumniConsents } from "../../db/schema/privacy";
import { memberships, tenants, users } from "../../db/schema/tenancy";

export type AnnouncementRow = typeof announcements.$inferSelect;

/** Who may receive mail for a purpose: registered alumni with the consent granted, an active account and a verified email. */
function audienceWhere(tenantId: string): SQL | undefined {
  return and(eq(alumni.tenantId, tenantId), sql`${alumni.registeredAt} is not null`, sql`${users.emailVerifiedAt} is not null`);
}

export async function countAudience(db: Db, tenantId: string, purpose: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
    .innerJoin(alumniConsents, and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, purpose), eq(alumniConsents.granted, true)))
    .where(audienceWhere(tenantId));
  return row?.n ?? 0;
}

/** One batch of the audience in id order, after `afterId` (keyset, so a batch never re-reads the ones before). */
export async function audienceBatch(db: Db, input: { tenantId: string; purpose: string; afterId: string | null; limit: number }) {
  return db
    .select({ alumnusId: alumni.id, email: users.email, locale: users.locale })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
    .innerJoin(alumniConsents, and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, input.purpose), eq(alumniConsents.granted, true)))
    .where(and(audienceWhere(input.tenantId), input.afterId ? gt(alumni.id, input.afterId) : undefined))
    .orderBy(alumni.id)
    .limit(input.limit);
}

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

export async function markSent(db: Db, id: string): Promise<void> {
  await db.update(announcements).set({ status: "sent", sentAt: new Date() }).where(eq(announcements.id, id));
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
