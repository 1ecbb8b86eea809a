import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type MfaCodeInput, SignInResult } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

export function verifyMfa(input: MfaCodeInput): Promise<SignInResult> {
  return apiFetch("/api/auth/mfa/verify", { method: "POST", body: input, schema: SignInResult });
}

export function useVerifyMfa() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: verifyMfa, onSuccess: () => queryClient.clear() });
}
