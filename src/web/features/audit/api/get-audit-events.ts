import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { AuditPage } from "../../../../shared/contracts/audit";
import { apiFetch } from "../../../lib/api-client";

export type AuditFilters = {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  /** ISO instants with offset. */
  from?: string;
  to?: string;
};

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
