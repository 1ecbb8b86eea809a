import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  AvailableTalkSlotPage,
  MyTalk,
  type MyTalkCancelInput,
  MyTalkPage,
  type MyTalkRequestInput,
  type MyTalkRescheduleInput,
  Talk,
  type TalkCancelInput,
  TalkCandidacy,
  type TalkCandidacyInput,
  type TalkCompleteInput,
  TalkHostList,
  type TalkNoteInput,
  TalkPage,
  TalkPositionList,
  type TalkRescheduleInput,
  type TalkScheduleInput,
  TalkSlotCreated,
  type TalkSlotCreateInput,
  TalkSlotPage,
  type TalkView,
} from "../../../../shared/contracts/talks";
import { apiFetch } from "../../../lib/api-client";
import { downloadFile } from "../../../lib/download-file";

export const talkKeys = {
  all: ["talks"] as const,
  list: (view: TalkView) => [...talkKeys.all, "list", view] as const,
  detail: (id: string) => [...talkKeys.all, "detail", id] as const,
  slots: () => [...talkKeys.all, "slots"] as const,
  hosts: () => [...talkKeys.all, "hosts"] as const,
  mine: () => [...talkKeys.all, "mine"] as const,
  available: () => [...talkKeys.all, "available"] as const,
};

export function useTalks(view: TalkView) {
  return useInfiniteQuery({
    queryKey: talkKeys.list(view),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/talks", { query: { view, cursor: pageParam, limit: 25 }, schema: TalkPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useTalk(id: string) {
  return useQuery({ queryKey: talkKeys.detail(id), queryFn: ({ signal }) => apiFetch(`/api/v1/talks/${id}`, { schema: Talk, signal }) });
}

export function useTalkSlots() {
  return useInfiniteQuery({
    queryKey: talkKeys.slots(),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/talks/slots", { query: { cursor: pageParam, limit: 50 }, schema: TalkSlotPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useTalkHosts() {
  return useQuery({ queryKey: talkKeys.hosts(), queryFn: ({ signal }) => apiFetch("/api/v1/talks/hosts", { schema: TalkHostList, signal }) });
}

export function useTalkPositions() {
  return useQuery({
    queryKey: [...talkKeys.all, "positions"],
    queryFn: ({ signal }) => apiFetch("/api/v1/talks/positions", { schema: TalkPositionList, signal }),
  });
}

export function useAvailableTalkSlots() {
  return useInfiniteQuery({
    queryKey: talkKeys.available(),
    queryFn: ({ pageParam, signal }) =>
      apiFetch("/api/v1/me/alumni/talks/slots", { query: { cursor: pageParam, limit: 100 }, schema: AvailableTalkSlotPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useMyTalks() {
  return useInfiniteQuery({
    queryKey: talkKeys.mine(),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/me/alumni/talks", { query: { cursor: pageParam, limit: 50 }, schema: MyTalkPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function useTalkMutation<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  // A failed booking (slot taken) also means the list is stale: refresh either way.
  return useMutation({ mutationFn: call, onSettled: () => queryClient.invalidateQueries({ queryKey: talkKeys.all }) });
}

export const useCreateTalkSlots = () =>
  useTalkMutation((input: TalkSlotCreateInput) => apiFetch("/api/v1/talks/slots", { method: "POST", body: input, schema: TalkSlotCreated }));
export const useDeleteTalkSlot = () => useTalkMutation((id: string) => apiFetch(`/api/v1/talks/slots/${id}`, { method: "DELETE" }));
export const useScheduleTalk = (id: string) =>
  useTalkMutation((input: TalkScheduleInput) => apiFetch(`/api/v1/talks/${id}/schedule`, { method: "POST", body: input, schema: Talk }));
export const useRescheduleTalk = (id: string) =>
  useTalkMutation((input: TalkRescheduleInput) => apiFetch(`/api/v1/talks/${id}/reschedule`, { method: "POST", body: input, schema: Talk }));
export const useCancelTalk = (id: string) =>
  useTalkMutation((input: TalkCancelInput) => apiFetch(`/api/v1/talks/${id}/cancel`, { method: "POST", body: input, schema: Talk }));
export const useCompleteTalk = (id: string) =>
  useTalkMutation((input: TalkCompleteInput) => apiFetch(`/api/v1/talks/${id}/complete`, { method: "POST", body: input, schema: Talk }));
export const useSaveTalkNote = (id: string) =>
  useTalkMutation((input: TalkNoteInput) => apiFetch(`/api/v1/talks/${id}/note`, { method: "PUT", body: input, schema: Talk }));
export const useTalkCandidacy = (id: string) =>
  useTalkMutation((input: TalkCandidacyInput) => apiFetch(`/api/v1/talks/${id}/candidacy`, { method: "POST", body: input, schema: TalkCandidacy }));

export const useRequestTalk = () =>
  useTalkMutation((input: MyTalkRequestInput) => apiFetch("/api/v1/me/alumni/talks", { method: "POST", body: input, schema: MyTalk }));
export const useCancelMyTalk = (id: string) =>
  useTalkMutation((input: MyTalkCancelInput) => apiFetch(`/api/v1/me/alumni/talks/${id}/cancel`, { method: "POST", body: input, schema: MyTalk }));
export const useRescheduleMyTalk = (id: string) =>
  useTalkMutation((input: MyTalkRescheduleInput) => apiFetch(`/api/v1/me/alumni/talks/${id}/reschedule`, { method: "POST", body: input, schema: MyTalk }));

export const downloadTalkCalendar = (path: string) => downloadFile(path, "okaeri-casual-talk.ics");
export const hostCalendarPath = (id: string) => `/api/v1/talks/${id}/calendar.ics`;
export const myCalendarPath = (id: string) => `/api/v1/me/alumni/talks/${id}/calendar.ics`;
