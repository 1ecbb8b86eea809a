import { queryOptions, useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { Me } from "../../../../shared/contracts/me";
import { apiFetch, isApiError } from "../../../lib/api-client";

export const meKeys = {
  all: ["me"] as const,
};

/** The root query: who is signed in, in which tenant, with which role. `null` when signed out. */
export const meQueryOptions = queryOptions({
  queryKey: meKeys.all,
  queryFn: async ({ signal }): Promise<Me | null> => {
    try {
      return await apiFetch("/api/v1/me", { schema: Me, signal, allowUnauthorized: true });
    } catch (error) {
      if (isApiError(error) && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQueryOptions);
}

/** For screens behind a portal guard, where a signed-in user is guaranteed. */
export function useSignedInMe(): Me {
  const { data } = useSuspenseQuery(meQueryOptions);
  if (!data) throw new Error("useSignedInMe used outside a guarded route");
  return data;
}
