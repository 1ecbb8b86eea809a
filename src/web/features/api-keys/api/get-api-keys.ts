import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiKeyList } from "../../../../shared/contracts/api-keys";
import { apiFetch } from "../../../lib/api-client";
import { apiKeyKeys } from "./keys";

export const apiKeysQueryOptions = queryOptions({
  queryKey: apiKeyKeys.list(),
  queryFn: ({ signal }) => apiFetch("/api/v1/api-keys", { schema: ApiKeyList, signal }),
});

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions);
}
