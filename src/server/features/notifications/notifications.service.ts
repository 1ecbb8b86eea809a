import type { MarkNotificationsReadInput, NotificationKind, NotificationPage } from "../../../shared/contracts/notifications";
import type { Db } from "../../db/client";
import { personOf, type TenantContext } from "../../platform/context";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import * as repo from "./notifications.repo";

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** Ids and short labels only (never a post body): the web words the sentence. */
  data: Record<string, string>;
}

/**
 * Leaves notices for people, in the caller's transaction (`db` may be one), so a notice exists exactly when the
 * change that caused it does. The actor is never notified of their own action.
 */
export async function notify(db: Db, input: { tenantId: string; actorUserId?: string | null; notices: NotificationInput[] }): Promise<void> {
  const seen = new Set<string>();
  const rows = input.notices.filter((n) => {
    const key = `${n.userId}:${n.kind}:${JSON.stringify(n.data)}`;
    if (n.userId === input.actorUserId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  await repo.insertNotifications(
    db,
    rows.map((n) => ({ tenantId: input.tenantId, userId: n.userId, kind: n.kind, data: n.data })),
  );
}

const userOf = (ctx: TenantContext): string => personOf(ctx, "notifications_need_person").userId;

export async function listMyNotifications({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<NotificationPage> {
  const { rows, total, unread } = await repo.listNotifications(ctx.db, {
    tenantId: ctx.tenant.id,
    userId: userOf(ctx),
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  const page = toPage(
    rows,
    query.limit,
    total,
    (row) => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      data: row.data,
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
    }),
    createdAtCursorOf,
  );
  return { ...page, unread };
}

export async function markMyNotificationsRead({ ctx, input }: { ctx: TenantContext; input: MarkNotificationsReadInput }): Promise<void> {
  await repo.markRead(ctx.db, { tenantId: ctx.tenant.id, userId: userOf(ctx), ids: input.ids });
}
