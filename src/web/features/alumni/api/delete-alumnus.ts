import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

export function deleteAlumnus(id: string): Promise<void> {
  return apiFetch(`/api/v1/alumni/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** The deleted record's own query is left to the caller, which drops it once it has navigated away. */
export function useDeleteAlumnus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAlumnus,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: alumniKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.total() });
    },
  });
}
