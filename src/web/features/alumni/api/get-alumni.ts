import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { AlumniPage } from "../../../../shared/contracts/alumni";
import { apiFetch } from "../../../lib/api-client";
import { type AlumniFilters, alumniKeys } from "./keys";

const PAGE_SIZE = 25;

export function getAlumni(filters: AlumniFilters, cursor: string | null, limit = PAGE_SIZE, signal?: AbortSignal): Promise<AlumniPage> {
  return apiFetch("/api/v1/alumni", { query: { ...filters, cursor, limit }, schema: AlumniPage, signal });
}

export function alumniInfiniteQueryOptions(filters: AlumniFilters) {
  return infiniteQueryOptions({
    queryKey: alumniKeys.list(filters),
    queryFn: ({ pageParam, signal }) => getAlumni(filters, pageParam, PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useAlumni(filters: AlumniFilters) {
  return useInfiniteQuery(alumniInfiniteQueryOptions(filters));
}

/** Only how many alumni match, for the dashboard and the eligibility breakdown. */
export function alumniCountQueryOptions(filters: AlumniFilters) {
  return queryOptions({
    queryKey: alumniKeys.count(filters),
    queryFn: async ({ signal }) => (await getAlumni(filters, null, 1, signal)).total,
  });
}

export function useAlumniTotal(enabled: boolean) {
  return useQuery({ ...alumniCountQueryOptions({}), enabled });
}

export function useAlumniCount(filters: AlumniFilters) {
  return useQuery(alumniCountQueryOptions(filters));
}
