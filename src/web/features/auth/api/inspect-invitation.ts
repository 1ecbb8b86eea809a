import { queryOptions, useQuery } from "@tanstack/react-query";
import { InvitationPreview } from "../../../../shared/contracts/auth";
import { apiFetch } from "../../../lib/api-client";

export const invitationPreviewKeys = {
  byToken: (token: string) => ["invitation-preview", token] as const,
};

export function invitationPreviewQueryOptions(token: string) {
  return queryOptions({
    queryKey: invitationPreviewKeys.byToken(token),
    queryFn: ({ signal }) => apiFetch("/api/auth/invitations/inspect", { method: "POST", body: { token }, schema: InvitationPreview, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useInvitationPreview(token: string | null) {
  return useQuery({ ...invitationPreviewQueryOptions(token ?? ""), enabled: token !== null });
}
