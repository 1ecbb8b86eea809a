import type { WebhookDeliveryStatus } from "../../../../shared/contracts/webhooks";

export const webhookKeys = {
  all: ["webhooks"] as const,
  endpoints: () => [...webhookKeys.all, "endpoints"] as const,
  endpoint: (id: string) => [...webhookKeys.all, "endpoint", id] as const,
  deliveries: (id: string, status?: WebhookDeliveryStatus) => [...webhookKeys.all, "deliveries", id, status ?? "all"] as const,
};
