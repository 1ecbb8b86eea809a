import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alumnus, type AlumnusInput } from "../../../../shared/contracts/alumni";
import { apiFetch } from "../../../lib/api-client";
import { alumniKeys } from "./keys";

export function createAlumnus(input: AlumnusInput): Promise<Alumnus> {
  return apiFetch("/api/v1/alumni", { method: "POST", body: input, schema: Alumnus });
}

export function useCreateAlumnus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAlumnus,
    onSuccess: (alumnus) => {
      queryClient.setQueryData(alumniKeys.detail(alumnus.id), alumnus);
      void queryClient.invalidateQueries({ queryKey: alumniKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: alumniKeys.total() });
    },
  });
}
