import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "../../../lib/api-client";

/** Fetches the export and hands it to the browser as a file (the session cookie authorises the request). */
export async function downloadMyData(format: "json" | "csv"): Promise<void> {
  const res = await fetch(`/api/v1/me/alumni/data?format=${format}`, { credentials: "same-origin" });
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  const name = res.headers.get("content-disposition")?.match(/filename="([^"]+)"/)?.[1] ?? `okaeri-my-data.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useDownloadMyData() {
  return useMutation({ mutationFn: downloadMyData });
}

export function useDeleteMyAccount() {
  return useMutation({
    mutationFn: () => apiFetch("/api/v1/me/alumni/delete-account", { method: "POST", schema: z.object({ requestId: z.string(), dueAt: z.string() }) }),
  });
}
