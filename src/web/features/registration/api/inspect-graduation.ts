import { queryOptions, useQuery } from "@tanstack/react-query";
import { GraduationPreview } from "../../../../shared/contracts/registration";
import { apiFetch } from "../../../lib/api-client";

export function graduationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: ["graduation-preview", token] as const,
    queryFn: ({ signal }) => apiFetch("/api/public/graduation/inspect", { method: "POST", body: { token }, schema: GraduationPreview, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useGraduationPreview(token: string | null) {
  return useQuery({ ...graduationPreviewQueryOptions(token ?? ""), enabled: token !== null });
}
