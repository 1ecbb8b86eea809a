import { z } from "zod";
import { pageOf } from "./common";

export const GROUP_KINDS = ["department", "leave_year", "interest", "other"] as const;
export const JOIN_POLICIES = ["open", "approval"] as const;
export const REACTION_KINDS = ["like", "thanks", "celebrate", "insightful"] as const;
export const REPORT_REASONS = ["spam", "harassment", "personal_info", "inappropriate", "other"] as const;
export const POST_MAX = 5000;
export const COMMENT_MAX = 2000;

export const GroupKind = z.enum(GROUP_KINDS);
export type GroupKind = z.infer<typeof GroupKind>;
export const JoinPolicy = z.enum(JOIN_POLICIES);
export type JoinPolicy = z.infer<typeof JoinPolicy>;
export const ReactionKind = z.enum(REACTION_KINDS);
export type ReactionKind = z.infer<typeof ReactionKind>;
export const ReportReason = z.enum(REPORT_REASONS);
export type ReportReason = z.infer<typeof ReportReason>;
export const ContentStatus = z.enum(["visible", "hidden", "removed"]);
export type ContentStatus = z.infer<typeof ContentStatus>;
export const MembershipStatus = z.enum(["none", "pending", "active"]);
export type MembershipStatus = z.infer<typeof MembershipStatus>;
export const MemberRole = z.enum(["member", "host"]);
export type MemberRole = z.infer<typeof MemberRole>;

export const CommunityGroupInput = z.object({
  name: z.string().trim().min(1).max(80),
  description: z.string().max(POST_MAX).default(""),
  kind: GroupKind,
  joinPolicy: JoinPolicy,
  openToEmployees: z.boolean().default(false),
});
export type CommunityGroupInput = z.infer<typeof CommunityGroupInput>;

export const CommunityGroupPatch = CommunityGroupInput.partial().extend({ archived: z.boolean().optional() });
export type CommunityGroupPatch = z.infer<typeof CommunityGroupPatch>;

export const CommunityGroup = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  descriptionHtml: z.string(),
  kind: GroupKind,
  joinPolicy: JoinPolicy,
  openToEmployees: z.boolean(),
  memberCount: z.number().int(),
  /** Join requests waiting for HR; always 0 for everyone else. */
  pendingCount: z.number().int(),
  lastPostAt: z.string().nullable(),
  archived: z.boolean(),
  myStatus: MembershipStatus,
  myRole: MemberRole.nullable(),
  /** The caller may read the posts (an active member, or HR). */
  canRead: z.boolean(),
  /** The caller may write (canRead, not suspended, group not archived). */
  canPost: z.boolean(),
  createdAt: z.string(),
});
export type CommunityGroup = z.infer<typeof CommunityGroup>;

export const CommunityGroupList = z.object({ items: z.array(CommunityGroup), suspended: z.boolean() });
export type CommunityGroupList = z.infer<typeof CommunityGroupList>;

export const JoinResult = z.object({ status: z.enum(["pending", "active"]) });
export type JoinResult = z.infer<typeof JoinResult>;

export const PersonKind = z.enum(["alumnus", "employee", "staff"]);
export const CommunityMember = z.object({
  userId: z.uuid(),
  name: z.string(),
  kind: PersonKind,
  role: MemberRole,
  status: z.enum(["pending", "active"]),
  joinedAt: z.string(),
});
export type CommunityMember = z.infer<typeof CommunityMember>;
export const CommunityMemberList = z.object({ items: z.array(CommunityMember) });
export type CommunityMemberList = z.infer<typeof CommunityMemberList>;
export const MembersQuery = z.object({ q: z.string().max(80).optional(), status: z.enum(["active", "pending"]).default("active") });

export const AddMemberInput = z.object({ userId: z.uuid(), role: MemberRole.default("host") });
export type AddMemberInput = z.infer<typeof AddMemberInput>;
export const ApprovalInput = z.object({ userId: z.uuid(), approve: z.boolean() });
export type ApprovalInput = z.infer<typeof ApprovalInput>;

/** Mentions are written in the body as `@[Display Name](user:<uuid>)`; the renderer shows the name only. */
export const PostInput = z.object({ body: z.string().trim().min(1).max(POST_MAX) });
export type PostInput = z.infer<typeof PostInput>;
export const CommentInput = z.object({ body: z.string().trim().min(1).max(COMMENT_MAX) });
export type CommentInput = z.infer<typeof CommentInput>;

export const Author = z.object({ userId: z.uuid().nullable(), name: z.string().nullable(), kind: PersonKind.nullable() });
export type Author = z.infer<typeof Author>;

