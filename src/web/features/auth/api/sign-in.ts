import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type SignInInput, SignInResult } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

export function signIn(input: SignInInput): Promise<SignInResult> {
  return apiFetch("/api/auth/sign-in", { method: "POST", body: input, schema: SignInResult });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // A new identity: nothing cached for the previous visitor may leak into it.
    onSuccess: () => queryClient.clear(),
  });
}
