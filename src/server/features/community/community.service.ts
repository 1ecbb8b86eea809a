import type {
  AddMemberInput,
  ApprovalInput,
  Author,
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
  ModerationInput,
  PinInput,
  PostInput,
  ReactionCounts,
  ReactionKind,
  ReactionResult,
  ReportInput,
  ReportResolution,
  SuspensionInput,
} from "../../../shared/contracts/community";
import type { Role } from "../../../shared/roles";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { actorId, type TenantContext } from "../../platform/context";
import { Conflict, DomainError, Forbidden, NotFound } from "../../platform/errors/domain-error";
import { markdownExcerpt, renderMarkdown } from "../../platform/markdown/render-markdown";
import { createdAtCursorOf, decodeCursor, encodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { type NotificationInput, notify } from "../notifications/notifications.service";
import * as repo from "./community.repo";
import { mentionedUserIds, plainMentions, renderCommunityText } from "./community-text";

const STAFF: readonly Role[] = ["admin", "hr"];
const NO_USER = null;

interface Viewer {
  role: Role;
  userId: string | null;
  staff: boolean;
}

function viewerOf(ctx: TenantContext): Viewer {
  const role = ctx.actor.role;
  const userId = ctx.actor.kind === "member" ? ctx.actor.userId : NO_USER;
  const staff = STAFF.includes(role);
  if (!staff && !userId) throw Forbidden("community_needs_person");
  return { role, userId, staff };
}

function personOf(viewer: Viewer): string {
  if (!viewer.userId) throw Forbidden("community_needs_person");
  return viewer.userId;
}

const kindOfRole = (role: string | null | undefined): Author["kind"] =>
  role === "alumnus" ? "alumnus" : role === "employee" ? "employee" : role ? "staff" : null;

const authorOf = (userId: string | null, name: string | null, role: string | null | undefined): Author => ({
  userId,
  name: userId ? name : null,
  kind: userId ? kindOfRole(role) : null,
});

interface GroupAccess {
  group: repo.GroupRow;
  member: repo.MemberRow | null;
  viewer: Viewer;
  /** May read the posts: HR, or an active member. */
  canRead: boolean;
}

/** A group as the caller may see it: another tenant's, an archived one (for non-HR) or one closed to employees → 404. */
async function groupAccess(ctx: TenantContext, groupId: string, db: Db = ctx.db): Promise<GroupAccess> {
  const viewer = viewerOf(ctx);
  const row = await repo.groupWithMembership(db, ctx.tenant.id, groupId, viewer.userId);
  if (!row) throw NotFound();
  const { group, member } = row;
  if (!viewer.staff && (group.archivedAt || (viewer.role === "employee" && !group.openToEmployees))) throw NotFound();
  return { group, member, viewer, canRead: viewer.staff || member?.status === "active" };
}

function requireRead(access: GroupAccess): void {
  if (!access.canRead) {
    const key = access.member?.status === "pending" ? "community.errors.pending" : "community.errors.not_member";
    throw new DomainError(403, access.member?.status === "pending" ? "membership_pending" : "not_a_member", key);
  }
}

async function assertNotSuspended(ctx: TenantContext, userId: string, db: Db = ctx.db): Promise<void> {
  if (await repo.activeSuspension(db, ctx.tenant.id, userId)) throw new DomainError(403, "community_suspended", "community.errors.suspended");
}

/** May write in the group: can read it, the group is not archived, the person is not suspended. */
async function requireWrite(ctx: TenantContext, access: GroupAccess, db: Db = ctx.db): Promise<string> {
  requireRead(access);
  const userId = personOf(access.viewer);
  if (access.group.archivedAt) throw new DomainError(409, "group_archived", "community.errors.archived");
  await assertNotSuspended(ctx, userId, db);
  return userId;
}

function toGroup(group: repo.GroupRow, member: repo.MemberRow | null, viewer: Viewer, pending: number, suspended: boolean): CommunityGroup {
  const canRead = viewer.staff || member?.status === "active";
  return {
    id: group.id,
    name: group.name,
    description: group.description,
    descriptionHtml: renderMarkdown(group.description),
    kind: group.kind as CommunityGroup["kind"],
    joinPolicy: group.joinPolicy as CommunityGroup["joinPolicy"],
    openToEmployees: group.openToEmployees,
    memberCount: group.memberCount,
    pendingCount: viewer.staff ? pending : 0,
    lastPostAt: group.lastPostAt?.toISOString() ?? null,
    archived: group.archivedAt !== null,
    myStatus: member ? (member.status === "pending" ? "pending" : "active") : "none",
    myRole: member ? (member.role === "host" ? "host" : "member") : null,
    canRead,
    canPost: canRead && !group.archivedAt && !suspended && viewer.userId !== null,
    createdAt: group.createdAt.toISOString(),
  };
}

async function isSuspended(ctx: TenantContext, viewer: Viewer): Promise<boolean> {
  return viewer.userId ? Boolean(await repo.activeSuspension(ctx.db, ctx.tenant.id, viewer.userId)) : false;
}

// Groups -------------------------------------------------------------------------------------------------------

/** The groups the caller may see: the ones they joined first, then by name. */
export async function listGroups({ ctx }: { ctx: TenantContext }): Promise<CommunityGroupList> {
  const viewer = viewerOf(ctx);
  const [rows, suspended] = await Promise.all([
    repo.listGroups(ctx.db, { tenantId: ctx.tenant.id, userId: viewer.userId, staff: viewer.staff, employeesOnly: viewer.role === "employee" }),
    isSuspended(ctx, viewer),
  ]);
  const rank = (r: (typeof rows)[number]) => (r.member?.status === "active" ? 0 : r.member ? 1 : 2);
  const sorted = [...rows].sort((a, b) => rank(a) - rank(b));
  return { items: sorted.map((r) => toGroup(r.group, r.member, viewer, r.pending ?? 0, suspended)), suspended };
}

/**
 * The community part of the alumni home: the groups the person joined and the newest posts across them, in three
 * statements at once and one for the reactions, however many groups and posts there are.
 */
export async function homeFeedFor({
  ctx,
  groupLimit,
  postLimit,
}: {
  ctx: TenantContext;
  groupLimit: number;
  postLimit: number;
}): Promise<{ groups: CommunityGroup[]; posts: CommunityPost[] }> {
  const viewer = viewerOf(ctx);
  const userId = personOf(viewer);
  const employeesOnly = viewer.role === "employee";
  const [groups, suspended, posts] = await Promise.all([
    repo.groupsOfMember(ctx.db, { tenantId: ctx.tenant.id, userId, employeesOnly, limit: groupLimit }),
    isSuspended(ctx, viewer),
    repo.latestPostsForMember(ctx.db, { tenantId: ctx.tenant.id, userId, employeesOnly, limit: postLimit }),
  ]);
  const reactions = await reactionsByPost(
    ctx,
    posts.map((row) => row.post.id),
    userId,
  );
  return {
    groups: groups.map((r) => toGroup(r.group, r.member, viewer, 0, suspended)),
    posts: posts.map((row) => toPost(row, viewer, reactions.get(row.post.id))),
  };
}

export async function readGroup({ ctx, id }: { ctx: TenantContext; id: string }): Promise<CommunityGroup> {
  const access = await groupAccess(ctx, id);
  const pending = access.viewer.staff ? (await repo.listMembers(ctx.db, { tenantId: ctx.tenant.id, groupId: id, status: "pending" })).length : 0;
  return toGroup(access.group, access.member, access.viewer, pending, await isSuspended(ctx, access.viewer));
}

export async function createGroup({ ctx, input }: { ctx: TenantContext; input: CommunityGroupInput }): Promise<CommunityGroup> {
  const viewer = viewerOf(ctx);
  const group = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertGroup(tx, { tenantId: ctx.tenant.id, ...input, createdBy: actorId(ctx.actor) });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "community.group_created",
      targetType: "community_group",
      targetId: created.id,
      requestId: ctx.requestId,
      meta: { kind: input.kind, joinPolicy: input.joinPolicy, openToEmployees: input.openToEmployees },
    });
    return created;
  });
  return toGroup(group, null, viewer, 0, false);
}

