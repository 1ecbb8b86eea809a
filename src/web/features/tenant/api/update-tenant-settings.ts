import { useMutation, useQueryClient } from "@tanstack/react-query";
import { TenantSettings, type UpdateTenantSettingsInput } from "../../../../shared/contracts/tenant";
import { apiFetch } from "../../../lib/api-client";
import { tenantKeys } from "./get-tenant-settings";

export function updateTenantSettings(input: UpdateTenantSettingsInput): Promise<TenantSettings> {
  return apiFetch("/api/v1/tenant/settings", { method: "PATCH", body: input, schema: TenantSettings });
}

/** `onSaved` lets the caller refresh what else shows the tenant (its name in the header, MFA rules). */
export function useUpdateTenantSettings(onSaved?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTenantSettings,
    onSuccess: (settings) => {
      queryClient.setQueryData(tenantKeys.settings(), settings);
      onSaved?.();
    },
  });
}
