import { queryOptions, useQuery } from "@tanstack/react-query";
import { WebhookEndpoint } from "../../../../shared/contracts/webhooks";
import { apiFetch } from "../../../lib/api-client";
import { webhookKeys } from "./keys";

export function webhookEndpointQueryOptions(id: string) {
  return queryOptions({
    queryKey: webhookKeys.endpoint(id),
    queryFn: ({ signal }) => apiFetch(`/api/v1/webhooks/endpoints/${encodeURIComponent(id)}`, { schema: WebhookEndpoint, signal }),
  });
}

export function useWebhookEndpoint(id: string) {
  return useQuery(webhookEndpointQueryOptions(id));
}
