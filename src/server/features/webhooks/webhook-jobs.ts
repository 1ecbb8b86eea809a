import { WEBHOOK_TEST_EVENT } from "../../../shared/contracts/webhooks";
import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { openSecret } from "../../platform/security/secret-box";
import { type DeliverJobData, dispatch, WEBHOOK_DELIVER_JOB } from "./webhook-dispatch";
import { postWebhook, signatureHeader } from "./webhook-sender";
import * as repo from "./webhooks.repo";

export const WEBHOOK_SWEEP_JOB = "webhook.sweep";
export const WEBHOOK_QUEUES = [WEBHOOK_DELIVER_JOB, WEBHOOK_SWEEP_JOB];

/**
 * One attempt at one delivery. The claim makes a duplicated job a no-op; a failed attempt throws so that
 * pg-boss retries it with backoff, and the last one records `failed` with its reason.
 */
export function webhookDeliverJob(deps: AppDeps): JobDefinition<DeliverJobData> {
  return {
    name: WEBHOOK_DELIVER_JOB,
    retryLimit: 0,
    async handle(job) {
      const { db } = deps.database;
      const { tenantId, deliveryId } = job.data;
      const delivery = await repo.claimDelivery(db, { tenantId, id: deliveryId, reclaim: job.retryCount > 0 });
      if (!delivery) return;
      const finalAttempt = job.retryCount >= job.retryLimit;
      const endpoint = await repo.findEndpoint(db, tenantId, delivery.endpointId);
      if (!endpoint?.active) {
        await repo.recordAttempt(db, { tenantId, id: deliveryId, status: "failed", responseStatus: null, lastError: "endpoint_disabled" });
        return;
      }
      const body = JSON.stringify(delivery.payload);
      const outcome = await postWebhook({
        url: endpoint.url,
        body,
        allowPrivate: deps.config.webhooks?.allowPrivateTargets ?? false,
        headers: {
          "user-agent": "Okaeri-Webhooks/1.0",
          "okaeri-event": delivery.event,
          "okaeri-delivery": delivery.id,
          "okaeri-signature": signatureHeader(openSecret(deps.config.authSecret, endpoint.secretSealed), body),
        },
      });
      if (outcome.ok) {
        await repo.recordAttempt(db, { tenantId, id: deliveryId, status: "delivered", responseStatus: outcome.status, lastError: null });
        return;
      }
      await repo.recordAttempt(db, {
        tenantId,
        id: deliveryId,
        status: finalAttempt ? "failed" : "retrying",
        responseStatus: outcome.status,
        lastError: outcome.reason,
      });
      deps.logger.warn("webhook delivery failed", {
        deliveryId,
        attempt: delivery.attempts,
        final: finalAttempt,
        reason: outcome.reason,
        test: delivery.event === WEBHOOK_TEST_EVENT,
      });
      if (!finalAttempt) throw new Error(`webhook delivery failed: ${outcome.reason}`);
    },
  };
}

/** Every minute: hand over deliveries that were committed without their job (should not happen; the safety net). */
export function webhookSweepJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: WEBHOOK_SWEEP_JOB,
    retryLimit: 0,
    cron: "* * * * *",
    async handle() {
      await dispatch(deps, await repo.stalePendingDeliveries(deps.database.db, 500));
    },
  };
}
