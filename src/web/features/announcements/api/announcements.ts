import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ConsentPurpose } from "../../../../shared/consent-purposes";
import {
  Announcement,
  type AnnouncementInput,
  AnnouncementPage,
  type AnnouncementUpdateInput,
  Audience,
  Newsletter,
  NewsletterPage,
  RecipientPage,
  type RecipientStatus,
  TestSendResult,
} from "../../../../shared/contracts/announcements";
import type { Segment } from "../../../../shared/contracts/segments";
import { apiFetch } from "../../../lib/api-client";

export const announcementKeys = {
  all: ["announcements"] as const,
  list: () => [...announcementKeys.all, "list"] as const,
  detail: (id: string) => [...announcementKeys.all, "detail", id] as const,
  recipients: (id: string, status: RecipientStatus | null) => [...announcementKeys.all, "recipients", id, status] as const,
  audience: (purpose: ConsentPurpose, segment: Segment) => [...announcementKeys.all, "audience", purpose, segment] as const,
  mine: ["my-newsletters"] as const,
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

const stillMoving = (data: { status: string; counts: { queued: number; sending: number } } | undefined) =>
  Boolean(data && (data.status === "sending" || data.counts.queued + data.counts.sending > 0));

/** While the fan-out writes and the worker sends, the counts move: poll until nothing is left queued. */
export function useAnnouncement(id: string) {
  return useQuery({
    ...announcementQueryOptions(id),
    refetchInterval: (query) => (stillMoving(query.state.data) ? 3000 : false),
  });
}

export function useRecipients(id: string, status: RecipientStatus | null) {
  return useInfiniteQuery({
    queryKey: announcementKeys.recipients(id, status),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(`/api/v1/announcements/${id}/recipients`, {
        query: { cursor: pageParam, limit: 50, status: status ?? undefined },
        schema: RecipientPage,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => {
      const counts = query.state.data?.pages[0]?.counts;
      return counts && counts.queued + counts.sending > 0 ? 3000 : false;
    },
  });
}

export function useAudience(purpose: ConsentPurpose, segment: Segment, enabled = true) {
  return useQuery({
    queryKey: announcementKeys.audience(purpose, segment),
    queryFn: ({ signal }) => apiFetch("/api/v1/announcements/audience", { method: "POST", body: { purpose, segment }, schema: Audience, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnnouncementInput) => apiFetch("/api/v1/announcements", { method: "POST", body: input, schema: Announcement }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: announcementKeys.all }),
  });
}

export function useUpdateAnnouncement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AnnouncementUpdateInput) => apiFetch(`/api/v1/announcements/${id}`, { method: "PUT", body: input, schema: Announcement }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: announcementKeys.all }),
  });
}

export function useCancelAnnouncement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/announcements/${id}/cancel`, { method: "POST", schema: Announcement }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: announcementKeys.all }),
  });
}

export function useSendTestAnnouncement() {
  return useMutation({
    mutationFn: (input: AnnouncementInput) => apiFetch("/api/v1/announcements/test", { method: "POST", body: input, schema: TestSendResult }),
  });
}

export function useMyNewsletters() {
  return useInfiniteQuery({
    queryKey: [...announcementKeys.mine, "list"],
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/me/alumni/newsletters", { query: { cursor: pageParam, limit: 20 }, schema: NewsletterPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useMyNewsletter(id: string) {
  return useQuery({
    queryKey: [...announcementKeys.mine, "detail", id],
    queryFn: ({ signal }) => apiFetch(`/api/v1/me/alumni/newsletters/${id}`, { schema: Newsletter, signal }),
  });
}