export async function updateGroup({ ctx, id, input }: { ctx: TenantContext; id: string; input: CommunityGroupPatch }): Promise<CommunityGroup> {
  await groupAccess(ctx, id);
  const { archived, ...fields } = input;
  await ctx.db.transaction(async (tx) => {
    await repo.updateGroup(tx, ctx.tenant.id, id, {
      ...fields,
      ...(archived === undefined ? {} : { archivedAt: archived ? new Date() : null }),
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: archived === true ? "community.group_archived" : "community.group_updated",
      targetType: "community_group",
      targetId: id,
      requestId: ctx.requestId,
      meta: { fields: Object.keys(input).sort().join(",") },
    });
  });
  return readGroup({ ctx, id });
}

/** Open groups are joined at once; the others wait for HR's approval and show no posts until then. */
export async function joinGroup({ ctx, id }: { ctx: TenantContext; id: string }): Promise<JoinResult> {
  const access = await groupAccess(ctx, id);
  const userId = personOf(access.viewer);
  if (access.group.archivedAt) throw new DomainError(409, "group_archived", "community.errors.archived");
  if (access.member) return { status: access.member.status === "pending" ? "pending" : "active" };
  const status = access.group.joinPolicy === "open" ? "active" : "pending";
  await ctx.db.transaction(async (tx) => {
    await repo.upsertMember(tx, { tenantId: ctx.tenant.id, groupId: id, userId, role: "member", status });
    await repo.recountMembers(tx, ctx.tenant.id, id);
  });
  return { status };
}

