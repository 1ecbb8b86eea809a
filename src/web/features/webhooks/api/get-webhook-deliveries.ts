import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { WebhookDeliveryPage, type WebhookDeliveryStatus } from "../../../../shared/contracts/webhooks";
import { apiFetch } from "../../../lib/api-client";
import { webhookKeys } from "./keys";

export function webhookDeliveriesQueryOptions(id: string, status?: WebhookDeliveryStatus) {
  return infiniteQueryOptions({
    queryKey: webhookKeys.deliveries(id, status),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(`/api/v1/webhooks/endpoints/${encodeURIComponent(id)}/deliveries`, {
        query: { cursor: pageParam, limit: 25, status },
        schema: WebhookDeliveryPage,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Deliveries move from pending to delivered within seconds: keep the log fresh while it is open.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((item) => item.status !== "delivered" && item.status !== "failed")) ? 2000 : false,
  });
}

export function useWebhookDeliveries(id: string, status?: WebhookDeliveryStatus) {
  return useInfiniteQuery(webhookDeliveriesQueryOptions(id, status));
}
