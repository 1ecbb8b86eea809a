import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MemberPage } from "../../../../shared/contracts/members";
import { MyPosition, MyPositionPage, PositionPage } from "../../../../shared/contracts/positions";
import {
  MyReferral,
  MyReferralPage,
  ReferableAlumnusPage,
  type ReferralApplyInput,
  ReferralApplyResult,
  type ReferralInput,
  ReferralLanding,
  ReferralLink,
  type ReferralListQuery,
  ReferralPage,
  ReferralSettings,
} from "../../../../shared/contracts/referrals";
import { apiFetch } from "../../../lib/api-client";

export const referralKeys = {
  all: ["referrals"] as const,
  mine: () => [...referralKeys.all, "mine"] as const,
  list: (filters: Omit<ReferralListQuery, "cursor" | "limit">) => [...referralKeys.all, "list", filters] as const,
  settings: () => [...referralKeys.all, "settings"] as const,
  referable: (q: string, alumnusId: string | null) => [...referralKeys.all, "referable", q, alumnusId] as const,
  link: (positionId: string) => [...referralKeys.all, "link", positionId] as const,
  positions: (q: string) => ["referral-positions", "list", q] as const,
  position: (id: string) => ["referral-positions", "detail", id] as const,
};

// ---------------------------------------------------------------- open positions (area positions' employee API)

export function useOpenPositions(q: string) {
  return useInfiniteQuery({
    queryKey: referralKeys.positions(q),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/me/positions", { query: { q, cursor: pageParam, limit: 20 }, schema: MyPositionPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useOpenPosition(id: string | null) {
  return useQuery({
    queryKey: referralKeys.position(id ?? ""),
    queryFn: ({ signal }) => apiFetch(`/api/v1/me/positions/${id}`, { schema: MyPosition, signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

// ---------------------------------------------------------------- referring

export function useReferableAlumni(q: string, alumnusId: string | null = null) {
  return useQuery({
    queryKey: referralKeys.referable(q, alumnusId),
    queryFn: ({ signal }) => apiFetch("/api/v1/referrals/referable-alumni", { query: { q, alumnusId, limit: 20 }, schema: ReferableAlumnusPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralInput) => apiFetch("/api/v1/referrals", { method: "POST", body: input, schema: MyReferral }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referralKeys.all }),
  });
}

export function useMyReferrals() {
  return useInfiniteQuery({
    queryKey: referralKeys.mine(),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/me/referrals", { query: { cursor: pageParam, limit: 25 }, schema: MyReferralPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** Get-or-create: the first call makes the caller's link, later calls return the same one. */
export function useMyReferralLink(positionId: string, enabled: boolean) {
  return useQuery({
    queryKey: referralKeys.link(positionId),
    queryFn: () => apiFetch("/api/v1/me/referral-links", { method: "POST", body: { positionId }, schema: ReferralLink }),
    enabled,
    retry: false,
  });
}

// ---------------------------------------------------------------- HR

export function useReferrals(filters: Omit<ReferralListQuery, "cursor" | "limit">) {
  return useInfiniteQuery({
    queryKey: referralKeys.list(filters),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/referrals", { query: { ...filters, cursor: pageParam, limit: 25 }, schema: ReferralPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** Filter options: every posting (closed ones too) and the active members who may have referred. */
export function useReferralFilterOptions() {
  const positions = useQuery({
    queryKey: [...referralKeys.all, "filter-positions"],
    queryFn: ({ signal }) => apiFetch("/api/v1/positions", { query: { limit: 100 }, schema: PositionPage, signal }),
  });
  const members = useQuery({
    queryKey: [...referralKeys.all, "filter-members"],
    queryFn: ({ signal }) => apiFetch("/api/v1/members", { query: { status: "active", limit: 100 }, schema: MemberPage, signal }),
  });
  return { positions, members };
}

export function useReferralSettings() {
  return useQuery({
    queryKey: referralKeys.settings(),
    queryFn: ({ signal }) => apiFetch("/api/v1/referrals/settings", { schema: ReferralSettings, signal }),
  });
}

export function useSaveReferralSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReferralSettings) => apiFetch("/api/v1/referrals/settings", { method: "PUT", body: input, schema: ReferralSettings }),
    onSuccess: (saved) => queryClient.setQueryData(referralKeys.settings(), saved),
  });
}

// ---------------------------------------------------------------- public landing

const landingPath = (token: string) => `/api/public/referral-links/${encodeURIComponent(token)}`;

/** Each load counts one open on the server: fetched once per visit, never refetched on focus. */
export function useReferralLanding(token: string, locale: string) {
  return useQuery({
    queryKey: ["referral-landing", token, locale] as const,
    queryFn: ({ signal }) => apiFetch(landingPath(token), { schema: ReferralLanding, signal }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useApplyThroughLink(token: string) {
  return useMutation({
    mutationFn: (input: ReferralApplyInput) => apiFetch(`${landingPath(token)}/apply`, { method: "POST", body: input, schema: ReferralApplyResult }),
  });
}
