import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ConsentOverview, type RetentionInput, RetentionOverview } from "../../../../shared/contracts/privacy";
import { apiFetch } from "../../../lib/api-client";
import { privacyKeys } from "./keys";

export function useRetention() {
  return useQuery({ queryKey: privacyKeys.retention(), queryFn: ({ signal }) => apiFetch("/api/v1/privacy/retention", { schema: RetentionOverview, signal }) });
}

export function useUpdateRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RetentionInput) => apiFetch("/api/v1/privacy/retention", { method: "PUT", body: input, schema: RetentionOverview }),
    onSuccess: (data) => queryClient.setQueryData(privacyKeys.retention(), data),
  });
}

export function useConsentOverview() {
  return useQuery({ queryKey: privacyKeys.consents(), queryFn: ({ signal }) => apiFetch("/api/v1/privacy/consents", { schema: ConsentOverview, signal }) });
}
