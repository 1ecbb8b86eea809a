import { useQueryClient } from "@tanstack/react-query";
import { useNavigate, useRouter } from "@tanstack/react-router";
import { useCallback } from "react";
import type { Me } from "../../../shared/contracts/me";
import { portalForRole } from "../../../shared/roles";

/** After switching company the role may differ: re-run the guards and land on that role's portal. */
export function useTenantSwitched() {
  const navigate = useNavigate();
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(
    async (next: Me) => {
      await router.invalidate();
      await navigate({ to: portalForRole(next.role) });
      void queryClient.invalidateQueries();
    },
    [navigate, router, queryClient],
  );
}