export async function leaveGroup({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  const access = await groupAccess(ctx, id);
  const userId = personOf(access.viewer);
  await ctx.db.transaction(async (tx) => {
    if (await repo.deleteMember(tx, ctx.tenant.id, id, userId)) await repo.recountMembers(tx, ctx.tenant.id, id);
  });
}

/** Active members (for @mention suggestions); HR may also list the pending requests. */
export async function listMembers({
  ctx,
  id,
  query,
}: {
  ctx: TenantContext;
  id: string;
  query: { q?: string; status: "active" | "pending" };
}): Promise<CommunityMemberList> {
  const access = await groupAccess(ctx, id);
  requireRead(access);
  if (query.status === "pending" && !access.viewer.staff) throw Forbidden();
  const rows = await repo.listMembers(ctx.db, { tenantId: ctx.tenant.id, groupId: id, status: query.status, q: query.q?.trim() || undefined });
  return {
    items: rows.map((r) => ({
      userId: r.member.userId,
      name: r.name,
      kind: kindOfRole(r.role) ?? "staff",
      role: r.member.role === "host" ? "host" : "member",
      status: r.member.status === "pending" ? "pending" : "active",
      joinedAt: r.member.joinedAt.toISOString(),
    })),
  };
}

/** HR adds a person of this company (an employee as host, typically) to a group. */
export async function addMember({ ctx, id, input }: { ctx: TenantContext; id: string; input: AddMemberInput }): Promise<void> {
  const access = await groupAccess(ctx, id);
  const person = await repo.tenantPerson(ctx.db, ctx.tenant.id, input.userId);
  if (!person) throw NotFound("person_not_found");
  if (person.role === "employee" && !access.group.openToEmployees)
    throw new DomainError(422, "group_not_open_to_employees", "community.errors.not_open_to_employees");
  await ctx.db.transaction(async (tx) => {
    await repo.upsertMember(tx, { tenantId: ctx.tenant.id, groupId: id, userId: input.userId, role: input.role, status: "active" });
    await repo.recountMembers(tx, ctx.tenant.id, id);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "community.member_added",
      targetType: "community_group",
      targetId: id,
      requestId: ctx.requestId,
      meta: { userId: input.userId, role: input.role },
    });
  });
}

export async function decideJoinRequest({ ctx, id, input }: { ctx: TenantContext; id: string; input: ApprovalInput }): Promise<void> {
  const access = await groupAccess(ctx, id);
  const request = await repo.findMember(ctx.db, ctx.tenant.id, id, input.userId);
  if (request?.status !== "pending") throw NotFound("join_request_not_found");
  await ctx.db.transaction(async (tx) => {
    if (input.approve) {
      await repo.upsertMember(tx, { ...request, status: "active" });
      await notify(tx, {
        tenantId: ctx.tenant.id,
        actorUserId: actorId(ctx.actor),
        notices: [{ userId: input.userId, kind: "group_approved", data: { groupId: id, groupName: access.group.name } }],
      });
    } else {
      await repo.deleteMember(tx, ctx.tenant.id, id, input.userId);
    }
    await repo.recountMembers(tx, ctx.tenant.id, id);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: input.approve ? "community.join_approved" : "community.join_declined",
      targetType: "community_group",
      targetId: id,
      requestId: ctx.requestId,
      meta: { userId: input.userId },
    });
  });
}

// Posts --------------------------------------------------------------------------------------------------------

const emptyReactions = (): ReactionCounts => ({ like: 0, thanks: 0, celebrate: 0, insightful: 0 });

async function reactionsByPost(ctx: TenantContext, postIds: string[], viewerUserId: string | null) {
  const byPost = new Map<string, { reactions: ReactionCounts; mine: ReactionKind[] }>();
  for (const id of postIds) byPost.set(id, { reactions: emptyReactions(), mine: [] });
  for (const row of await repo.reactionsOf(ctx.db, ctx.tenant.id, postIds, viewerUserId)) {
    const entry = byPost.get(row.postId);
    if (!entry || !(row.kind in entry.reactions)) continue;
    entry.reactions[row.kind as ReactionKind] = row.n;
    if (row.mine) entry.mine.push(row.kind as ReactionKind);
  }
  return byPost;
}

