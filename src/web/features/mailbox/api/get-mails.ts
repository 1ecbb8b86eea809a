import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { MailPage } from "../../../../shared/contracts/mailbox";
import { apiFetch } from "../../../lib/api-client";
import { mailKeys } from "./keys";

export function mailsInfiniteQueryOptions() {
  return infiniteQueryOptions({
    queryKey: mailKeys.list(),
    queryFn: ({ pageParam, signal }) => apiFetch("/api/v1/dev/mailbox", { query: { cursor: pageParam, limit: 25 }, schema: MailPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    staleTime: 0,
  });
}

export function useMails() {
  return useInfiniteQuery(mailsInfiniteQueryOptions());
}
