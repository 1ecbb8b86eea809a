import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { MailPage, type MailStatus, MailSummary } from "../../../../shared/contracts/mailbox";
import { apiFetch } from "../../../lib/api-client";

export const deliveryKeys = {
  all: ["mail-deliveries"] as const,
  list: (status: MailStatus | undefined) => [...deliveryKeys.all, "list", status ?? "all"] as const,
};

export function deliveriesInfiniteQueryOptions(status: MailStatus | undefined) {
  return infiniteQueryOptions({
    queryKey: deliveryKeys.list(status),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/mail/deliveries", { query: { status, cursor: pageParam, limit: 50 }, schema: MailPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useDeliveries(status: MailStatus | undefined) {
  return useInfiniteQuery(deliveriesInfiniteQueryOptions(status));
}

export function useRetryDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch(`/api/v1/mail/deliveries/${id}/retry`, { method: "POST", schema: MailSummary }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: deliveryKeys.all }),
  });
}