function toPost(row: repo.PostWithNames, viewer: Viewer, reactions: { reactions: ReactionCounts; mine: ReactionKind[] } | undefined): CommunityPost {
  const { post } = row;
  const removed = post.status === "removed";
  return {
    id: post.id,
    groupId: post.groupId,
    groupName: row.groupName,
    author: authorOf(post.authorUserId, row.authorName, row.authorRole),
    body: removed ? "" : post.body,
    bodyHtml: removed ? "" : renderCommunityText(post.body),
    status: post.status as CommunityPost["status"],
    pinned: post.pinnedAt !== null,
    commentCount: post.commentCount,
    reactions: reactions?.reactions ?? emptyReactions(),
    myReactions: reactions?.mine ?? [],
    mine: viewer.userId !== null && post.authorUserId === viewer.userId,
    moderationReason: viewer.staff ? post.moderationReason : null,
    createdAt: post.createdAt.toISOString(),
    editedAt: post.editedAt?.toISOString() ?? null,
  };
}

function toComment(row: repo.CommentWithNames, viewer: Viewer): CommunityComment {
  const { comment } = row;
  const removed = comment.status === "removed";
  return {
    id: comment.id,
    postId: comment.postId,
    author: authorOf(comment.authorUserId, row.authorName, row.authorRole),
    body: removed ? "" : comment.body,
    bodyHtml: removed ? "" : renderCommunityText(comment.body),
    status: comment.status as CommunityComment["status"],
    mine: viewer.userId !== null && comment.authorUserId === viewer.userId,
    createdAt: comment.createdAt.toISOString(),
  };
}

interface FeedCursor {
  p: number;
  c: string;
  i: string;
}
const isFeedCursor = (v: unknown): v is FeedCursor => isCreatedAtCursor(v) && typeof (v as unknown as { p: unknown }).p === "number";

/** A group's posts, pinned first then newest: four statements per page, however many posts and reactions. */
export async function listPosts({ ctx, id, query }: { ctx: TenantContext; id: string; query: { cursor?: string; limit: number } }): Promise<CommunityPostPage> {
  const access = await groupAccess(ctx, id);
  requireRead(access);
  const { rows, total } = await repo.listPosts(ctx.db, {
    tenantId: ctx.tenant.id,
    groupId: id,
    withModerated: access.viewer.staff,
    after: decodeCursor(query.cursor, isFeedCursor),
    limit: query.limit,
  });
  const shown = rows.slice(0, query.limit);
  const reactions = await reactionsByPost(
    ctx,
    shown.map((r) => r.post.id),
    access.viewer.userId,
  );
  const page = toPage(
    rows,
    query.limit,
    total,
    (row) => toPost(row, access.viewer, reactions.get(row.post.id)),
    (row) => ({ p: row.post.pinnedAt ? 1 : 0, ...createdAtCursorOf(row.post) }),
  );
  return page;
}

/** Mentions notify only people who can see the group (its active members); the author is never notified. */
async function mentionNotices(tx: Db, ctx: TenantContext, groupId: string, body: string, data: Record<string, string>): Promise<NotificationInput[]> {
  const visible = await repo.activeMembersAmong(tx, ctx.tenant.id, groupId, mentionedUserIds(body));
  return visible.map((userId) => ({ userId, kind: "mention", data }));
}

function actorName(ctx: TenantContext): string {
  return ctx.user?.name ?? "";
}

export async function createPost({ ctx, id, input }: { ctx: TenantContext; id: string; input: PostInput }): Promise<CommunityPost> {
  const access = await groupAccess(ctx, id);
  const userId = await requireWrite(ctx, access);
  const postId = await ctx.db.transaction(async (tx) => {
    const post = await repo.insertPost(tx, { tenantId: ctx.tenant.id, groupId: id, authorUserId: userId, body: input.body });
    const data = { postId: post.id, groupId: id, groupName: access.group.name, actorName: actorName(ctx) };
    await notify(tx, { tenantId: ctx.tenant.id, actorUserId: userId, notices: await mentionNotices(tx, ctx, id, input.body, data) });
    return post.id;
  });
  return readPostRow(ctx, access.viewer, postId);
}

async function readPostRow(ctx: TenantContext, viewer: Viewer, postId: string): Promise<CommunityPost> {
  const row = await repo.findPost(ctx.db, ctx.tenant.id, postId);
  if (!row) throw NotFound();
  return toPost(row, viewer, (await reactionsByPost(ctx, [postId], viewer.userId)).get(postId));
}

