import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ConsentPurpose } from "../../../../shared/consent-purposes";
import { Announcement, type AnnouncementInput, AnnouncementPage, Audience, TestSendResult } from "../../../../shared/contracts/announcements";
import { apiFetch } from "../../../lib/api-client";

export const announcementKeys = {
  all: ["announcements"] as const,
  list: () => [...announcementKeys.all, "list"] as const,
  detail: (id: string) => [...announcementKeys.all, "detail", id] as const,
  audience: (purpose: ConsentPurpose) => [...announcementKeys.all, "audience", purpose] as const,
};

export function announcementsInfiniteQueryOptions() {
  return infiniteQueryOptions({
    queryKey: announcementKeys.list(),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/announcements", { query: { cursor: pageParam, limit: 25 }, schema: AnnouncementPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useAnnouncements() {
  return useInfiniteQuery(announcementsInfiniteQueryOptions());
}

export function announcementQueryOptions(id: string) {
  return queryOptions({
    queryKey: announcementKeys.detail(id),
    queryFn: ({ signal }) => apiFetch(`/api/v1/announcements/${id}`, { schema: Announcement, signal }),
  });
}

/** While the fan-out writes and the worker sends, the counts move: poll until nothing is left queued. */
export function useAnnouncement(id: string) {
  return useQuery({
    ...announcementQueryOptions(id),
    refetchInterval: (query) => {
      const data = query.state.data;
      return data && (data.status === "sending" || data.counts.queued + data.counts.sending > 0) ? 3000 : false;
    },
  });
}

export function useAudience(purpose: ConsentPurpose) {
  return useQuery({
    queryKey: announcementKeys.audience(purpose),
    queryFn: ({ signal }) => apiFetch("/api/v1/announcements/audience", { method: "POST", body: { purpose }, schema: Audience, signal }),
  });
}

export function useCreateAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnnouncementInput) => apiFetch("/api/v1/announcements", { method: "POST", body: input, schema: Announcement }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: announcementKeys.all }),
  });
}

export function useSendTestAnnouncement() {
  return useMutation({
    mutationFn: (input: AnnouncementInput) => apiFetch("/api/v1/announcements/test", { method: "POST", body: input, schema: TestSendResult }),
  });
}
