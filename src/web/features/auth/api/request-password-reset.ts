import { useMutation } from "@tanstack/react-query";
import type { EmailInput } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

export function requestPasswordReset(input: EmailInput): Promise<void> {
  return apiFetch("/api/auth/password-reset", { method: "POST", body: input });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