/** A post the caller may see: hidden and removed posts exist only for HR (and a removed one has no body for anyone). */
async function postAccess(ctx: TenantContext, postId: string) {
  const viewer = viewerOf(ctx);
  const row = await repo.findPost(ctx.db, ctx.tenant.id, postId);
  if (!row) throw NotFound();
  const access = await groupAccess(ctx, row.post.groupId);
  if (!access.viewer.staff && row.post.status !== "visible") throw NotFound();
  requireRead(access);
  return { row, access, viewer };
}

export async function readPost({ ctx, id }: { ctx: TenantContext; id: string }): Promise<CommunityPostDetail> {
  const { row, access, viewer } = await postAccess(ctx, id);
  const [comments, reactions, suspended] = await Promise.all([
    repo.listComments(ctx.db, { tenantId: ctx.tenant.id, postId: id, withModerated: viewer.staff }),
    reactionsByPost(ctx, [id], viewer.userId),
    isSuspended(ctx, viewer),
  ]);
  return {
    ...toPost(row, viewer, reactions.get(id)),
    comments: comments.map((c) => toComment(c, viewer)),
    canPost: access.canRead && !access.group.archivedAt && !suspended && viewer.userId !== null && row.post.status === "visible",
  };
}

export async function updatePost({ ctx, id, input }: { ctx: TenantContext; id: string; input: PostInput }): Promise<CommunityPost> {
  const { row, access, viewer } = await postAccess(ctx, id);
  const userId = await requireWrite(ctx, access);
  if (row.post.authorUserId !== userId) throw Forbidden("not_author", "community.errors.not_author");
  if (row.post.status !== "visible") throw new DomainError(409, "moderated", "community.errors.moderated");
  await ctx.db.transaction(async (tx) => {
    await repo.updatePost(tx, ctx.tenant.id, id, { body: input.body, editedAt: new Date() });
    const before = new Set(mentionedUserIds(row.post.body));
    const added = mentionedUserIds(input.body).filter((u) => !before.has(u));
    const data = { postId: id, groupId: row.post.groupId, groupName: row.groupName, actorName: actorName(ctx) };
    const notices = await mentionNotices(tx, ctx, row.post.groupId, added.map((u) => `@[x](user:${u})`).join(" "), data);
    await notify(tx, { tenantId: ctx.tenant.id, actorUserId: userId, notices });
  });
  return readPostRow(ctx, viewer, id);
}

