import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../lib/api-client";
import { invitationKeys } from "./keys";

export function revokeInvitation(id: string): Promise<void> {
  return apiFetch(`/api/v1/invitations/${encodeURIComponent(id)}`, { method: "DELETE" });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}
