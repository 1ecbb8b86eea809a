import { queryOptions, useQuery } from "@tanstack/react-query";
import { WebhookEndpointList } from "../../../../shared/contracts/webhooks";
import { apiFetch } from "../../../lib/api-client";
import { webhookKeys } from "./keys";

export const webhookEndpointsQueryOptions = queryOptions({
  queryKey: webhookKeys.endpoints(),
  queryFn: ({ signal }) => apiFetch("/api/v1/webhooks/endpoints", { schema: WebhookEndpointList, signal }),
});

export function useWebhookEndpoints() {
  return useQuery(webhookEndpointsQueryOptions);
}
