import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type CreateApiKeyInput, CreatedApiKey } from "../../../../shared/contracts/api-keys";
import { apiFetch } from "../../../lib/api-client";
import { apiKeyKeys } from "./keys";

export function createApiKey(input: CreateApiKeyInput): Promise<CreatedApiKey> {
  return apiFetch("/api/v1/api-keys", { method: "POST", body: input, schema: CreatedApiKey });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
