import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "../../../lib/api-client";
import { importKeys } from "./keys";

export const StartedImport = z.object({ id: z.string() });
export type StartedImport = z.infer<typeof StartedImport>;

export type StartImportInput = {
  file: File;
  /** A built-in layout or the id of a saved mapping; absent = detect from the headers. */
  preset?: string;
  dryRun: boolean;
};

export function startImport({ file, preset, dryRun }: StartImportInput): Promise<StartedImport> {
  const form = new FormData();
  form.set("file", file);
  if (preset) form.set("preset", preset);
  form.set("dryRun", String(dryRun));
  return apiFetch("/api/v1/alumni/imports", { method: "POST", body: form, schema: StartedImport });
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startImport,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.lists() }),
  });
}
