import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Member, type UpdateMemberInput } from "../../../../shared/contracts/members";
import { apiFetch } from "../../../lib/api-client";
import { memberKeys } from "./keys";

export function updateMember({ id, input }: { id: string; input: UpdateMemberInput }): Promise<Member> {
  return apiFetch(`/api/v1/members/${encodeURIComponent(id)}`, { method: "PATCH", body: input, schema: Member });
}

export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMember,
    onSettled: () => queryClient.invalidateQueries({ queryKey: memberKeys.all }),
  });
}
