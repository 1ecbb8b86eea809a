import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants, users } from "./tenancy";

/** An alumni group (by department, year of leaving or interest). Employees see it only when HR opens it to them. */
export const communityGroups = pgTable(
  "community_groups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** department | leave_year | interest | other */
    kind: text("kind").notNull().default("interest"),
    /** open | approval */
    joinPolicy: text("join_policy").notNull().default("open"),
    openToEmployees: boolean("open_to_employees").notNull().default(false),
    memberCount: integer("member_count").notNull().default(0),
    lastPostAt: timestamp("last_post_at", { withTimezone: true, precision: 3 }),
    archivedAt: timestamp("archived_at", { withTimezone: true, precision: 3 }),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("community_groups_tenant_idx").on(t.tenantId, t.name)],
);

/** Who belongs to a group; `pending` waits for HR's approval in groups that need it. */
export const communityMembers = pgTable(
  "community_members",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => communityGroups.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** member | host */
    role: text("role").notNull().default("member"),
    /** active | pending */
    status: text("status").notNull().default("active"),
    joinedAt: timestamp("joined_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index("community_members_user_idx").on(t.tenantId, t.userId)],
);

/** A post in a group: Markdown as written; shown through the safe renderer only. */
export const communityPosts = pgTable(
  "community_posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    groupId: uuid("group_id")
      .notNull()
      .references(() => communityGroups.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** visible | hidden | removed */
    status: text("status").notNull().default("visible"),
    pinnedAt: timestamp("pinned_at", { withTimezone: true, precision: 3 }),
    moderatedBy: text("moderated_by"),
    moderationReason: text("moderation_reason"),
    commentCount: integer("comment_count").notNull().default(0),
    reactionCount: integer("reaction_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index("community_posts_group_idx").on(t.tenantId, t.groupId, t.createdAt),
    index("community_posts_tenant_idx").on(t.tenantId, t.createdAt),
    index("community_posts_author_idx").on(t.tenantId, t.authorUserId),
  ],
);

export const communityComments = pgTable(
  "community_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    postId: uuid("post_id")
      .notNull()
      .references(() => communityPosts.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    /** visible | hidden | removed */
    status: text("status").notNull().default("visible"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("community_comments_post_idx").on(t.tenantId, t.postId, t.createdAt), index("community_comments_author_idx").on(t.tenantId, t.authorUserId)],
);

/** One reaction of a kind per person per post. */
export const communityReactions = pgTable(
  "community_reactions",
  {
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    postId: uuid("post_id")
      .notNull()
      .references(() => communityPosts.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** like | thanks | celebrate | insightful */
    kind: text("kind").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId, t.kind] }), index("community_reactions_user_idx").on(t.tenantId, t.userId)],
);

/** A member's report of a post or comment, for HR's moderation queue. */
export const communityReports = pgTable(
  "community_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    postId: uuid("post_id")
      .notNull()
      .references(() => communityPosts.id, { onDelete: "cascade" }),
    commentId: uuid("comment_id").references(() => communityComments.id, { onDelete: "cascade" }),
    reporterUserId: uuid("reporter_user_id").references(() => users.id, { onDelete: "set null" }),
    reason: text("reason").notNull(),
    note: text("note"),
    /** open | actioned | dismissed */
    status: text("status").notNull().default("open"),
    resolvedBy: text("resolved_by"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true, precision: 3 }),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index("community_reports_tenant_idx").on(t.tenantId, t.status, t.createdAt),
    uniqueIndex("community_reports_once_key")
      .on(t.postId, sql`coalesce(${t.commentId}, '00000000-0000-0000-0000-000000000000'::uuid)`, t.reporterUserId)
      .where(sql`${t.status} = 'open'`),
  ],
);

/** A member suspended from the community by HR; lifted suspensions stay as history. */
export const communitySuspensions = pgTable(
  "community_suspensions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    suspendedBy: text("suspended_by"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    liftedAt: timestamp("lifted_at", { withTimezone: true, precision: 3 }),
    liftedBy: text("lifted_by"),
  },
  (t) => [uniqueIndex("community_suspensions_active_key").on(t.tenantId, t.userId).where(sql`${t.liftedAt} is null`)],
);

/** In-app notices for one person (mentions, comments on their posts, visit requests). */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** mention | comment | group_approved | visit_request | visit_update | event_promoted */
    kind: text("kind").notNull(),
    /** Ids and a short label only; never a post body. */
    data: jsonb("data").$type<Record<string, string>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true, precision: 3 }),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index("notifications_user_idx").on(t.tenantId, t.userId, t.createdAt)],
);
