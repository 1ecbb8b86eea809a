import { z } from "@hono/zod-openapi";
import { Cursor, Limit } from "../../../shared/contracts/common";
import {
  AddMemberInput,
  ApprovalInput,
  CommentInput,
  CommunityComment,
  CommunityGroup,
  CommunityGroupInput,
  CommunityGroupList,
  CommunityGroupPatch,
  CommunityMemberList,
  CommunityPost,
  CommunityPostDetail,
  CommunityPostPage,
  CommunityReportPage,
  CommunitySuspension,
  CommunitySuspensionList,
  DirectoryPage,
  JoinResult,
  MembersQuery,
  ModerationInput,
  PinInput,
  PostInput,
  ReactionInput,
  ReactionResult,
  ReportInput,
  ReportResolution,
  ReportsQuery,
  SuspensionInput,
} from "../../../shared/contracts/community";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { newRouter } from "../../platform/http/router";
import * as community from "./community.service";

const staff = { roles: ["admin", "hr"] } as const;
/** Everyone in the community; managers have no part in it. */
const everyone = { roles: ["admin", "hr", "employee", "alumnus"] } as const;
const participants = { roles: ["employee", "alumnus"] } as const;
const tags = ["community"];
const Created = z.object({ id: z.uuid() });

const listGroups = defineRoute(
  {
    method: "get",
    path: "/community/groups",
    tags,
    summary: "Groups the caller may see (joined first); HR sees all, employees only those opened to them",
    responses: { 200: { description: "The groups", ...jsonContent(CommunityGroupList) } },
  },
  everyone,
);
const createGroup = defineRoute(
  {
    method: "post",
    path: "/community/groups",
    tags,
    summary: "Create a group",
    request: { body: jsonContent(CommunityGroupInput) },
    responses: { 201: { description: "Created", ...jsonContent(CommunityGroup) } },
  },
  staff,
);
const readGroup = defineRoute(
  {
    method: "get",
    path: "/community/groups/{id}",
    tags,
    summary: "One group with the caller's membership",
    request: { params: IdParams },
    responses: { 200: { description: "The group", ...jsonContent(CommunityGroup) } },
  },
  { ...everyone, resource: "communityGroup" },
);
const updateGroup = defineRoute(
  {
    method: "patch",
    path: "/community/groups/{id}",
    tags,
    summary: "Edit or archive a group",
    request: { params: IdParams, body: jsonContent(CommunityGroupPatch) },
    responses: { 200: { description: "The group", ...jsonContent(CommunityGroup) } },
  },
  { ...staff, resource: "communityGroup" },
);
const joinGroup = defineRoute(
  {
    method: "post",
    path: "/community/groups/{id}/join",
    tags,
    summary: "Join an open group, or ask to join one that needs approval",
    request: { params: IdParams },
    responses: { 200: { description: "Membership status", ...jsonContent(JoinResult) } },
  },
  { ...participants, resource: "communityGroup", problems: [409] },
);
const leaveGroup = defineRoute(
  {
    method: "post",
    path: "/community/groups/{id}/leave",
    tags,
    summary: "Leave a group (or withdraw a join request)",
    request: { params: IdParams },
    responses: { 204: { description: "Left" } },
  },
  { ...participants, resource: "communityGroup" },
);
const listMembers = defineRoute(
  {
    method: "get",
    path: "/community/groups/{id}/members",
    tags,
    summary: "Active members (mention suggestions); HR may list pending join requests",
    request: { params: IdParams, query: MembersQuery },
    responses: { 200: { description: "Members", ...jsonContent(CommunityMemberList) } },
  },
  { ...everyone, resource: "communityGroup" },
);
const addMember = defineRoute(
  {
    method: "post",
    path: "/community/groups/{id}/members",
    tags,
    summary: "Add a person of the company to the group (e.g. an employee as host)",
    request: { params: IdParams, body: jsonContent(AddMemberInput) },
    responses: { 204: { description: "Added" } },
  },
  { ...staff, resource: "communityGroup" },
);
const decide = defineRoute(
  {
    method: "post",
    path: "/community/groups/{id}/requests",
    tags,
    summary: "Approve or decline a pending join request",
    request: { params: IdParams, body: jsonContent(ApprovalInput) },
    responses: { 204: { description: "Decided" } },
  },
  { ...staff, resource: "communityGroup" },
);
const listPosts = defineRoute(
  {
    method: "get",
    path: "/community/groups/{id}/posts",
    tags,
    summary: "Posts of a group, pinned first then newest",
    request: { params: IdParams, query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of posts", ...jsonContent(CommunityPostPage) } },
  },
  { ...everyone, resource: "communityGroup" },
);
const createPost = defineRoute(
  {
    method: "post",
    path: "/community/groups/{id}/posts",
    tags,
    summary: "Write a post (safe Markdown; mentions as @[Name](user:<id>))",
    request: { params: IdParams, body: jsonContent(PostInput) },
    responses: { 201: { description: "Posted", ...jsonContent(CommunityPost) } },
  },
  { ...everyone, resource: "communityGroup", problems: [409] },
);
const readPost = defineRoute(
  {
    method: "get",
    path: "/community/posts/{id}",
    tags,
    summary: "One post with its comments",
    request: { params: IdParams },
    responses: { 200: { description: "The post", ...jsonContent(CommunityPostDetail) } },
  },
  { ...everyone, resource: "communityPost" },
);
const updatePost = defineRoute(
  {
    method: "patch",
    path: "/community/posts/{id}",
    tags,
    summary: "Edit one's own post",
    request: { params: IdParams, body: jsonContent(PostInput) },
    responses: { 200: { description: "The post", ...jsonContent(CommunityPost) } },
  },
  { ...everyone, resource: "communityPost", problems: [409] },
);
const deletePost = defineRoute(
  {
    method: "delete",
    path: "/community/posts/{id}",
    tags,
    summary: "Delete one's own post with its comments",
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" } },
  },
  { ...everyone, resource: "communityPost" },
);
const createComment = defineRoute(
  {
    method: "post",
    path: "/community/posts/{id}/comments",
    tags,
    summary: "Comment on a post (notifies its author)",
    request: { params: IdParams, body: jsonContent(CommentInput) },
    responses: { 201: { description: "Commented", ...jsonContent(CommunityComment) } },
  },
  { ...everyone, resource: "communityPost", problems: [409] },
);
const react = defineRoute(
  {
    method: "post",
    path: "/community/posts/{id}/reactions",
    tags,
    summary: "Set or clear one of the caller's reactions",
    request: { params: IdParams, body: jsonContent(ReactionInput) },
    responses: { 200: { description: "The post's reactions", ...jsonContent(ReactionResult) } },
  },
  { ...everyone, resource: "communityPost", problems: [409] },
);
const report = defineRoute(
  {
    method: "post",
    path: "/community/posts/{id}/reports",
    tags,
    summary: "Report a post or one of its comments to HR",
    request: { params: IdParams, body: jsonContent(ReportInput) },
    responses: { 201: { description: "Reported", ...jsonContent(Created) } },
  },
  { ...everyone, resource: "communityPost", problems: [409] },
);
const pin = defineRoute(
  {
    method: "post",
    path: "/community/posts/{id}/pin",
    tags,
    summary: "Pin or unpin a post",
    request: { params: IdParams, body: jsonContent(PinInput) },
    responses: { 200: { description: "The post", ...jsonContent(CommunityPost) } },
  },
  { ...staff, resource: "communityPost", problems: [409] },
);
const moderatePost = defineRoute(
  {
    method: "post",
    path: "/community/posts/{id}/moderation",
    tags,
    summary: "Hide, unhide or remove a post, with a reason",
    request: { params: IdParams, body: jsonContent(ModerationInput) },
    responses: { 200: { description: "The post", ...jsonContent(CommunityPost) } },
  },
  { ...staff, resource: "communityPost", problems: [409] },
);
const updateComment = defineRoute(
  {
    method: "patch",
    path: "/community/comments/{id}",
    tags,
    summary: "Edit one's own comment",
    request: { params: IdParams, body: jsonContent(CommentInput) },
    responses: { 200: { description: "The comment", ...jsonContent(CommunityComment) } },
  },
  { ...everyone, resource: "communityComment", problems: [409] },
);
const deleteComment = defineRoute(
  {
    method: "delete",
    path: "/community/comments/{id}",
    tags,
    summary: "Delete one's own comment",
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" } },
  },
  { ...everyone, resource: "communityComment" },
);
const moderateComment = defineRoute(
  {
    method: "post",
    path: "/community/comments/{id}/moderation",
    tags,
    summary: "Hide, unhide or remove a comment, with a reason",
    request: { params: IdParams, body: jsonContent(ModerationInput) },
    responses: { 200: { description: "The comment", ...jsonContent(CommunityComment) } },
  },
  { ...staff, resource: "communityComment", problems: [409] },
);
const listReports = defineRoute(
  {
    method: "get",
    path: "/community/reports",
    tags,
    summary: "The moderation queue",
    request: { query: ReportsQuery.extend({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of reports", ...jsonContent(CommunityReportPage) } },
  },
  staff,
);
const resolveReport = defineRoute(
  {
    method: "post",
    path: "/community/reports/{id}/resolution",
    tags,
    summary: "Dismiss a report, or action it (hiding or removing what was reported)",
    request: { params: IdParams, body: jsonContent(ReportResolution) },
    responses: { 204: { description: "Resolved" } },
  },
  { ...staff, resource: "communityReport", problems: [409] },
);
const listSuspensions = defineRoute(
  {
    method: "get",
    path: "/community/suspensions",
    tags,
    summary: "Suspensions from the community, active first",
    responses: { 200: { description: "Suspensions", ...jsonContent(CommunitySuspensionList) } },
  },
  staff,
);
const suspend = defineRoute(
  {
    method: "post",
    path: "/community/suspensions",
    tags,
    summary: "Suspend a person from posting, commenting, reacting and reporting",
    request: { body: jsonContent(SuspensionInput) },
    responses: { 201: { description: "Suspended", ...jsonContent(CommunitySuspension) } },
  },
  { ...staff, problems: [404, 409] },
);
const lift = defineRoute(
  {
    method: "post",
    path: "/community/suspensions/{id}/lift",
    tags,
    summary: "Lift a suspension",
    request: { params: IdParams },
    responses: { 200: { description: "Lifted", ...jsonContent(CommunitySuspension) } },
  },
  { ...staff, resource: "communitySuspension", problems: [409] },
);
const directory = defineRoute(
  {
    method: "get",
    path: "/community/directory",
    tags,
    summary: "Alumni who chose to be visible to other alumni (name, department, leave year, current work, skills)",
    request: { query: z.object({ q: z.string().max(80).optional(), cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of the directory", ...jsonContent(DirectoryPage) } },
  },
  everyone,
);

export function communityRoutes() {
  return newRouter()
    .openapi(listGroups, async (c) => c.json(await community.listGroups({ ctx: c.get("ctx") }), 200))
    .openapi(createGroup, async (c) => c.json(await community.createGroup({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(readGroup, async (c) => c.json(await community.readGroup({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(updateGroup, async (c) => c.json(await community.updateGroup({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(joinGroup, async (c) => c.json(await community.joinGroup({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(leaveGroup, async (c) => {
      await community.leaveGroup({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    })
    .openapi(listMembers, async (c) =>
      c.json(await community.listMembers({ ctx: c.get("ctx"), id: c.req.valid("param").id, query: c.req.valid("query") }), 200),
    )
    .openapi(addMember, async (c) => {
      await community.addMember({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") });
      return c.body(null, 204);
    })
    .openapi(decide, async (c) => {
      await community.decideJoinRequest({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") });
      return c.body(null, 204);
    })
    .openapi(listPosts, async (c) => c.json(await community.listPosts({ ctx: c.get("ctx"), id: c.req.valid("param").id, query: c.req.valid("query") }), 200))
    .openapi(createPost, async (c) => c.json(await community.createPost({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 201))
    .openapi(readPost, async (c) => c.json(await community.readPost({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(updatePost, async (c) => c.json(await community.updatePost({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(deletePost, async (c) => {
      await community.deletePost({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    })
    .openapi(createComment, async (c) =>
      c.json(await community.createComment({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 201),
    )
    .openapi(react, async (c) => c.json(await community.setReaction({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(report, async (c) => c.json(await community.reportPost({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 201))
    .openapi(pin, async (c) => c.json(await community.pinPost({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200))
    .openapi(moderatePost, async (c) =>
      c.json(await community.moderatePost({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    )
    .openapi(updateComment, async (c) =>
      c.json(await community.updateComment({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    )
    .openapi(deleteComment, async (c) => {
      await community.deleteComment({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    })
    .openapi(moderateComment, async (c) =>
      c.json(await community.moderateComment({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 200),
    )
    .openapi(listReports, async (c) => c.json(await community.listReports({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(resolveReport, async (c) => {
      await community.resolveReport({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") });
      return c.body(null, 204);
    })
    .openapi(listSuspensions, async (c) => c.json(await community.listSuspensions({ ctx: c.get("ctx") }), 200))
    .openapi(suspend, async (c) => c.json(await community.suspend({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(lift, async (c) => c.json(await community.liftSuspension({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(directory, async (c) => c.json(await community.listDirectory({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200));
}
