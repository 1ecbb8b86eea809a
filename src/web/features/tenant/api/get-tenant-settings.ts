import { queryOptions, useQuery } from "@tanstack/react-query";
import { TenantSettings } from "../../../../shared/contracts/tenant";
import { apiFetch } from "../../../lib/api-client";

export const tenantKeys = {
  all: ["tenant"] as const,
  settings: () => [...tenantKeys.all, "settings"] as const,
};

export const tenantSettingsQueryOptions = queryOptions({
  queryKey: tenantKeys.settings(),
  queryFn: ({ signal }) => apiFetch("/api/v1/tenant/settings", { schema: TenantSettings, signal }),
});

export function useTenantSettings() {
  return useQuery(tenantSettingsQueryOptions);
}
