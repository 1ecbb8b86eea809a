import { useMutation } from "@tanstack/react-query";
import { VerifyEmailResult } from "../../../../shared/contracts/registration";
import { apiFetch } from "../../../lib/api-client";

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (token: string) => apiFetch("/api/public/verify-email", { method: "POST", body: { token }, schema: VerifyEmailResult }),
  });
}
