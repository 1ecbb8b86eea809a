import { and, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notifications } from "../../db/schema/community";

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Pick<typeof notifications.$inferInsert, "tenantId" | "userId" | "kind" | "data">;

export async function insertNotifications(db: Db, rows: NewNotification[]): Promise<void> {
  if (rows.length) await db.insert(notifications).values(rows);
}

export async function listNotifications(db: Db, input: { tenantId: string; userId: string; after: { c: string; i: string } | null; limit: number }) {
  const mine = and(eq(notifications.tenantId, input.tenantId), eq(notifications.userId, input.userId));
  const page = input.after
    ? and(
        mine,
        or(
          lt(notifications.createdAt, new Date(input.after.c)),
          and(eq(notifications.createdAt, new Date(input.after.c)), lt(notifications.id, input.after.i)),
        ),
      )
    : mine;
  const [rows, [counts]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(page)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(input.limit + 1),
    db
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number),
      })
      .from(notifications)
      .where(mine),
  ]);
  return { rows, total: counts?.total ?? 0, unread: counts?.unread ?? 0 };
}

/** Marks the given notices (or all of them) read; only the caller's own. */
export async function markRead(db: Db, input: { tenantId: string; userId: string; ids?: string[] }): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.tenantId, input.tenantId),
        eq(notifications.userId, input.userId),
        isNull(notifications.readAt),
        input.ids ? inArray(notifications.id, input.ids) : undefined,
      ),
    );
}
