import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { NotificationPage } from "../../../../shared/contracts/notifications";
import { apiFetch } from "../../../lib/api-client";

const key = ["notifications"] as const;

/** The latest notices with the unread count; polled gently so the bell stays current. */
export function useNotifications() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiFetch("/api/v1/me/notifications", { query: { limit: 20 }, schema: NotificationPage, signal }),
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => apiFetch("/api/v1/me/notifications/read", { method: "POST", body: ids ? { ids } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
