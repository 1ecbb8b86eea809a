import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { AuditPage } from "../../../../shared/contracts/audit";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

/** Who added, changed or read the record, newest first (admin and HR only). */
export function alumnusHistoryInfiniteQueryOptions(id: string) {
  return infiniteQueryOptions({
    queryKey: alumniKeys.history(id),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(`/api/v1/alumni/${encodeURIComponent(id)}/history`, { query: { cursor: pageParam, limit: 100 }, schema: AuditPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useAlumnusHistory(id: string, enabled: boolean) {
  return useInfiniteQuery({ ...alumnusHistoryInfiniteQueryOptions(id), enabled });
}
