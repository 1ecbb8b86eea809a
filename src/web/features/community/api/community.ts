import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type AddMemberInput,
  type ApprovalInput,
  CommunityComment,
  CommunityGroup,
  type CommunityGroupInput,
  CommunityGroupList,
  type CommunityGroupPatch,
  CommunityMemberList,
  CommunityPost,
  CommunityPostDetail,
  CommunityPostPage,
  CommunityReportPage,
  CommunitySuspension,
  CommunitySuspensionList,
  DirectoryPage,
  JoinResult,
  type ModerationInput,
  type ReactionKind,
  ReactionResult,
  type ReportInput,
  type ReportResolution,
  type ReportStatus,
  type SuspensionInput,
} from "../../../../shared/contracts/community";
import { MemberPage } from "../../../../shared/contracts/members";
import { apiFetch } from "../../../lib/api-client";

const base = "/api/v1/community";

export const communityKeys = {
  all: ["community"] as const,
  groups: () => [...communityKeys.all, "groups"] as const,
  group: (id: string) => [...communityKeys.all, "group", id] as const,
  posts: (groupId: string) => [...communityKeys.all, "posts", groupId] as const,
  post: (id: string) => [...communityKeys.all, "post", id] as const,
  members: (groupId: string, status: string, q: string) => [...communityKeys.all, "members", groupId, status, q] as const,
  reports: (status: string) => [...communityKeys.all, "reports", status] as const,
  suspensions: () => [...communityKeys.all, "suspensions"] as const,
  directory: (q: string) => [...communityKeys.all, "directory", q] as const,
};

