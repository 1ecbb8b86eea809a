import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alumnus, type AlumnusPatch } from "../../../../shared/contracts/alumni";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

/** `patch` holds only the changed fields and the version they were based on; a stale version is a 409. */
export function updateAlumnus({ id, patch }: { id: string; patch: AlumnusPatch }): Promise<Alumnus> {
  return apiFetch(`/api/v1/alumni/${encodeURIComponent(id)}`, { method: "PATCH", body: patch, schema: Alumnus });
}

export function useUpdateAlumnus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAlumnus,
    onSuccess: (alumnus) => {
      queryClient.setQueryData(alumniKeys.detail(alumnus.id), alumnus);
      void queryClient.invalidateQueries({ queryKey: alumniKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.history(alumnus.id) });
    },
  });
}
