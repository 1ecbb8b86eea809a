import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Me, type SwitchTenantInput } from "../../../../shared/contracts/me";
import { apiFetch } from "../../../lib/api-client";
import { meKeys } from "./get-me";

export function switchTenant(input: SwitchTenantInput): Promise<Me> {
  return apiFetch("/api/v1/me/tenant", { method: "POST", body: input, schema: Me });
}

export function useSwitchTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchTenant,
    onSuccess: async (me) => {
      // Everything cached belongs to the previous tenant.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKeys.all[0] });
      queryClient.setQueryData(meKeys.all, me);
    },
  });
}
