import { useMutation } from "@tanstack/react-query";
import type { EmailInput } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

export function requestMagicLink(input: EmailInput): Promise<void> {
  return apiFetch("/api/auth/magic-link", { method: "POST", body: input });
}

export function useRequestMagicLink() {
  return useMutation({ mutationFn: requestMagicLink });
}
