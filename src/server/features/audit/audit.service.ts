import type { AuditPage, AuditQuery } from "../../../shared/contracts/audit";
import type { TenantContext } from "../../platform/context";
import { decodeCursor, toPage } from "../../platform/pagination/cursor";
import * as repo from "./audit.repo";

const isId = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);

export async function listAuditEvents({ ctx, query }: { ctx: TenantContext; query: AuditQuery }): Promise<AuditPage> {
  const { cursor, limit, ...filter } = query;
  const { rows, total } = await repo.listAuditEvents(ctx.db, { tenantId: ctx.tenant.id, filter, beforeId: decodeCursor(cursor, isId), limit });
  return toPage(
    rows,
    limit,
    total,
    ({ event, actorName }) => ({
      id: String(event.id),
      at: event.at.toISOString(),
      actorType: event.actorType,
      actorId: event.actorId,
      actorLabel: actorName,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      requestId: event.requestId,
      meta: event.meta,
    }),
    (row) => row.event.id,
  );
}
