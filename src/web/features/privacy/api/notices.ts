import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { NoticePage, PrivacyNotice, type PublishNoticeInput } from "../../../../shared/contracts/privacy";
import { apiFetch } from "../../../lib/api-client";
import { privacyKeys } from "./keys";

export function useNotices() {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: privacyKeys.notices(),
      queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/privacy/notices", { query: { cursor: pageParam, limit: 10 }, schema: NoticePage, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}

export function noticeQueryOptions(version: number) {
  return queryOptions({
    queryKey: privacyKeys.notice(version),
    queryFn: ({ signal }) => apiFetch(`/api/v1/privacy/notices/${version}`, { schema: PrivacyNotice, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useNotice(version: number | null) {
  return useQuery({ ...noticeQueryOptions(version ?? 0), enabled: version !== null });
}

export function usePublishNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishNoticeInput) => apiFetch("/api/v1/privacy/notices", { method: "POST", body: input, schema: PrivacyNotice }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: privacyKeys.notices() }),
  });
}
