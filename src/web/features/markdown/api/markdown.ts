import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { MarkdownPreview } from "../../../../shared/contracts/markdown";
import { apiFetch } from "../../../lib/api-client";

/** The server's rendering of a draft; the previous preview stays on screen while the next one loads. */
export function useMarkdownPreview(body: string, enabled = true) {
  return useQuery({
    queryKey: ["markdown-preview", body],
    queryFn: ({ signal }) => apiFetch("/api/v1/markdown/preview", { method: "POST", body: { body }, schema: MarkdownPreview, signal }),
    enabled: enabled && body.trim().length > 0,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
