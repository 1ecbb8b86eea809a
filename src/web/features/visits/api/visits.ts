import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  AvailableAlumnusPage,
  MyVisit,
  MyVisitPage,
  Visit,
  type VisitAcceptInput,
  type VisitCompleteInput,
  type VisitDeclineInput,
  VisitPage,
  type VisitRequestInput,
  type VisitScheduleInput,
  type VisitStatus,
} from "../../../../shared/contracts/visits";
import { apiFetch } from "../../../lib/api-client";
import { downloadFile } from "../../../lib/download-file";

export const visitKeys = {
  all: ["visits"] as const,
  list: (status: VisitStatus | null) => [...visitKeys.all, "list", status] as const,
  detail: (id: string) => [...visitKeys.all, "detail", id] as const,
  mine: () => [...visitKeys.all, "mine"] as const,
  available: (q: string) => [...visitKeys.all, "available", q] as const,
};

export function visitsInfiniteQueryOptions(status: VisitStatus | null) {
  return infiniteQueryOptions({
    queryKey: visitKeys.list(status),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/visits", { query: { status, cursor: pageParam, limit: 25 }, schema: VisitPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useVisits(status: VisitStatus | null) {
  return useInfiniteQuery({ ...visitsInfiniteQueryOptions(status), placeholderData: keepPreviousData });
}

export function useVisit(id: string) {
  return useQuery({ queryKey: visitKeys.detail(id), queryFn: ({ signal }) => apiFetch(`/api/v1/visits/${id}`, { schema: Visit, signal }) });
}

export function useAvailableAlumni(q: string) {
  return useQuery({
    queryKey: visitKeys.available(q),
    queryFn: ({ signal }) => apiFetch("/api/v1/visits/available-alumni", { query: { q, limit: 20 }, schema: AvailableAlumnusPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMyVisits() {
  return useInfiniteQuery({
    queryKey: visitKeys.mine(),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/me/visits", { query: { cursor: pageParam, limit: 20 }, schema: MyVisitPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function useVisitMutation<I, O>(call: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.all }) });
}

export const useRequestVisit = () => useVisitMutation((input: VisitRequestInput) => apiFetch("/api/v1/visits", { method: "POST", body: input, schema: Visit }));
export const useScheduleVisit = (id: string) =>
  useVisitMutation((input: VisitScheduleInput) => apiFetch(`/api/v1/visits/${id}/schedule`, { method: "POST", body: input, schema: Visit }));
export const useCancelVisit = (id: string) => useVisitMutation(() => apiFetch(`/api/v1/visits/${id}/cancel`, { method: "POST", schema: Visit }));
export const useCompleteVisit = (id: string) =>
  useVisitMutation((input: VisitCompleteInput) => apiFetch(`/api/v1/visits/${id}/complete`, { method: "POST", body: input, schema: Visit }));
export const useAcceptVisit = (id: string) =>
  useVisitMutation((input: VisitAcceptInput) => apiFetch(`/api/v1/me/visits/${id}/accept`, { method: "POST", body: input, schema: MyVisit }));
export const useDeclineVisit = (id: string) =>
  useVisitMutation((input: VisitDeclineInput) => apiFetch(`/api/v1/me/visits/${id}/decline`, { method: "POST", body: input, schema: MyVisit }));
export const useCancelMyVisit = (id: string) => useVisitMutation(() => apiFetch(`/api/v1/me/visits/${id}/cancel`, { method: "POST", schema: MyVisit }));

export const downloadVisitCalendar = (path: string) => downloadFile(path, "okaeri-visit.ics");

export const requesterCalendarPath = (id: string) => `/api/v1/visits/${id}/calendar`;
export const myCalendarPath = (id: string) => `/api/v1/me/visits/${id}/calendar`;