export async function deletePost({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  const { row, viewer } = await postAccess(ctx, id);
  if (!viewer.userId || row.post.authorUserId !== viewer.userId) throw Forbidden("not_author", "community.errors.not_author");
  await repo.deletePost(ctx.db, ctx.tenant.id, id);
}

export async function setReaction({
  ctx,
  id,
  input,
}: {
  ctx: TenantContext;
  id: string;
  input: { kind: ReactionKind; active: boolean };
}): Promise<ReactionResult> {
  const { access, viewer } = await postAccess(ctx, id);
  const userId = await requireWrite(ctx, access);
  await ctx.db.transaction((tx) => repo.setReaction(tx, { tenantId: ctx.tenant.id, postId: id, userId, kind: input.kind, active: input.active }));
  const entry = (await reactionsByPost(ctx, [id], viewer.userId)).get(id);
  return { reactions: entry?.reactions ?? emptyReactions(), myReactions: entry?.mine ?? [] };
}

// Comments -----------------------------------------------------------------------------------------------------

export async function createComment({ ctx, id, input }: { ctx: TenantContext; id: string; input: CommentInput }): Promise<CommunityComment> {
  const { row, access, viewer } = await postAccess(ctx, id);
  const userId = await requireWrite(ctx, access);
  if (row.post.status !== "visible") throw new DomainError(409, "moderated", "community.errors.moderated");
  const commentId = await ctx.db.transaction(async (tx) => {
    const comment = await repo.insertComment(tx, { tenantId: ctx.tenant.id, postId: id, authorUserId: userId, body: input.body });
    const data = { postId: id, groupId: row.post.groupId, groupName: row.groupName, actorName: actorName(ctx) };
    const notices = await mentionNotices(tx, ctx, row.post.groupId, input.body, data);
    if (row.post.authorUserId) notices.push({ userId: row.post.authorUserId, kind: "comment", data });
    await notify(tx, { tenantId: ctx.tenant.id, actorUserId: userId, notices });
    return comment.id;
  });
  const created = await repo.findComment(ctx.db, ctx.tenant.id, commentId);
  return toComment(created!, viewer);
}

async function commentAccess(ctx: TenantContext, commentId: string) {
  const viewer = viewerOf(ctx);
  const comment = await repo.findComment(ctx.db, ctx.tenant.id, commentId);
  if (!comment) throw NotFound();
  if (!viewer.staff && comment.comment.status !== "visible") throw NotFound();
  const post = await postAccess(ctx, comment.comment.postId);
  return { comment, ...post };
}

export async function updateComment({ ctx, id, input }: { ctx: TenantContext; id: string; input: CommentInput }): Promise<CommunityComment> {
  const { comment, access, viewer } = await commentAccess(ctx, id);
  const userId = await requireWrite(ctx, access);
  if (comment.comment.authorUserId !== userId) throw Forbidden("not_author", "community.errors.not_author");
  await repo.updateComment(ctx.db, ctx.tenant.id, id, { body: input.body });
  return toComment((await repo.findComment(ctx.db, ctx.tenant.id, id))!, viewer);
}

export async function deleteComment({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  const { comment, viewer } = await commentAccess(ctx, id);
  if (!viewer.userId || comment.comment.authorUserId !== viewer.userId) throw Forbidden("not_author", "community.errors.not_author");
  await ctx.db.transaction(async (tx) => {
    await repo.deleteComment(tx, ctx.tenant.id, id);
    await repo.recountComments(tx, comment.comment.postId);
  });
}

// Reports and moderation ---------------------------------------------------------------------------------------

/** A member reports a post or one of its comments; a second open report by the same person is refused with 409. */
export async function reportPost({ ctx, id, input }: { ctx: TenantContext; id: string; input: ReportInput }): Promise<{ id: string }> {
  const { access } = await postAccess(ctx, id);
  const userId = personOf(access.viewer);
  requireRead(access);
  await assertNotSuspended(ctx, userId);
  if (input.commentId) {
    const comment = await repo.findComment(ctx.db, ctx.tenant.id, input.commentId);
    if (!comment || comment.comment.postId !== id || (!access.viewer.staff && comment.comment.status !== "visible")) throw NotFound();
  }
  const created = await repo.insertReport(ctx.db, {
    tenantId: ctx.tenant.id,
    postId: id,
    commentId: input.commentId ?? null,
    reporterUserId: userId,
    reason: input.reason,
    note: input.note || null,
  });
  if (!created) throw Conflict("already_reported", "community.errors.already_reported");
  return { id: created.id };
}

const STATUS_OF = { hide: "hidden", unhide: "visible", remove: "removed" } as const;

async function applyModeration(
  tx: Db,
  ctx: TenantContext,
  target: { kind: "post" | "comment"; id: string; postId: string },
  input: ModerationInput,
): Promise<void> {
  const status = STATUS_OF[input.action];
  const by = actorId(ctx.actor);
  if (target.kind === "post") {
    await repo.updatePost(tx, ctx.tenant.id, target.id, {
      status,
      moderatedBy: by,
      moderationReason: input.action === "unhide" ? null : input.reason,
      ...(input.action === "remove" ? { body: "", pinnedAt: null } : {}),
    });
  } else {
    await repo.updateComment(tx, ctx.tenant.id, target.id, { status, ...(input.action === "remove" ? { body: "" } : {}) });
    await repo.recountComments(tx, target.postId);
  }
  if (input.action !== "unhide") {
    await repo.resolveReports(tx, {
      tenantId: ctx.tenant.id,
      postId: target.postId,
      commentId: target.kind === "comment" ? target.id : null,
      status: "actioned",
      resolvedBy: by,
    });
  }
  await recordAudit(tx, {
    tenantId: ctx.tenant.id,
    actor: ctx.actor,
    action: `community.${target.kind}_${input.action === "hide" ? "hidden" : input.action === "unhide" ? "unhidden" : "removed"}`,
    targetType: `community_${target.kind}`,
    targetId: target.id,
    requestId: ctx.requestId,
    meta: { postId: target.postId },
  });
}

export async function moderatePost({ ctx, id, input }: { ctx: TenantContext; id: string; input: ModerationInput }): Promise<CommunityPost> {
  const { row, viewer } = await postAccess(ctx, id);
  if (row.post.status === "removed") throw new DomainError(409, "already_removed", "community.errors.already_removed");
  await ctx.db.transaction((tx) => applyModeration(tx, ctx, { kind: "post", id, postId: id }, input));
  return readPostRow(ctx, viewer, id);
}

export async function moderateComment({ ctx, id, input }: { ctx: TenantContext; id: string; input: ModerationInput }): Promise<CommunityComment> {
  const { comment, viewer } = await commentAccess(ctx, id);
  if (comment.comment.status === "removed") throw new DomainError(409, "already_removed", "community.errors.already_removed");
  await ctx.db.transaction((tx) => applyModeration(tx, ctx, { kind: "comment", id, postId: comment.comment.postId }, input));
  return toComment((await repo.findComment(ctx.db, ctx.tenant.id, id))!, viewer);
}

export async function pinPost({ ctx, id, input }: { ctx: TenantContext; id: string; input: PinInput }): Promise<CommunityPost> {
  const { row, viewer } = await postAccess(ctx, id);
  if (input.pinned && row.post.status !== "visible") throw new DomainError(409, "moderated", "community.errors.moderated");
  await ctx.db.transaction(async (tx) => {
    await repo.updatePost(tx, ctx.tenant.id, id, { pinnedAt: input.pinned ? new Date() : null });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: input.pinned ? "community.post_pinned" : "community.post_unpinned",
      targetType: "community_post",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
  return readPostRow(ctx, viewer, id);
}

export async function listReports({
  ctx,
  query,
}: {
  ctx: TenantContext;
  query: { status: "open" | "actioned" | "dismissed"; cursor?: string; limit: number };
}): Promise<CommunityReportPage> {
  const { rows, total } = await repo.listReports(ctx.db, {
    tenantId: ctx.tenant.id,
    status: query.status,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  const shown = rows.slice(0, query.limit);
  const authorIds = [...new Set(shown.map((r) => (r.comment ? r.comment.authorUserId : r.post.authorUserId)).filter((u): u is string => Boolean(u)))];
  const names = await repo.namesOf(ctx.db, authorIds);
  return toPage(
    rows,
    query.limit,
    total,
    (r) => {
      const target = r.comment ?? r.post;
      return {
        id: r.report.id,
        postId: r.report.postId,
        commentId: r.report.commentId,
        groupId: r.groupId,
        groupName: r.groupName,
        reason: r.report.reason as CommunityReportPage["items"][number]["reason"],
        note: r.report.note,
        status: r.report.status as CommunityReportPage["items"][number]["status"],
        reporter: authorOf(r.report.reporterUserId, r.reporterName, "alumnus"),
        target: {
          author: { userId: target.authorUserId, name: target.authorUserId ? (names.get(target.authorUserId) ?? null) : null, kind: null },
          excerpt: target.status === "removed" ? "" : markdownExcerpt(plainMentions(target.body), 200),
          status: target.status as "visible" | "hidden" | "removed",
        },
        createdAt: r.report.createdAt.toISOString(),
        resolvedAt: r.report.resolvedAt?.toISOString() ?? null,
      };
    },
    (r) => createdAtCursorOf(r.report),
  );
}

/** HR closes a report: dismissed, or actioned with the reported post or comment hidden or removed. */
export async function resolveReport({ ctx, id, input }: { ctx: TenantContext; id: string; input: ReportResolution }): Promise<void> {
  viewerOf(ctx);
  const report = await repo.findReport(ctx.db, ctx.tenant.id, id);
  if (!report) throw NotFound();
  if (report.status !== "open") throw Conflict("report_closed", "community.errors.report_closed");
  await ctx.db.transaction(async (tx) => {
    if (input.status === "actioned" && input.action !== "none") {
      const target = report.commentId
        ? { kind: "comment" as const, id: report.commentId, postId: report.postId }
        : { kind: "post" as const, id: report.postId, postId: report.postId };
      await applyModeration(tx, ctx, target, { action: input.action, reason: input.reason });
    }
    await repo.resolveReports(tx, { tenantId: ctx.tenant.id, ids: [id], status: input.status, resolvedBy: actorId(ctx.actor) });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: input.status === "actioned" ? "community.report_actioned" : "community.report_dismissed",
      targetType: "community_report",
      targetId: id,
      requestId: ctx.requestId,
      meta: { action: input.action, reason: report.reason },
    });
  });
}

// Suspensions --------------------------------------------------------------------------------------------------

function toSuspension(row: {
  suspension: { id: string; userId: string; reason: string; createdAt: Date; liftedAt: Date | null };
  name: string;
}): CommunitySuspension {
  return {
    id: row.suspension.id,
    userId: row.suspension.userId,
    name: row.name,
    reason: row.suspension.reason,
    createdAt: row.suspension.createdAt.toISOString(),
    liftedAt: row.suspension.liftedAt?.toISOString() ?? null,
  };
}

export async function listSuspensions({ ctx }: { ctx: TenantContext }): Promise<CommunitySuspensionList> {
  return { items: (await repo.listSuspensions(ctx.db, ctx.tenant.id)).map(toSuspension) };
}

export async function suspend({ ctx, input }: { ctx: TenantContext; input: SuspensionInput }): Promise<CommunitySuspension> {
  const person = await repo.tenantPerson(ctx.db, ctx.tenant.id, input.userId);
  if (!person) throw NotFound("person_not_found");
  if (STAFF.includes(person.role as Role)) throw new DomainError(422, "cannot_suspend_staff", "community.errors.cannot_suspend_staff");
  const created = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertSuspension(tx, { tenantId: ctx.tenant.id, userId: input.userId, reason: input.reason, suspendedBy: actorId(ctx.actor) });
    if (!row) throw Conflict("already_suspended", "community.errors.already_suspended");
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "community.member_suspended",
      targetType: "user",
      targetId: input.userId,
      requestId: ctx.requestId,
      meta: { suspensionId: row.id },
    });
    return row;
  });
  return toSuspension({ suspension: created, name: person.name });
}

