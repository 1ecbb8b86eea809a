import { useMutation, useQuery } from "@tanstack/react-query";
import { UnsubscribeInfo } from "../../../../shared/contracts/unsubscribe";
import { apiFetch } from "../../../lib/api-client";

/** The token travels in the path of this one public API (the mail's one-click URL has the same shape). */
const pathOf = (token: string) => `/api/public/unsubscribe/${encodeURIComponent(token)}`;

export function useUnsubscribeInfo(token: string | null) {
  return useQuery({
    queryKey: ["unsubscribe", token] as const,
    queryFn: ({ signal }) => apiFetch(pathOf(token ?? ""), { schema: UnsubscribeInfo, signal }),
    enabled: token !== null,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) => apiFetch(pathOf(token), { method: "POST", schema: UnsubscribeInfo }),
  });
}
