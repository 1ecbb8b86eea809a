import { emitWebhookEvent } from "./features/webhooks/webhooks.service";
import { onDomainEvent } from "./platform/domain-events/domain-events";

/** Wires features to the domain events they react to; called once by every process that serves or works. */
export function registerDomainSubscribers(): void {
  onDomainEvent("candidate.hired", "webhooks", async (deps, tx, event) => {
    const { candidateId, alumnusId, positionId, source } = event.payload;
    await emitWebhookEvent(deps, tx, { tenantId: event.tenantId, event: "candidate.hired", data: { candidateId, alumnusId, positionId, source } });
  });
}
