import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { MemberPage } from "../../../../shared/contracts/members";
import { apiFetch } from "../../../lib/api-client";
import { type MemberFilters, memberKeys } from "./keys";

const PAGE_SIZE = 25;

export function getMembers(filters: MemberFilters, cursor: string | null, limit = PAGE_SIZE, signal?: AbortSignal) {
  return apiFetch("/api/v1/members", {
    query: { q: filters.q, role: filters.role, status: filters.status, cursor, limit },
    schema: MemberPage,
    signal,
  });
}

export function membersInfiniteQueryOptions(filters: MemberFilters) {
  return infiniteQueryOptions({
    queryKey: memberKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getMembers(filters, pageParam, PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useMembers(filters: MemberFilters) {
  return useInfiniteQuery(membersInfiniteQueryOptions(filters));
}

/** Only the member count, for the dashboard. */
export const memberTotalQueryOptions = queryOptions({
  queryKey: memberKeys.total(),
  queryFn: async ({ signal }) => (await getMembers({}, null, 1, signal)).total,
});

export function useMemberTotal(enabled: boolean) {
  return useQuery({ ...memberTotalQueryOptions, enabled });
}
