import { useMutation, useQueryClient } from "@tanstack/react-query";
import { SignInResult } from "../../../../shared/contracts/auth";
import type { RegisterInput } from "../../../../shared/contracts/registration";
import { apiFetch } from "../../../lib/api-client";

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterInput) => apiFetch("/api/public/graduation/register", { method: "POST", body: input, schema: SignInResult }),
    onSuccess: () => queryClient.clear(),
  });
}

/** 「今回は登録しない」: the offboarding feature closes the case and stops its mail. */
export function useDeclineGraduation() {
  return useMutation({ mutationFn: (token: string) => apiFetch("/api/public/graduation/decline", { method: "POST", body: { token } }) });
}