export const ReactionCounts = z.object({ like: z.number().int(), thanks: z.number().int(), celebrate: z.number().int(), insightful: z.number().int() });
export type ReactionCounts = z.infer<typeof ReactionCounts>;

export const CommunityPost = z.object({
  id: z.uuid(),
  groupId: z.uuid(),
  groupName: z.string(),
  author: Author,
  /** The Markdown as written (empty once removed), for its author's editor. */
  body: z.string(),
  bodyHtml: z.string(),
  status: ContentStatus,
  pinned: z.boolean(),
  commentCount: z.number().int(),
  reactions: ReactionCounts,
  myReactions: z.array(ReactionKind),
  mine: z.boolean(),
  /** HR only: why it was hidden or removed. */
  moderationReason: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});
export type CommunityPost = z.infer<typeof CommunityPost>;
export const CommunityPostPage = pageOf(CommunityPost);
export type CommunityPostPage = z.infer<typeof CommunityPostPage>;

export const CommunityComment = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  author: Author,
  body: z.string(),
  bodyHtml: z.string(),
  status: ContentStatus,
  mine: z.boolean(),
  createdAt: z.string(),
});
export type CommunityComment = z.infer<typeof CommunityComment>;

export const CommunityPostDetail = CommunityPost.extend({ comments: z.array(CommunityComment), canPost: z.boolean() });
export type CommunityPostDetail = z.infer<typeof CommunityPostDetail>;

/** Sets (active) or clears one reaction of the caller: sending the same twice changes nothing. */
export const ReactionInput = z.object({ kind: ReactionKind, active: z.boolean().default(true) });
export type ReactionInput = z.infer<typeof ReactionInput>;
export const ReactionResult = z.object({ reactions: ReactionCounts, myReactions: z.array(ReactionKind) });
export type ReactionResult = z.infer<typeof ReactionResult>;

export const ReportInput = z.object({
  reason: ReportReason,
  note: z.string().trim().max(500).nullable().optional(),
  commentId: z.uuid().nullable().optional(),
});
export type ReportInput = z.infer<typeof ReportInput>;

export const ModerationAction = z.enum(["hide", "unhide", "remove"]);
export type ModerationAction = z.infer<typeof ModerationAction>;
export const ModerationInput = z.object({ action: ModerationAction, reason: z.string().trim().min(1).max(500) });
export type ModerationInput = z.infer<typeof ModerationInput>;
export const PinInput = z.object({ pinned: z.boolean() });
export type PinInput = z.infer<typeof PinInput>;

export const ReportStatus = z.enum(["open", "actioned", "dismissed"]);
export type ReportStatus = z.infer<typeof ReportStatus>;
export const CommunityReport = z.object({
  id: z.uuid(),
  postId: z.uuid(),
  commentId: z.uuid().nullable(),
  groupId: z.uuid(),
  groupName: z.string(),
  reason: ReportReason,
  note: z.string().nullable(),
  status: ReportStatus,
  reporter: Author,
  target: z.object({ author: Author, excerpt: z.string(), status: ContentStatus }),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
});
export type CommunityReport = z.infer<typeof CommunityReport>;
export const CommunityReportPage = pageOf(CommunityReport);
export type CommunityReportPage = z.infer<typeof CommunityReportPage>;
export const ReportsQuery = z.object({ status: ReportStatus.default("open") });

export const ReportResolution = z.object({
  status: z.enum(["actioned", "dismissed"]),
  /** What to do with the reported post or comment when actioned. */
  action: z.enum(["hide", "remove", "none"]).default("none"),
  reason: z.string().trim().min(1).max(500),
});
export type ReportResolution = z.infer<typeof ReportResolution>;

export const SuspensionInput = z.object({ userId: z.uuid(), reason: z.string().trim().min(1).max(500) });
export type SuspensionInput = z.infer<typeof SuspensionInput>;
export const LiftInput = z.object({ reason: z.string().trim().max(500).optional() });
export const CommunitySuspension = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  name: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  liftedAt: z.string().nullable(),
});
export type CommunitySuspension = z.infer<typeof CommunitySuspension>;
export const CommunitySuspensionList = z.object({ items: z.array(CommunitySuspension) });
export type CommunitySuspensionList = z.infer<typeof CommunitySuspensionList>;

export const DirectoryEntry = z.object({
  alumnusId: z.uuid(),
  name: z.string(),
  department: z.string().nullable(),
  leaveYear: z.number().int(),
  currentEmployer: z.string().nullable(),
  currentRole: z.string().nullable(),
  skills: z.array(z.string()),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;
export const DirectoryPage = pageOf(DirectoryEntry);
export type DirectoryPage = z.infer<typeof DirectoryPage>;
