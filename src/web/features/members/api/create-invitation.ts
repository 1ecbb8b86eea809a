import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CreateInvitationInput, Invitation } from "../../../../shared/contracts/members";
import { apiFetch } from "../../../lib/api-client";
import { invitationKeys } from "./keys";

export function createInvitation(input: CreateInvitationInput): Promise<Invitation> {
  return apiFetch("/api/v1/invitations", { method: "POST", body: input, schema: Invitation });
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
  });
}
