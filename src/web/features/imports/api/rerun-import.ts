import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RerunImportInput } from "../../../../shared/contracts/imports";
import { apiFetch } from "../../../lib/api-client";
import { importKeys } from "./keys";
import { StartedImport } from "./start-import";

/** Runs the stored file of an import again as a new import (the real one after a dry run, or a retry). */
export function rerunImport({ id, input }: { id: string; input: RerunImportInput }): Promise<StartedImport> {
  return apiFetch(`/api/v1/alumni/imports/${encodeURIComponent(id)}/rerun`, { method: "POST", body: input, schema: StartedImport });
}

export function useRerunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rerunImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.lists() }),
  });
}
