import { useMutation } from "@tanstack/react-query";
import { MfaSetup } from "../../../../shared/contracts/me";
import { apiFetch } from "../../../lib/api-client";

export function setupMfa(): Promise<MfaSetup> {
  return apiFetch("/api/v1/me/mfa/setup", { method: "POST", schema: MfaSetup });
}

export function useSetupMfa() {
  return useMutation({ mutationFn: setupMfa });
}
