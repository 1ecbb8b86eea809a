import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Me, type UpdateMeInput } from "../../../../shared/contracts/me";
import { apiFetch } from "../../../lib/api-client";
import { meKeys } from "./get-me";

export function updateMe(input: UpdateMeInput): Promise<Me> {
  return apiFetch("/api/v1/me", { method: "PATCH", body: input, schema: Me });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMe,
    onSuccess: (me) => queryClient.setQueryData(meKeys.all, me),
  });
}
