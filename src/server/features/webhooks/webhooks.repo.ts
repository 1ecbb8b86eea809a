import { and, count, desc, eq, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema/webhooks";
import type { CreatedAtCursor } from "../../platform/pagination/cursor";

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type DeliveryRef = { id: string; tenantId: string; attempts: number };

const deliveryRef = { id: webhookDeliveries.id, tenantId: webhookDeliveries.tenantId, attempts: webhookDeliveries.attempts };

/** One pending delivery per event and active endpoint that subscribed to the event type. */
export async function insertDeliveries(
  db: Db,
  input: { tenantId: string; event: string; occurrences: { eventId: string; payload: Record<string, unknown> }[] },
): Promise<DeliveryRef[]> {
  if (!input.occurrences.length) return [];
  const endpoints = await db
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, input.tenantId), eq(webhookEndpoints.active, true), sql`${input.event} = any(${webhookEndpoints.events})`));
  if (!endpoints.length) return [];
  return db
    .insert(webhookDeliveries)
    .values(
      endpoints.flatMap((endpoint) =>
        input.occurrences.map((o) => ({ tenantId: input.tenantId, endpointId: endpoint.id, eventId: o.eventId, event: input.event, payload: o.payload })),
      ),
    )
    .onConflictDoNothing()
    .returning(deliveryRef);
}

/** A delivery to one endpoint whatever it subscribed to (the test event). */
export async function insertDelivery(
  db: Db,
  input: { tenantId: string; endpointId: string; eventId: string; event: string; payload: Record<string, unknown> },
): Promise<DeliveryRow> {
  const [row] = await db.insert(webhookDeliveries).values(input).returning();
  if (!row) throw new Error("insert webhook delivery returned nothing");
  return row;
}

export async function listEndpoints(db: Db, tenantId: string): Promise<EndpointRow[]> {
  return db.select().from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, tenantId)).orderBy(desc(webhookEndpoints.createdAt)).limit(100);
}

export async function countEndpoints(db: Db, tenantId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, tenantId));
  return row?.n ?? 0;
}

export async function findEndpoint(db: Db, tenantId: string, id: string): Promise<EndpointRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
    .limit(1);
  return row;
}

export async function insertEndpoint(
  db: Db,
  values: { tenantId: string; url: string; description: string | null; events: string[]; active: boolean; secretSealed: string; createdBy: string | null },
): Promise<EndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  if (!row) throw new Error("insert webhook endpoint returned nothing");
  return row;
}

export async function updateEndpoint(
  db: Db,
  tenantId: string,
  id: string,
  patch: Partial<Pick<EndpointRow, "url" | "description" | "events" | "active" | "secretSealed">>,
): Promise<EndpointRow | undefined> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)))
    .returning();
  return row;
}

export async function deleteEndpoint(db: Db, tenantId: string, id: string): Promise<void> {
  await db.delete(webhookEndpoints).where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)));
}

export async function listDeliveries(
  db: Db,
  input: { tenantId: string; endpointId: string; status?: string; after: CreatedAtCursor | null; limit: number },
): Promise<{ rows: DeliveryRow[]; total: number }> {
  const scope: SQL[] = [eq(webhookDeliveries.tenantId, input.tenantId), eq(webhookDeliveries.endpointId, input.endpointId)];
  if (input.status) scope.push(eq(webhookDeliveries.status, input.status));
  const page = [...scope];
  if (input.after) {
    const at = new Date(input.after.c);
    page.push(or(lt(webhookDeliveries.createdAt, at), and(eq(webhookDeliveries.createdAt, at), lt(webhookDeliveries.id, input.after.i))) as SQL);
  }
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(and(...page))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(input.limit + 1);
  const [total] = await db
    .select({ n: count() })
    .from(webhookDeliveries)
    .where(and(...scope));
  return { rows, total: total?.n ?? 0 };
}

export async function findDelivery(db: Db, tenantId: string, id: string): Promise<DeliveryRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.id, id)))
    .limit(1);
  return row;
}

/** A finished delivery goes back to pending; the attempt count keeps growing, so each round has its own job id. */
export async function reopenDelivery(db: Db, tenantId: string, id: string): Promise<DeliveryRow | undefined> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: "pending", lastError: null, responseStatus: null, deliveredAt: null })
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.id, id), inArray(webhookDeliveries.status, ["delivered", "failed"])))
    .returning();
  return row;
}

/**
 * Takes a delivery for one attempt. A retry of the same job may also take it back from `delivering`:
 * that job's previous run died mid-attempt (its lease expired), and no other job owns the row.
 */
export async function claimDelivery(db: Db, input: { tenantId: string; id: string; reclaim: boolean }): Promise<DeliveryRow | undefined> {
  const claimable = input.reclaim ? ["pending", "retrying", "delivering"] : ["pending", "retrying"];
  const [row] = await db
    .update(webhookDeliveries)
    .set({ status: "delivering", attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(and(eq(webhookDeliveries.tenantId, input.tenantId), eq(webhookDeliveries.id, input.id), inArray(webhookDeliveries.status, claimable)))
    .returning();
  return row;
}

export async function recordAttempt(
  db: Db,
  input: { tenantId: string; id: string; status: "delivered" | "retrying" | "failed"; responseStatus: number | null; lastError: string | null },
): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({
      status: input.status,
      responseStatus: input.responseStatus,
      lastError: input.lastError,
      deliveredAt: input.status === "delivered" ? new Date() : null,
    })
    .where(and(eq(webhookDeliveries.tenantId, input.tenantId), eq(webhookDeliveries.id, input.id)));
}

/** Pending deliveries committed a while ago, across tenants: the sweeper's safety net. */
export async function stalePendingDeliveries(db: Db, limit: number): Promise<DeliveryRef[]> {
  return db
    .select(deliveryRef)
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, "pending"), lt(webhookDeliveries.createdAt, sql`now() - interval '1 minute'`)))
    .orderBy(webhookDeliveries.createdAt)
    .limit(limit);
}