export async function liftSuspension({ ctx, id }: { ctx: TenantContext; id: string }): Promise<CommunitySuspension> {
  const found = await repo.findSuspension(ctx.db, ctx.tenant.id, id);
  if (!found) throw NotFound();
  const lifted = await ctx.db.transaction(async (tx) => {
    const row = await repo.liftSuspension(tx, ctx.tenant.id, id, actorId(ctx.actor));
    if (!row) throw Conflict("already_lifted", "community.errors.already_lifted");
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "community.suspension_lifted",
      targetType: "user",
      targetId: row.userId,
      requestId: ctx.requestId,
      meta: { suspensionId: id },
    });
    return row;
  });
  const person = await repo.tenantPerson(ctx.db, ctx.tenant.id, lifted.userId);
  return toSuspension({ suspension: lifted, name: person?.name ?? "" });
}

// Directory ----------------------------------------------------------------------------------------------------

interface DirectoryCursor {
  s: string;
  i: string;
}
const isDirectoryCursor = (v: unknown): v is DirectoryCursor =>
  typeof v === "object" && v !== null && typeof (v as { s: unknown }).s === "string" && typeof (v as { i: unknown }).i === "string";

/** Alumni who consented to be visible to other alumni: name, department, leave year, current work and skills only. */
export async function listDirectory({ ctx, query }: { ctx: TenantContext; query: { q?: string; cursor?: string; limit: number } }): Promise<DirectoryPage> {
  viewerOf(ctx);
  const { rows, total } = await repo.listDirectory(ctx.db, {
    tenantId: ctx.tenant.id,
    q: query.q?.trim() || undefined,
    after: decodeCursor(query.cursor, isDirectoryCursor),
    limit: query.limit,
  });
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return {
    items: rows.slice(0, query.limit).map((r) => ({
      alumnusId: r.id,
      name: `${r.familyName} ${r.givenName}`,
      department: r.department,
      leaveYear: Number(String(r.leaveDate).slice(0, 4)),
      currentEmployer: r.currentEmployer,
      currentRole: r.currentRole,
      skills: r.skills,
    })),
    total,
    nextCursor: last ? encodeCursor({ s: last.sortKey, i: last.id }) : null,
  };
}

