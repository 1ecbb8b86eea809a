import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Eligibility, type EligibilityOverrideInput } from "../../../../shared/contracts/alumni";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

/** Sets HR's own verdict with a reason, or clears it ({status: null, reason: null}) so the rules decide again. */
export function overrideEligibility({ id, input }: { id: string; input: EligibilityOverrideInput }): Promise<Eligibility> {
  return apiFetch(`/api/v1/alumni/${encodeURIComponent(id)}/eligibility-override`, { method: "PUT", body: input, schema: Eligibility });
}

export function useOverrideEligibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: overrideEligibility,
    // Waits for the verdict (its reasons are in the user's language, so refetched rather than set) before reporting success.
    onSuccess: (_eligibility, { id }) => {
      void queryClient.invalidateQueries({ queryKey: alumniKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.total() });
      return queryClient.invalidateQueries({ queryKey: alumniKeys.eligibility(id) });
    },
  });
}
