import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../lib/api-client";
import { apiKeyKeys } from "./keys";

export function revokeApiKey(id: string): Promise<void> {
  return apiFetch(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSettled: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