// Privacy ------------------------------------------------------------------------------------------------------

/** The person's community data for their export (`my-data`): memberships, posts, comments, reactions, reports, suspensions. */
export async function communityForExport(db: Db, tenantId: string, userId: string | null) {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  if (!userId) return { groups: [], posts: [], comments: [], reactions: [], reports: [], suspensions: [] };
  const d = await repo.personalData(db, tenantId, userId);
  return {
    groups: d.groups.map((g) => ({ group: g.groupName, role: g.role, status: g.status, joinedAt: g.joinedAt.toISOString() })),
    posts: d.posts.map((p) => ({
      id: p.id,
      group: p.groupName,
      body: p.body,
      status: p.status,
      createdAt: p.createdAt.toISOString(),
      editedAt: iso(p.editedAt),
    })),
    comments: d.comments.map((c) => ({ id: c.id, postId: c.postId, body: c.body, status: c.status, createdAt: c.createdAt.toISOString() })),
    reactions: d.reactions.map((r) => ({ postId: r.postId, kind: r.kind, createdAt: r.createdAt.toISOString() })),
    reports: d.reports.map((r) => ({
      postId: r.postId,
      commentId: r.commentId,
      reason: r.reason,
      note: r.note,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    })),
    suspensions: d.suspensions.map((s) => ({ reason: s.reason, createdAt: s.createdAt.toISOString(), liftedAt: iso(s.liftedAt) })),
  };
}

/** Part of erasure (privacy's `erasePerson`, in its transaction): the person's community traces in this tenant. */
export function eraseCommunityData(tx: Db, input: { tenantId: string; userIds: string[] }): Promise<void> {
  return repo.erasePerson(tx, input.tenantId, input.userIds);
}
