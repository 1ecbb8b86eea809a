import { useMutation, useQueryClient } from "@tanstack/react-query";
import {
  CreatedWebhookEndpoint,
  type CreateWebhookEndpointInput,
  RotatedWebhookSecret,
  type UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookEndpoint,
} from "../../../../shared/contracts/webhooks";
import { apiFetch } from "../../../lib/api-client";
import { webhookKeys } from "./keys";

const endpointPath = (id: string) => `/api/v1/webhooks/endpoints/${encodeURIComponent(id)}`;

function useInvalidatingMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.all }) });
}

export function useCreateWebhookEndpoint() {
  return useInvalidatingMutation((input: CreateWebhookEndpointInput) =>
    apiFetch("/api/v1/webhooks/endpoints", { method: "POST", body: input, schema: CreatedWebhookEndpoint }),
  );
}

export function useUpdateWebhookEndpoint(id: string) {
  return useInvalidatingMutation((input: UpdateWebhookEndpointInput) => apiFetch(endpointPath(id), { method: "PATCH", body: input, schema: WebhookEndpoint }));
}

/** Refreshes the list only: refetching the deleted endpoint (still on screen until the page navigates) would 404. */
export function useDeleteWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch(endpointPath(id), { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhookKeys.endpoints() }),
  });
}

export function useRotateWebhookSecret(id: string) {
  return useInvalidatingMutation(() => apiFetch(`${endpointPath(id)}/rotate-secret`, { method: "POST", schema: RotatedWebhookSecret }));
}

export function useSendWebhookTest(id: string) {
  return useInvalidatingMutation(() => apiFetch(`${endpointPath(id)}/test`, { method: "POST", schema: WebhookDelivery }));
}

export function useRedeliverWebhook() {
  return useInvalidatingMutation((deliveryId: string) =>
    apiFetch(`/api/v1/webhooks/deliveries/${encodeURIComponent(deliveryId)}/redeliver`, { method: "POST", schema: WebhookDelivery }),
  );
}
