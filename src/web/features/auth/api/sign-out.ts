import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../lib/api-client";

export function signOut(): Promise<void> {
  return apiFetch("/api/auth/sign-out", { method: "POST" });
}

/** Signs out; `leave` runs first (navigate away from guarded screens), then every cached query is dropped. */
export function useSignOut(leave: () => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      await leave();
      queryClient.clear();
    },
  });
}
