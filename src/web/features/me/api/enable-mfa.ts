import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { MfaCodeInput } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";
import { meKeys } from "./get-me";

export function enableMfa(input: MfaCodeInput): Promise<void> {
  return apiFetch("/api/v1/me/mfa/enable", { method: "POST", body: input });
}

export function useEnableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableMfa,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.all }),
  });
}
