import { queryOptions, useQuery } from "@tanstack/react-query";
import { AlumnusView } from "../../../../shared/contracts/alumni";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

/** One record; hiring managers receive the restricted view (no HR notes, exit note or birth date). */
export function getAlumnus(id: string, signal?: AbortSignal): Promise<AlumnusView> {
  return apiFetch(`/api/v1/alumni/${encodeURIComponent(id)}`, { schema: AlumnusView, signal });
}

export function alumnusQueryOptions(id: string) {
  return queryOptions({
    queryKey: alumniKeys.detail(id),
    queryFn: ({ signal }) => getAlumnus(id, signal),
  });
}

export function useAlumnus(id: string) {
  return useQuery(alumnusQueryOptions(id));
}
