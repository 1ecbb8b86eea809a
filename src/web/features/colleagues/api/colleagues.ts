import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  FormerColleagueList,
  MemberDepartments,
  type MemberDepartmentsInput,
  MyFormerColleagueList,
  MyOutreach,
  MyOutreachList,
  Outreach,
  OutreachCandidacy,
  OutreachList,
  type OutreachOutcomeInput,
  type OutreachRequestInput,
} from "../../../../shared/contracts/colleagues";
import { apiFetch } from "../../../lib/api-client";

export const colleagueKeys = {
  all: ["colleagues"] as const,
  memberDepartments: (membershipId: string) => [...colleagueKeys.all, "member-departments", membershipId] as const,
  myDepartments: () => [...colleagueKeys.all, "my-departments"] as const,
  formerColleagues: (alumnusId: string) => [...colleagueKeys.all, "former", alumnusId] as const,
  outreach: (alumnusId: string) => [...colleagueKeys.all, "outreach", alumnusId] as const,
  myOutreach: () => [...colleagueKeys.all, "my-outreach"] as const,
  myFormerColleagues: () => [...colleagueKeys.all, "my-former"] as const,
};

const id = encodeURIComponent;

// ---------------------------------------------------------------- department histories

export function useMemberDepartments(membershipId: string | null) {
  return useQuery({
    queryKey: colleagueKeys.memberDepartments(membershipId ?? ""),
    queryFn: ({ signal }) => apiFetch(`/api/v1/members/${id(membershipId ?? "")}/departments`, { schema: MemberDepartments, signal }),
    enabled: Boolean(membershipId),
  });
}

export function useMyDepartments() {
  return useQuery({
    queryKey: colleagueKeys.myDepartments(),
    queryFn: ({ signal }) => apiFetch("/api/v1/me/departments", { schema: MemberDepartments, signal }),
  });
}

/** Saving a history changes who overlaps with whom: every colleagues list is refreshed. */
export function useSaveDepartments(membershipId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MemberDepartmentsInput) =>
      apiFetch(membershipId ? `/api/v1/members/${id(membershipId)}/departments` : "/api/v1/me/departments", {
        method: "PUT",
        body: input,
        schema: MemberDepartments,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: colleagueKeys.all }),
  });
}

// ---------------------------------------------------------------- HR: former colleagues and outreach

export function useFormerColleagues(alumnusId: string) {
  return useQuery({
    queryKey: colleagueKeys.formerColleagues(alumnusId),
    queryFn: ({ signal }) => apiFetch(`/api/v1/alumni/${id(alumnusId)}/former-colleagues`, { schema: FormerColleagueList, signal }),
  });
}

export function useAlumnusOutreach(alumnusId: string) {
  return useQuery({
    queryKey: colleagueKeys.outreach(alumnusId),
    queryFn: ({ signal }) => apiFetch(`/api/v1/alumni/${id(alumnusId)}/outreach`, { schema: OutreachList, signal }),
  });
}

export function useRequestOutreach(alumnusId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OutreachRequestInput) => apiFetch(`/api/v1/alumni/${id(alumnusId)}/outreach`, { method: "POST", body: input, schema: Outreach }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: colleagueKeys.outreach(alumnusId) }),
  });
}

export function useAddOutreachCandidacy(alumnusId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (outreachId: string) => apiFetch(`/api/v1/outreach/${id(outreachId)}/candidacy`, { method: "POST", schema: OutreachCandidacy }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: colleagueKeys.outreach(alumnusId) }),
  });
}

// ---------------------------------------------------------------- me

export function useMyOutreach() {
  return useQuery({ queryKey: colleagueKeys.myOutreach(), queryFn: ({ signal }) => apiFetch("/api/v1/me/outreach", { schema: MyOutreachList, signal }) });
}

export function useRecordOutcome(outreachId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OutreachOutcomeInput) => apiFetch(`/api/v1/me/outreach/${id(outreachId)}/outcome`, { method: "POST", body: input, schema: MyOutreach }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: colleagueKeys.myOutreach() }),
  });
}

export function useMyFormerColleagues() {
  return useQuery({
    queryKey: colleagueKeys.myFormerColleagues(),
    queryFn: ({ signal }) => apiFetch("/api/v1/me/former-colleagues", { schema: MyFormerColleagueList, signal }),
  });
}
