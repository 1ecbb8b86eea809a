import { queryOptions, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { AlumniImport } from "../../../../shared/contracts/imports";
import { apiFetch } from "../../../lib/api-client";
import { isImportActive } from "./import-status";
import { importKeys } from "./keys";

const POLL_MS = 1000;

/** Keyed by language too: the server words the failure and row problems in the reader's language. */
export function importQueryOptions(id: string, language: string) {
  return queryOptions({
    queryKey: [...importKeys.detail(id), language],
    queryFn: ({ signal }) => apiFetch(`/api/v1/alumni/imports/${encodeURIComponent(id)}`, { schema: AlumniImport, signal }),
    // Polled while the worker is on it; a finished import never changes again.
    refetchInterval: (query) => (query.state.data && isImportActive(query.state.data.status) ? POLL_MS : false),
    staleTime: (query) => (query.state.data && !isImportActive(query.state.data.status) ? Number.POSITIVE_INFINITY : 0),
  });
}

export function useImport(id: string) {
  const { i18n } = useTranslation();
  return useQuery({ ...importQueryOptions(id, i18n.language), placeholderData: (previous) => previous });
}
