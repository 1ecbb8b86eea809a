import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { MfaCodeInput } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";
import { meKeys } from "./get-me";

export function disableMfa(input: MfaCodeInput): Promise<void> {
  return apiFetch("/api/v1/me/mfa/disable", { method: "POST", body: input });
}

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableMfa,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}
