import { queryOptions, useQuery } from "@tanstack/react-query";
import { MailMessage } from "../../../../shared/contracts/mailbox";
import { apiFetch } from "../../../lib/api-client";
import { mailKeys } from "./keys";

export function mailQueryOptions(id: string) {
  return queryOptions({
    queryKey: mailKeys.detail(id),
    queryFn: ({ signal }) => apiFetch(`/api/v1/dev/mailbox/${encodeURIComponent(id)}`, { schema: MailMessage, signal }),
  });
}

export function useMail(id: string | undefined) {
  return useQuery({ ...mailQueryOptions(id ?? ""), enabled: id !== undefined });
}
