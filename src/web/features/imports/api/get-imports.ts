import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { AlumniImportPage } from "../../../../shared/contracts/imports";
import { apiFetch } from "../../../lib/api-client";
import { isImportActive } from "./import-status";
import { importKeys } from "./keys";

const PAGE_SIZE = 20;
const POLL_MS = 3000;

/** The company's imports, newest first; refreshed while one of them is still running. */
export function importsInfiniteQueryOptions() {
  return infiniteQueryOptions({
    queryKey: importKeys.lists(),
    queryFn: ({ pageParam, signal }) =>
      apiFetch("/api/v1/alumni/imports", { query: { cursor: pageParam, limit: PAGE_SIZE }, schema: AlumniImportPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    refetchInterval: (query) => (query.state.data?.pages.some((page) => page.items.some((item) => isImportActive(item.status))) ? POLL_MS : false),
  });
}

export function useImports() {
  return useInfiniteQuery(importsInfiniteQueryOptions());
}
