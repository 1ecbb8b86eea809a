import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type ApplyInput,
  HiringManagerList,
  JobDetail,
  JobPage,
  MyApplicationList,
  OpenToReturn,
  type OpenToReturnInput,
  PositionCampaignDraft,
  PositionDetail,
  type PositionInput,
  PositionPage,
  SavedState,
} from "../../../../shared/contracts/positions";
import type { PositionStatus, PositionVisibility } from "../../../../shared/recruiting";
import { apiFetch } from "../../../lib/api-client";

export interface PositionFilters {
  status?: PositionStatus;
  visibility?: PositionVisibility;
  q?: string;
}

export const positionKeys = {
  all: ["positions"] as const,
  list: (filters: PositionFilters) => [...positionKeys.all, "list", filters] as const,
  detail: (id: string) => [...positionKeys.all, "detail", id] as const,
  managers: () => [...positionKeys.all, "managers"] as const,
};

export const jobKeys = {
  all: ["jobs"] as const,
  board: (savedOnly: boolean) => [...jobKeys.all, "board", savedOnly] as const,
  detail: (id: string) => [...jobKeys.all, "detail", id] as const,
  openToReturn: () => [...jobKeys.all, "open-to-return"] as const,
  applications: () => [...jobKeys.all, "applications"] as const,
};

// ————— console —————

export function positionsInfiniteQueryOptions(filters: PositionFilters) {
  return infiniteQueryOptions({
    queryKey: positionKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiFetch("/api/v1/positions", { query: { ...filters, q: filters.q || undefined, cursor: pageParam, limit: 25 }, schema: PositionPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export const usePositions = (filters: PositionFilters) => useInfiniteQuery(positionsInfiniteQueryOptions(filters));

export function positionQueryOptions(id: string) {
  return queryOptions({ queryKey: positionKeys.detail(id), queryFn: ({ signal }) => apiFetch(`/api/v1/positions/${id}`, { schema: PositionDetail, signal }) });
}

export const usePosition = (id: string) => useQuery(positionQueryOptions(id));

export const useHiringManagers = () =>
  useQuery({
    queryKey: positionKeys.managers(),
    queryFn: ({ signal }) => apiFetch("/api/v1/positions/hiring-managers", { schema: HiringManagerList, signal }),
    staleTime: 60_000,
  });

function useInvalidatePositions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: positionKeys.all });
}

export function useCreatePosition() {
  const invalidate = useInvalidatePositions();
  return useMutation({
    mutationFn: (input: PositionInput) => apiFetch("/api/v1/positions", { method: "POST", body: input, schema: PositionDetail }),
    onSuccess: invalidate,
  });
}

export function useUpdatePosition(id: string) {
  const invalidate = useInvalidatePositions();
  return useMutation({
    mutationFn: (input: PositionInput & { version: number }) => apiFetch(`/api/v1/positions/${id}`, { method: "PUT", body: input, schema: PositionDetail }),
    onSuccess: invalidate,
  });
}

export function useChangePositionStatus(id: string) {
  const invalidate = useInvalidatePositions();
  return useMutation({
    mutationFn: (input: { status: PositionStatus; version: number }) =>
      apiFetch(`/api/v1/positions/${id}/status`, { method: "POST", body: input, schema: PositionDetail }),
    onSettled: invalidate,
  });
}

export function useDeletePosition(id: string) {
  const invalidate = useInvalidatePositions();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/positions/${id}`, { method: "DELETE" }),
    onSuccess: invalidate,
  });
}

export function usePositionCampaign() {
  return useMutation({ mutationFn: () => apiFetch("/api/v1/positions/campaign", { method: "POST", schema: PositionCampaignDraft }) });
}

// ————— alumni —————

export function jobsInfiniteQueryOptions(savedOnly: boolean) {
  return infiniteQueryOptions({
    queryKey: jobKeys.board(savedOnly),
    queryFn: ({ pageParam, signal }) =>
      apiFetch("/api/v1/me/alumni/jobs", { query: { saved: savedOnly ? "true" : undefined, cursor: pageParam, limit: 20 }, schema: JobPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    retry: false,
  });
}

export const useJobs = (savedOnly: boolean) => useInfiniteQuery(jobsInfiniteQueryOptions(savedOnly));

export const useJob = (id: string) =>
  useQuery({ queryKey: jobKeys.detail(id), queryFn: ({ signal }) => apiFetch(`/api/v1/me/alumni/jobs/${id}`, { schema: JobDetail, signal }), retry: false });

export function useSaveJob(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (saved: boolean) => apiFetch(`/api/v1/me/alumni/jobs/${id}/saved`, { method: saved ? "PUT" : "DELETE", schema: SavedState }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}

export function useApply(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplyInput) => apiFetch(`/api/v1/me/alumni/jobs/${id}/apply`, { method: "POST", body: input, schema: JobDetail }),
    onSuccess: (job) => {
      queryClient.setQueryData(jobKeys.detail(id), job);
      void queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}

export const useOpenToReturn = () =>
  useQuery({ queryKey: jobKeys.openToReturn(), queryFn: ({ signal }) => apiFetch("/api/v1/me/alumni/open-to-return", { schema: OpenToReturn, signal }) });

export function useUpdateOpenToReturn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OpenToReturnInput) => apiFetch("/api/v1/me/alumni/open-to-return", { method: "PUT", body: input, schema: OpenToReturn }),
    onSuccess: (value) => queryClient.setQueryData(jobKeys.openToReturn(), value),
  });
}

export const useMyApplications = () =>
  useQuery({ queryKey: jobKeys.applications(), queryFn: ({ signal }) => apiFetch("/api/v1/me/alumni/applications", { schema: MyApplicationList, signal }) });
