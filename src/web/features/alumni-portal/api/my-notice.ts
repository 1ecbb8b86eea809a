import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MyNotice } from "../../../../shared/contracts/alumni-portal";
import { apiFetch } from "../../../lib/api-client";
import { meKeys } from "../../me/api/get-me";
import { alumniPortalKeys } from "./keys";

export const myNoticeQueryOptions = queryOptions({
  queryKey: alumniPortalKeys.notice(),
  queryFn: ({ signal }) => apiFetch("/api/v1/me/alumni/privacy-notice", { schema: MyNotice, signal }),
});

export function useMyNotice(enabled: boolean) {
  return useQuery({ ...myNoticeQueryOptions, enabled });
}

export function useAcknowledgeNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => apiFetch("/api/v1/me/alumni/privacy-notice/acknowledge", { method: "POST", body: { version }, schema: MyNotice }),
    onSuccess: (data) => {
      queryClient.setQueryData(alumniPortalKeys.notice(), data);
      return queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}
