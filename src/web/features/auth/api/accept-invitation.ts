import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type AcceptInvitationInput, SignInResult } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

export function acceptInvitation(input: AcceptInvitationInput): Promise<SignInResult> {
  return apiFetch("/api/auth/invitations/accept", { method: "POST", body: input, schema: SignInResult });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptInvitation, onSuccess: () => queryClient.clear() });
}
