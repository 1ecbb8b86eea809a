import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ImportMappingPreset, type ImportMappingPresetInput } from "../../../../shared/contracts/imports";
import { apiFetch } from "../../../lib/api-client";
import { importKeys } from "./keys";

const PATH = "/api/v1/alumni/import-mappings";

/** Column mappings the company saved for files whose layout Okaeri does not know. */
export function useMappingPresets() {
  return useQuery({
    queryKey: importKeys.mappingPresets(),
    queryFn: ({ signal }) => apiFetch(PATH, { schema: z.array(ImportMappingPreset), signal }),
  });
}

export function useCreateMappingPreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportMappingPresetInput) => apiFetch(PATH, { method: "POST", body: input, schema: ImportMappingPreset }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.mappingPresets() }),
  });
}

export function useDeleteMappingPreset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch(`${PATH}/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.mappingPresets() }),
  });
}
