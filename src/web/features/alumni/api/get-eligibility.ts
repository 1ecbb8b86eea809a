import { queryOptions, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Eligibility } from "../../../../shared/contracts/alumni";
import type { Locale } from "../../../../shared/locales";
import { currentLocale } from "../../../i18n";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

/** The verdict with its reasons, worded by the server in the user's language (hence the locale in the key). */
export function eligibilityQueryOptions(id: string, locale: Locale) {
  return queryOptions({
    queryKey: [...alumniKeys.eligibility(id), locale],
    queryFn: ({ signal }) => apiFetch(`/api/v1/alumni/${encodeURIComponent(id)}/eligibility`, { schema: Eligibility, signal }),
  });
}

export function useEligibility(id: string) {
  useTranslation(); // re-renders on a language switch, so the reasons are fetched in the new language
  return useQuery(eligibilityQueryOptions(id, currentLocale()));
}
