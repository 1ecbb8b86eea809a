import { and, count, desc, eq, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditEvents } from "../../db/schema/audit";
import { users } from "../../db/schema/tenancy";

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

export async function listAuditEvents(db: Db, input: { tenantId: string; filter: AuditFilter; beforeId: number | null; limit: number }) {
  const f = input.filter;
  const conditions: SQL[] = [eq(auditEvents.tenantId, input.tenantId)];
  if (f.action) conditions.push(f.action.endsWith(".") ? sql`${auditEvents.action} like ${`${f.action}%`}` : eq(auditEvents.action, f.action));
  if (f.actorId) conditions.push(eq(auditEvents.actorId, f.actorId));
  if (f.targetType) conditions.push(eq(auditEvents.targetType, f.targetType));
  if (f.targetId) conditions.push(eq(auditEvents.targetId, f.targetId));
  if (f.from) conditions.push(gte(auditEvents.at, new Date(f.from)));
  if (f.to) conditions.push(lte(auditEvents.at, new Date(f.to)));
  const where = and(...conditions);
  const page = input.beforeId ? and(where, lt(auditEvents.id, input.beforeId)) : where;
  const [rows, [total]] = await Promise.all([
    db
      .select({ event: auditEvents, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, sql`${users.id}::text = ${auditEvents.actorId}`)
      .where(page)
      .orderBy(desc(auditEvents.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}
