import { and, count, desc, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { privacyNotices } from "../../db/schema/privacy";
import { tenants } from "../../db/schema/tenancy";

export type NoticeRow = typeof privacyNotices.$inferSelect;

export async function latestNotice(db: Db, tenantId: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(privacyNotices).where(eq(privacyNotices.tenantId, tenantId)).orderBy(desc(privacyNotices.version)).limit(1);
  return row;
}

export async function findNotice(db: Db, tenantId: string, version: number): Promise<NoticeRow | undefined> {
  const [row] = await db
    .select()
    .from(privacyNotices)
    .where(and(eq(privacyNotices.tenantId, tenantId), eq(privacyNotices.version, version)))
    .limit(1);
  return row;
}

export async function listNotices(db: Db, tenantId: string, input: { beforeVersion: number | null; limit: number }) {
  const where = eq(privacyNotices.tenantId, tenantId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(privacyNotices)
      .where(input.beforeVersion === null ? where : and(where, lt(privacyNotices.version, input.beforeVersion)))
      .orderBy(desc(privacyNotices.version))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(privacyNotices).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Inserts a version unless it exists already (a concurrent publisher won); returns the row only when inserted. */
export async function insertNoticeIfAbsent(
  db: Db,
  values: { tenantId: string; version: number; bodyJa: string; bodyEn: string; changeSummary: string | null; publishedBy: string | null },
): Promise<NoticeRow | undefined> {
  const [row] = await db
    .insert(privacyNotices)
    .values(values)
    .onConflictDoNothing({ target: [privacyNotices.tenantId, privacyNotices.version] })
    .returning();
  return row;
}

export async function tenantName(db: Db, tenantId: string): Promise<string> {
  const [row] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId)).limit(1);
  if (!row) throw new Error("tenant not found");
  return row.name;
}

export async function measuresNewsletterOpens(db: Db, tenantId: string): Promise<boolean> {
  const [row] = await db.select({ on: tenants.newsletterOpenTracking }).from(tenants).where(eq(tenants.id, tenantId)).limit(1);
  return row?.on ?? false;
}

/** Registered alumni who have not yet read the given version (they are asked to review it at next sign-in). */
export async function countPendingReview(db: Db, tenantId: string, version: number): Promise<{ pending: number; registered: number }> {
  const registered = and(eq(alumni.tenantId, tenantId), isNotNull(alumni.registeredAt));
  const [[pending], [all]] = await Promise.all([
    db
      .select({ n: count() })
      .from(alumni)
      .where(and(registered, or(isNull(alumni.noticeVersionSeen), lt(alumni.noticeVersionSeen, version)))),
    db.select({ n: count() }).from(alumni).where(registered),
  ]);
  return { pending: Number(pending?.n ?? 0), registered: Number(all?.n ?? 0) };
}