/** Every community read may change after any community write: one invalidation keeps pages honest. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: communityKeys.all });
}

export function useGroups() {
  return useQuery({ queryKey: communityKeys.groups(), queryFn: ({ signal }) => apiFetch(`${base}/groups`, { schema: CommunityGroupList, signal }) });
}

export function useGroup(id: string) {
  return useQuery({ queryKey: communityKeys.group(id), queryFn: ({ signal }) => apiFetch(`${base}/groups/${id}`, { schema: CommunityGroup, signal }) });
}

export function useGroupPosts(groupId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: communityKeys.posts(groupId),
    queryFn: ({ pageParam, signal }) =>
      apiFetch(`${base}/groups/${groupId}/posts`, { query: { cursor: pageParam, limit: 20 }, schema: CommunityPostPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    enabled,
  });
}

export function usePost(id: string) {
  return useQuery({ queryKey: communityKeys.post(id), queryFn: ({ signal }) => apiFetch(`${base}/posts/${id}`, { schema: CommunityPostDetail, signal }) });
}

export function useMembers(groupId: string, status: "active" | "pending", q: string, enabled = true) {
  return useQuery({
    queryKey: communityKeys.members(groupId, status, q),
    queryFn: ({ signal }) => apiFetch(`${base}/groups/${groupId}/members`, { query: { status, q }, schema: CommunityMemberList, signal }),
    enabled,
  });
}

export function useReports(status: ReportStatus) {
  return useInfiniteQuery({
    queryKey: communityKeys.reports(status),
    queryFn: ({ pageParam, signal }) => apiFetch(`${base}/reports`, { query: { status, cursor: pageParam, limit: 25 }, schema: CommunityReportPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useSuspensions() {
  return useQuery({
    queryKey: communityKeys.suspensions(),
    queryFn: ({ signal }) => apiFetch(`${base}/suspensions`, { schema: CommunitySuspensionList, signal }),
  });
}

export function useDirectory(q: string) {
  return useInfiniteQuery({
    queryKey: communityKeys.directory(q),
    queryFn: ({ pageParam, signal }) => apiFetch(`${base}/directory`, { query: { q, cursor: pageParam, limit: 24 }, schema: DirectoryPage, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

function useCommunityMutation<I, T>(fn: (input: I) => Promise<T>) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidate() });
}

export const useCreateGroup = () =>
  useCommunityMutation((input: CommunityGroupInput) => apiFetch(`${base}/groups`, { method: "POST", body: input, schema: CommunityGroup }));
export const useUpdateGroup = (id: string) =>
  useCommunityMutation((input: CommunityGroupPatch) => apiFetch(`${base}/groups/${id}`, { method: "PATCH", body: input, schema: CommunityGroup }));
export const useJoinGroup = () => useCommunityMutation((id: string) => apiFetch(`${base}/groups/${id}/join`, { method: "POST", body: {}, schema: JoinResult }));
export const useLeaveGroup = () => useCommunityMutation((id: string) => apiFetch(`${base}/groups/${id}/leave`, { method: "POST", body: {} }));
export const useAddMember = (groupId: string) =>
  useCommunityMutation((input: AddMemberInput) => apiFetch(`${base}/groups/${groupId}/members`, { method: "POST", body: input }));
export const useDecideRequest = (groupId: string) =>
  useCommunityMutation((input: ApprovalInput) => apiFetch(`${base}/groups/${groupId}/requests`, { method: "POST", body: input }));
export const useCreatePost = (groupId: string) =>
  useCommunityMutation((body: string) => apiFetch(`${base}/groups/${groupId}/posts`, { method: "POST", body: { body }, schema: CommunityPost }));
export const useUpdatePost = () =>
  useCommunityMutation(({ id, body }: { id: string; body: string }) =>
    apiFetch(`${base}/posts/${id}`, { method: "PATCH", body: { body }, schema: CommunityPost }),
  );
export const useDeletePost = () => useCommunityMutation((id: string) => apiFetch(`${base}/posts/${id}`, { method: "DELETE" }));
export const useCreateComment = (postId: string) =>
  useCommunityMutation((body: string) => apiFetch(`${base}/posts/${postId}/comments`, { method: "POST", body: { body }, schema: CommunityComment }));
export const useUpdateComment = () =>
  useCommunityMutation(({ id, body }: { id: string; body: string }) =>
    apiFetch(`${base}/comments/${id}`, { method: "PATCH", body: { body }, schema: CommunityComment }),
  );
export const useDeleteComment = () => useCommunityMutation((id: string) => apiFetch(`${base}/comments/${id}`, { method: "DELETE" }));
export const useReact = () =>
  useCommunityMutation(({ postId, kind, active }: { postId: string; kind: ReactionKind; active: boolean }) =>
    apiFetch(`${base}/posts/${postId}/reactions`, { method: "POST", body: { kind, active }, schema: ReactionResult }),
  );
export const useReport = () =>
  useCommunityMutation(({ postId, input }: { postId: string; input: ReportInput }) =>
    apiFetch(`${base}/posts/${postId}/reports`, { method: "POST", body: input }),
  );
export const usePin = () =>
  useCommunityMutation(({ postId, pinned }: { postId: string; pinned: boolean }) =>
    apiFetch(`${base}/posts/${postId}/pin`, { method: "POST", body: { pinned }, schema: CommunityPost }),
  );
export const useModerate = () =>
  useCommunityMutation(({ kind, id, input }: { kind: "post" | "comment"; id: string; input: ModerationInput }) =>
    apiFetch(`${base}/${kind === "post" ? "posts" : "comments"}/${id}/moderation`, { method: "POST", body: input }),
  );
export const useResolveReport = () =>
  useCommunityMutation(({ id, input }: { id: string; input: ReportResolution }) =>
    apiFetch(`${base}/reports/${id}/resolution`, { method: "POST", body: input }),
  );
export const useSuspend = () =>
  useCommunityMutation((input: SuspensionInput) => apiFetch(`${base}/suspensions`, { method: "POST", body: input, schema: CommunitySuspension }));
export const useLiftSuspension = () =>
  useCommunityMutation((id: string) => apiFetch(`${base}/suspensions/${id}/lift`, { method: "POST", body: {}, schema: CommunitySuspension }));

/** The company's active employees, for HR choosing a group's hosts. */
export function useEmployees(enabled: boolean) {
  return useQuery({
    queryKey: [...communityKeys.all, "employees"],
    queryFn: ({ signal }) => apiFetch("/api/v1/members", { query: { role: "employee", status: "active", limit: 100 }, schema: MemberPage, signal }),
    enabled,
  });
}
