import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { AuditPage, type AuditQuery } from "../../../../shared/contracts/audit";
import { apiFetch } from "../../../lib/api-client";

/** The audit query without paging; `from`/`to` are ISO instants with offset. */
export type AuditFilters = Omit<AuditQuery, "cursor" | "limit">;

export const auditKeys = {
  all: ["audit-events"] as const,
  list: (filters: AuditFilters) => [...auditKeys.all, "list", filters] as const,
};

export function auditEventsInfiniteQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/audit-events", { query: { ...filters, cursor: pageParam, limit: 50 }, schema: AuditPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery(auditEventsInfiniteQueryOptions(filters));
}
