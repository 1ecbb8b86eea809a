import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { EligibilityRules } from "../../../../shared/contracts/alumni";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

/** The saved rules and how many alumni's verdicts changed with them. */
const SavedRules = EligibilityRules.extend({ recomputed: z.number().int() });
type SavedRules = z.infer<typeof SavedRules>;

export const eligibilityRulesQueryOptions = queryOptions({
  queryKey: alumniKeys.eligibilityRules(),
  queryFn: ({ signal }) => apiFetch("/api/v1/eligibility-rules", { schema: EligibilityRules, signal }),
});

export function useEligibilityRules() {
  return useQuery(eligibilityRulesQueryOptions);
}

export function updateEligibilityRules(rules: EligibilityRules): Promise<SavedRules> {
  return apiFetch("/api/v1/eligibility-rules", { method: "PUT", body: rules, schema: SavedRules });
}

/** Saving re-evaluates every alumnus on the server, so every cached verdict (lists, records, reasons) is stale. */
export function useUpdateEligibilityRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateEligibilityRules,
    onSuccess: ({ recomputed: _recomputed, ...rules }) => {
      queryClient.setQueryData(alumniKeys.eligibilityRules(), rules);
      void queryClient.invalidateQueries({ queryKey: alumniKeys.all, predicate: (query) => query.queryKey[1] !== "eligibility-rules" });
    },
  });
}
