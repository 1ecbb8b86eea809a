import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AlumniPage } from "../../../../shared/contracts/alumni";
import {
  DsrDetail,
  DsrPage,
  type DsrStatus,
  type DsrTransitionInput,
  type EraseInput,
  ErasurePreview,
  type OpenDsrInput,
} from "../../../../shared/contracts/privacy";
import { apiFetch } from "../../../lib/api-client";
import { privacyKeys } from "./keys";

const requestPath = (id: string) => `/api/v1/privacy/requests/${encodeURIComponent(id)}`;

export function useSubjectRequests(status?: DsrStatus) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: privacyKeys.requests(status),
      queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/privacy/requests", { query: { status, cursor: pageParam, limit: 25 }, schema: DsrPage, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}

export function subjectRequestQueryOptions(id: string) {
  return queryOptions({ queryKey: privacyKeys.request(id), queryFn: ({ signal }) => apiFetch(requestPath(id), { schema: DsrDetail, signal }) });
}

export function useSubjectRequest(id: string) {
  return useQuery(subjectRequestQueryOptions(id));
}

export function useErasurePreview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: privacyKeys.erasure(id),
    queryFn: ({ signal }) => apiFetch(`${requestPath(id)}/erasure`, { schema: ErasurePreview, signal }),
    enabled,
  });
}

/** Where the browser downloads the person's data package (cookie-authenticated GET; the server audits it). */
export const exportUrl = (id: string, format: "json" | "csv") => `${requestPath(id)}/export?format=${format}`;

function useRequestMutation<I>(mutationFn: (input: I) => Promise<DsrDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => queryClient.setQueryData(privacyKeys.request(detail.id), detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: privacyKeys.all }),
  });
}

export function useOpenSubjectRequest() {
  return useRequestMutation((input: OpenDsrInput) => apiFetch("/api/v1/privacy/requests", { method: "POST", body: input, schema: DsrDetail }));
}

export function useTransitionRequest(id: string) {
  return useRequestMutation((input: DsrTransitionInput) => apiFetch(`${requestPath(id)}/status`, { method: "POST", body: input, schema: DsrDetail }));
}

export function useErase(id: string) {
  return useRequestMutation((input: EraseInput) => apiFetch(`${requestPath(id)}/erase`, { method: "POST", body: input, schema: DsrDetail }));
}

/** Alumni matching a search, for choosing whose request HR records (the directory's own search, first page). */
export function useAlumnusSearch(q: string) {
  return useQuery({
    queryKey: [...privacyKeys.all, "alumni-search", q],
    queryFn: ({ signal }) => apiFetch("/api/v1/alumni", { query: { q, limit: 10 }, schema: AlumniPage, signal }),
    enabled: q.trim().length > 0,
    staleTime: 30_000,
  });
}
