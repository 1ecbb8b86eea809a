import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { InvitationPage } from "../../../../shared/contracts/members";
import { apiFetch } from "../../../lib/api-client";
import { invitationKeys } from "./keys";

export function invitationsInfiniteQueryOptions() {
  return infiniteQueryOptions({
    queryKey: invitationKeys.list(),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/invitations", { query: { cursor: pageParam, limit: 25 }, schema: InvitationPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useInvitations(enabled = true) {
  return useInfiniteQuery({ ...invitationsInfiniteQueryOptions(), enabled });
}
