import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "../../../lib/api-client";
import { downloadFile } from "../../../lib/download-file";

/** Fetches the export and hands it to the browser as a file. */
export function downloadMyData(format: "json" | "csv"): Promise<void> {
  return downloadFile(`/api/v1/me/alumni/data?format=${format}`, `okaeri-my-data.${format}`);
}

export function useDownloadMyData() {
  return useMutation({ mutationFn: downloadMyData });
}

export function useDeleteMyAccount() {
  return useMutation({
    mutationFn: () => apiFetch("/api/v1/me/alumni/delete-account", { method: "POST", schema: z.object({ requestId: z.string(), dueAt: z.string() }) }),
  });
}
