import { createHash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import type { AppDeps } from "../../platform/context";
import type { DeliveryRef } from "./webhooks.repo";

export const WEBHOOK_DELIVER_JOB = "webhook.deliver";
export const WEBHOOK_MAX_ATTEMPTS = 6;
export const DEFAULT_RETRY_DELAY_SECONDS = 10;

export interface DeliverJobData {
  tenantId: string;
  deliveryId: string;
}

/**
 * One job id per delivery round: sending the same round twice (the sweeper after a crash) is a no-op
 * in pg-boss, and a redelivery (a new round, with a higher attempt count) gets a fresh job.
 */
export function jobIdOf(delivery: DeliveryRef): string {
  const hex = createHash("sha256").update(`webhook:${delivery.id}:${delivery.attempts}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** pg-boss's `executeSql` on the caller's transaction, so the job commits or rolls back with the delivery. */
function inTransaction(tx: Db) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const pieces = text.split(/\$(\d+)/);
      const chunks: SQL[] = pieces.map((piece, index) => (index % 2 === 0 ? sql.raw(piece) : sql`${sql.param(jsonSafe(values[Number(piece) - 1]))}`));
      const result = (await tx.execute(sql.join(chunks))) as unknown as { rows: Record<string, unknown>[] };
      return { rows: result.rows };
    },
  };
}

function jsonSafe(value: unknown): unknown {
  return value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value;
}

function retryOptions(deps: AppDeps) {
  const delay = deps.config.webhooks?.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS;
  // Exponential backoff (about 10 s, 20 s, 40 s, 80 s, 160 s with jitter); a zero delay (tests) retries at once.
  return { retryLimit: WEBHOOK_MAX_ATTEMPTS - 1, retryDelay: delay, retryBackoff: delay > 0, expireInSeconds: 60 };
}

/**
 * Hands deliveries to the job queue inside `tx` (a transactional outbox: no job without its committed row,
 * no row without its job). A failure here must not undo the caller's change, so it runs in a savepoint and
 * leaves the rows pending for the sweeper.
 */
export async function dispatchInTransaction(deps: AppDeps, tx: Db, deliveries: DeliveryRef[]): Promise<void> {
  if (!deliveries.length) return;
  try {
    await tx.transaction(async (savepoint) => {
      const db = inTransaction(savepoint as unknown as Db);
      for (const delivery of deliveries) {
        const data: DeliverJobData = { tenantId: delivery.tenantId, deliveryId: delivery.id };
        await deps.jobs.send(WEBHOOK_DELIVER_JOB, data, { ...retryOptions(deps), id: jobIdOf(delivery), db });
      }
    });
  } catch (error) {
    deps.logger.warn("webhook dispatch deferred to the sweeper", { count: deliveries.length, error: String(error).slice(0, 200) });
  }
}

/** Outside a transaction (the sweeper): duplicates of a round are ignored by pg-boss. */
export async function dispatch(deps: AppDeps, deliveries: DeliveryRef[]): Promise<void> {
  for (const delivery of deliveries) {
    const data: DeliverJobData = { tenantId: delivery.tenantId, deliveryId: delivery.id };
    await deps.jobs.send(WEBHOOK_DELIVER_JOB, data, { ...retryOptions(deps), id: jobIdOf(delivery) });
  }
}
