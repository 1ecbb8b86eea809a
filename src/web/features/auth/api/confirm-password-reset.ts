import { useMutation } from "@tanstack/react-query";
import type { PasswordResetConfirmInput } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

export function confirmPasswordReset(input: PasswordResetConfirmInput): Promise<void> {
  return apiFetch("/api/auth/password-reset/confirm", { method: "POST", body: input });
}

export function useConfirmPasswordReset() {
  return useMutation({ mutationFn: confirmPasswordReset });
}
