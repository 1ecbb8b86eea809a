import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { MyProfile, type MyProfilePatch, type MySettingsPatch } from "../../../../shared/contracts/alumni-portal";
import { apiFetch } from "../../../lib/api-client";
import { meKeys } from "../../me/api/get-me";
import { alumniPortalKeys } from "./keys";

export const myProfileQueryOptions = queryOptions({
  queryKey: alumniPortalKeys.profile(),
  queryFn: ({ signal }) => apiFetch("/api/v1/me/alumni/profile", { schema: MyProfile, signal }),
});

export function useMyProfile() {
  return useQuery(myProfileQueryOptions);
}

export function useUpdateMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MyProfilePatch) => apiFetch("/api/v1/me/alumni/profile", { method: "PATCH", body: input, schema: MyProfile }),
    onSuccess: (profile) => {
      queryClient.setQueryData(alumniPortalKeys.profile(), profile);
      void queryClient.invalidateQueries({ queryKey: meKeys.all });
    },
  });
}

export function useUpdateMySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MySettingsPatch) => apiFetch("/api/v1/me/alumni/settings", { method: "PATCH", body: input, schema: MyProfile }),
    onSuccess: (profile) => queryClient.setQueryData(alumniPortalKeys.profile(), profile),
  });
}

export function useResendVerification() {
  return useMutation({ mutationFn: () => apiFetch("/api/v1/me/alumni/verification-email", { method: "POST" }) });
}
