import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MyConsents, type MyConsentsInput } from "../../../../shared/contracts/alumni-portal";
import { apiFetch } from "../../../lib/api-client";
import { alumniPortalKeys } from "./keys";

export const myConsentsQueryOptions = queryOptions({
  queryKey: alumniPortalKeys.consents(),
  queryFn: ({ signal }) => apiFetch("/api/v1/me/alumni/consents", { schema: MyConsents, signal }),
});

export function useMyConsents() {
  return useQuery(myConsentsQueryOptions);
}

export function useUpdateMyConsents() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MyConsentsInput) => apiFetch("/api/v1/me/alumni/consents", { method: "PUT", body: input, schema: MyConsents }),
    onSuccess: (data) => queryClient.setQueryData(alumniPortalKeys.consents(), data),
  });
}
