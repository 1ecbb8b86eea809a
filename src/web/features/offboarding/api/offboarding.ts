import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  type BulkInvitationInput,
  BulkInvitationResult,
  CaseImportResult,
  type GraduationTemplate,
  type GraduationTemplateInput,
  GraduationTemplateView,
  OffboardingCase,
  OffboardingCaseDetail,
  type OffboardingCaseInput,
  OffboardingCasePage,
  type OffboardingCaseUpdate,
  OffboardingSettings,
  type OffboardingStatus,
  RenderedPreview,
  type TemplatePreviewInput,
} from "../../../../shared/contracts/offboarding";
import type { Locale } from "../../../../shared/locales";
import { apiFetch } from "../../../lib/api-client";

export const offboardingKeys = {
  all: ["offboarding"] as const,
  cases: (filter: { status?: OffboardingStatus; q?: string }) => [...offboardingKeys.all, "cases", filter] as const,
  case: (id: string) => [...offboardingKeys.all, "case", id] as const,
  templates: () => [...offboardingKeys.all, "templates"] as const,
  settings: () => [...offboardingKeys.all, "settings"] as const,
};

export function useOffboardingCases(filter: { status?: OffboardingStatus; q?: string }) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: offboardingKeys.cases(filter),
      queryFn: ({ pageParam, signal }) =>
        apiFetch("/api/v1/offboarding/cases", { query: { ...filter, cursor: pageParam, limit: 25 }, schema: OffboardingCasePage, signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  );
}

export function offboardingCaseQueryOptions(id: string) {
  return queryOptions({
    queryKey: offboardingKeys.case(id),
    queryFn: ({ signal }) => apiFetch(`/api/v1/offboarding/cases/${id}`, { schema: OffboardingCaseDetail, signal }),
  });
}

export function useOffboardingCase(id: string) {
  return useQuery(offboardingCaseQueryOptions(id));
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: offboardingKeys.all });
}

export function useCreateCase() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: OffboardingCaseInput) => apiFetch("/api/v1/offboarding/cases", { method: "POST", body: input, schema: OffboardingCase }),
    onSuccess: invalidate,
  });
}

export function useUpdateCase(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: OffboardingCaseUpdate) => apiFetch(`/api/v1/offboarding/cases/${id}`, { method: "PUT", body: input, schema: OffboardingCase }),
    onSuccess: invalidate,
  });
}

export function useCaseAction(id: string, action: "cancel" | "reinvite") {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => apiFetch(`/api/v1/offboarding/cases/${id}/${action}`, { method: "POST", schema: OffboardingCase }),
    onSuccess: invalidate,
  });
}

export function useImportCases() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set("file", file);
      return apiFetch("/api/v1/offboarding/cases/import", { method: "POST", body: form, schema: CaseImportResult });
    },
    onSuccess: invalidate,
  });
}

export const csvTemplateUrl = (locale: Locale) => `/api/v1/offboarding/cases/template.csv?locale=${locale}`;

export function useGraduationTemplates() {
  return useQuery({
    queryKey: offboardingKeys.templates(),
    queryFn: ({ signal }) => apiFetch("/api/v1/offboarding/templates", { schema: z.array(GraduationTemplateView), signal }),
  });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ template, locale, input }: { template: GraduationTemplate; locale: Locale; input: GraduationTemplateInput }) =>
      apiFetch(`/api/v1/offboarding/templates/${template}/${locale}`, { method: "PUT", body: input, schema: GraduationTemplateView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offboardingKeys.templates() }),
  });
}

export function useResetTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ template, locale }: { template: GraduationTemplate; locale: Locale }) =>
      apiFetch(`/api/v1/offboarding/templates/${template}/${locale}`, { method: "DELETE", schema: GraduationTemplateView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offboardingKeys.templates() }),
  });
}

export function usePreviewTemplate() {
  return useMutation({
    mutationFn: (input: TemplatePreviewInput) => apiFetch("/api/v1/offboarding/templates/preview", { method: "POST", body: input, schema: RenderedPreview }),
  });
}

export function useOffboardingSettings() {
  return useQuery({
    queryKey: offboardingKeys.settings(),
    queryFn: ({ signal }) => apiFetch("/api/v1/offboarding/settings", { schema: OffboardingSettings, signal }),
  });
}

export function useSaveOffboardingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OffboardingSettings) => apiFetch("/api/v1/offboarding/settings", { method: "PUT", body: input, schema: OffboardingSettings }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: offboardingKeys.settings() }),
  });
}

export function useBulkInvite() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: BulkInvitationInput) => apiFetch("/api/v1/offboarding/bulk-invitations", { method: "POST", body: input, schema: BulkInvitationResult }),
    onSuccess: invalidate,
  });
}
