import { and, asc, desc, eq, gte, ilike, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import {
  communityComments,
  communityGroups,
  communityMembers,
  communityPosts,
  communityReactions,
  communityReports,
  communitySuspensions,
  notifications,
} from "../../db/schema/community";
import { alumniConsents } from "../../db/schema/privacy";
import { memberships, tenants, users } from "../../db/schema/tenancy";

export type GroupRow = typeof communityGroups.$inferSelect;
export type MemberRow = typeof communityMembers.$inferSelect;
export type PostRow = typeof communityPosts.$inferSelect;
export type CommentRow = typeof communityComments.$inferSelect;
export type ReportRow = typeof communityReports.$inferSelect;

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The author's name and their role in this tenant, joined in the same statement as the rows. */
const authorRole = (tenantId: string, userColumn: typeof communityPosts.authorUserId | typeof communityComments.authorUserId) =>
  and(eq(memberships.userId, userColumn), eq(memberships.tenantId, tenantId));

// Groups -------------------------------------------------------------------------------------------------------

export async function groupWithMembership(db: Db, tenantId: string, groupId: string, userId: string | null) {
  const [row] = await db
    .select({ group: communityGroups, member: communityMembers })
    .from(communityGroups)
    .leftJoin(
      communityMembers,
      and(eq(communityMembers.groupId, communityGroups.id), eq(communityMembers.userId, userId ?? "00000000-0000-0000-0000-000000000000")),
    )
    .where(and(eq(communityGroups.tenantId, tenantId), eq(communityGroups.id, groupId)))
    .limit(1);
  return row;
}

export async function listGroups(db: Db, input: { tenantId: string; userId: string | null; staff: boolean; employeesOnly: boolean }) {
  const pending = db
    .select({ groupId: communityMembers.groupId, n: sql<number>`count(*)`.mapWith(Number).as("n") })
    .from(communityMembers)
    .where(and(eq(communityMembers.tenantId, input.tenantId), eq(communityMembers.status, "pending")))
    .groupBy(communityMembers.groupId)
    .as("pending");
  return db
    .select({ group: communityGroups, member: communityMembers, pending: pending.n })
    .from(communityGroups)
    .leftJoin(
      communityMembers,
      and(eq(communityMembers.groupId, communityGroups.id), eq(communityMembers.userId, input.userId ?? "00000000-0000-0000-0000-000000000000")),
    )
    .leftJoin(pending, eq(pending.groupId, communityGroups.id))
    .where(
      and(
        eq(communityGroups.tenantId, input.tenantId),
        input.staff ? undefined : isNull(communityGroups.archivedAt),
        input.employeesOnly ? eq(communityGroups.openToEmployees, true) : undefined,
      ),
    )
    .orderBy(asc(communityGroups.name), asc(communityGroups.id))
    .limit(500);
}

/** The groups a person is an active member of, newest activity first (the alumni home feed). */
export async function groupsOfMember(db: Db, input: { tenantId: string; userId: string; employeesOnly: boolean; limit: number }) {
  return db
    .select({ group: communityGroups, member: communityMembers })
    .from(communityMembers)
    .innerJoin(communityGroups, eq(communityGroups.id, communityMembers.groupId))
    .where(
      and(
        eq(communityMembers.tenantId, input.tenantId),
        eq(communityMembers.userId, input.userId),
        eq(communityMembers.status, "active"),
        isNull(communityGroups.archivedAt),
        input.employeesOnly ? eq(communityGroups.openToEmployees, true) : undefined,
      ),
    )
    .orderBy(sql`${communityGroups.lastPostAt} desc nulls last`, asc(communityGroups.id))
    .limit(input.limit);
}

export async function insertGroup(db: Db, row: typeof communityGroups.$inferInsert): Promise<GroupRow> {
  const [created] = await db.insert(communityGroups).values(row).returning();
  return created!;
}

export async function updateGroup(db: Db, tenantId: string, id: string, values: Partial<typeof communityGroups.$inferInsert>): Promise<GroupRow | undefined> {
  const [row] = await db
    .update(communityGroups)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(communityGroups.tenantId, tenantId), eq(communityGroups.id, id)))
    .returning();
  return row;
}

/** Keeps the denormalised member count in step with the active memberships. */
export async function recountMembers(db: Db, tenantId: string, groupId: string): Promise<void> {
  await db
    .update(communityGroups)
    .set({
      memberCount: sql`(select count(*) from ${communityMembers} where ${communityMembers.groupId} = ${groupId} and ${communityMembers.status} = 'active')`,
    })
    .where(and(eq(communityGroups.tenantId, tenantId), eq(communityGroups.id, groupId)));
}

// Members ------------------------------------------------------------------------------------------------------

export async function findMember(db: Db, tenantId: string, groupId: string, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(communityMembers)
    .where(and(eq(communityMembers.tenantId, tenantId), eq(communityMembers.groupId, groupId), eq(communityMembers.userId, userId)))
    .limit(1);
  return row;
}

export async function upsertMember(db: Db, row: typeof communityMembers.$inferInsert): Promise<MemberRow> {
  const [saved] = await db
    .insert(communityMembers)
    .values(row)
    .onConflictDoUpdate({ target: [communityMembers.groupId, communityMembers.userId], set: { role: row.role, status: row.status } })
    .returning();
  return saved!;
}

export async function deleteMember(db: Db, tenantId: string, groupId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(communityMembers)
    .where(and(eq(communityMembers.tenantId, tenantId), eq(communityMembers.groupId, groupId), eq(communityMembers.userId, userId)))
    .returning({ userId: communityMembers.userId });
  return rows.length > 0;
}

export async function listMembers(db: Db, input: { tenantId: string; groupId: string; status: "active" | "pending"; q?: string }) {
  return db
    .select({ member: communityMembers, name: users.name, role: memberships.role })
    .from(communityMembers)
    .innerJoin(users, eq(users.id, communityMembers.userId))
    .leftJoin(memberships, and(eq(memberships.userId, communityMembers.userId), eq(memberships.tenantId, communityMembers.tenantId)))
    .where(
      and(
        eq(communityMembers.tenantId, input.tenantId),
        eq(communityMembers.groupId, input.groupId),
        eq(communityMembers.status, input.status),
        input.q ? ilike(users.name, like(input.q)) : undefined,
      ),
    )
    .orderBy(asc(users.name))
    .limit(200);
}

/** Of `userIds`, those who are active members of the group (who may see a mention of them). */
export async function activeMembersAmong(db: Db, tenantId: string, groupId: string, userIds: string[]): Promise<string[]> {
  if (!userIds.length) return [];
  const rows = await db
    .select({ userId: communityMembers.userId })
    .from(communityMembers)
    .where(
      and(
        eq(communityMembers.tenantId, tenantId),
        eq(communityMembers.groupId, groupId),
        eq(communityMembers.status, "active"),
        inArray(communityMembers.userId, userIds),
      ),
    );
  return rows.map((r) => r.userId);
}

export async function tenantPerson(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({ userId: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)))
    .limit(1);
  return row;
}

// Posts --------------------------------------------------------------------------------------------------------

const postColumns = {
  post: communityPosts,
  groupName: communityGroups.name,
  authorName: users.name,
  authorRole: memberships.role,
};

export interface FeedCursor {
  p: number;
  c: string;
  i: string;
}

/** A group's posts: pinned first, then newest; hidden and removed ones only when `withModerated` (HR). */
export async function listPosts(db: Db, input: { tenantId: string; groupId: string; withModerated: boolean; after: FeedCursor | null; limit: number }) {
  const pinned = sql<number>`(case when ${communityPosts.pinnedAt} is not null then 1 else 0 end)`;
  const where = and(
    eq(communityPosts.tenantId, input.tenantId),
    eq(communityPosts.groupId, input.groupId),
    input.withModerated ? undefined : eq(communityPosts.status, "visible"),
  );
  const a = input.after;
  const page: SQL | undefined = a
    ? and(
        where,
        sql`(${pinned} < ${a.p} or (${pinned} = ${a.p} and (${communityPosts.createdAt} < ${new Date(a.c).toISOString()}::timestamptz or (${communityPosts.createdAt} = ${new Date(a.c).toISOString()}::timestamptz and ${communityPosts.id} < ${a.i}))))`,
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select(postColumns)
      .from(communityPosts)
      .innerJoin(communityGroups, eq(communityGroups.id, communityPosts.groupId))
      .leftJoin(users, eq(users.id, communityPosts.authorUserId))
      .leftJoin(memberships, authorRole(input.tenantId, communityPosts.authorUserId))
      .where(page)
      .orderBy(desc(pinned), desc(communityPosts.createdAt), desc(communityPosts.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(communityPosts)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export type PostWithNames = Awaited<ReturnType<typeof listPosts>>["rows"][number];

/** The newest visible posts across the groups a person is an active member of (the alumni home feed). */
export async function latestPostsForMember(db: Db, input: { tenantId: string; userId: string; employeesOnly: boolean; limit: number }) {
  return db
    .select(postColumns)
    .from(communityPosts)
    .innerJoin(communityGroups, eq(communityGroups.id, communityPosts.groupId))
    .innerJoin(
      communityMembers,
      and(eq(communityMembers.groupId, communityPosts.groupId), eq(communityMembers.userId, input.userId), eq(communityMembers.status, "active")),
    )
    .leftJoin(users, eq(users.id, communityPosts.authorUserId))
    .leftJoin(memberships, authorRole(input.tenantId, communityPosts.authorUserId))
    .where(
      and(
        eq(communityPosts.tenantId, input.tenantId),
        eq(communityPosts.status, "visible"),
        sql`${communityGroups.archivedAt} is null`,
        input.employeesOnly ? eq(communityGroups.openToEmployees, true) : undefined,
      ),
    )
    .orderBy(desc(communityPosts.createdAt), desc(communityPosts.id))
    .limit(input.limit);
}

export async function findPost(db: Db, tenantId: string, id: string): Promise<PostWithNames | undefined> {
  const [row] = await db
    .select(postColumns)
    .from(communityPosts)
    .innerJoin(communityGroups, eq(communityGroups.id, communityPosts.groupId))
    .leftJoin(users, eq(users.id, communityPosts.authorUserId))
    .leftJoin(memberships, authorRole(tenantId, communityPosts.authorUserId))
    .where(and(eq(communityPosts.tenantId, tenantId), eq(communityPosts.id, id)))
    .limit(1);
  return row;
}

export async function insertPost(db: Db, row: typeof communityPosts.$inferInsert): Promise<PostRow> {
  const [created] = await db.insert(communityPosts).values(row).returning();
  await db.update(communityGroups).set({ lastPostAt: created!.createdAt }).where(eq(communityGroups.id, created!.groupId));
  return created!;
}

export async function updatePost(db: Db, tenantId: string, id: string, values: Partial<typeof communityPosts.$inferInsert>): Promise<void> {
  await db
    .update(communityPosts)
    .set(values)
    .where(and(eq(communityPosts.tenantId, tenantId), eq(communityPosts.id, id)));
}

export async function deletePost(db: Db, tenantId: string, id: string): Promise<void> {
  await db.delete(communityPosts).where(and(eq(communityPosts.tenantId, tenantId), eq(communityPosts.id, id)));
}

/** Reaction counts per post and kind, and which of them the viewer gave: one statement for a whole page. */
export async function reactionsOf(db: Db, tenantId: string, postIds: string[], viewerUserId: string | null) {
  if (!postIds.length) return [];
  return db
    .select({
      postId: communityReactions.postId,
      kind: communityReactions.kind,
      n: sql<number>`count(*)`.mapWith(Number),
      mine: sql<boolean>`coalesce(bool_or(${communityReactions.userId} = ${viewerUserId ?? "00000000-0000-0000-0000-000000000000"}::uuid), false)`,
    })
    .from(communityReactions)
    .where(and(eq(communityReactions.tenantId, tenantId), inArray(communityReactions.postId, postIds)))
    .groupBy(communityReactions.postId, communityReactions.kind);
}

export async function setReaction(db: Db, input: { tenantId: string; postId: string; userId: string; kind: string; active: boolean }): Promise<void> {
  if (input.active) {
    await db.insert(communityReactions).values(input).onConflictDoNothing();
  } else {
    await db
      .delete(communityReactions)
      .where(and(eq(communityReactions.postId, input.postId), eq(communityReactions.userId, input.userId), eq(communityReactions.kind, input.kind)));
  }
  await db
    .update(communityPosts)
    .set({ reactionCount: sql`(select count(*) from ${communityReactions} where ${communityReactions.postId} = ${input.postId})` })
    .where(eq(communityPosts.id, input.postId));
}

// Comments -----------------------------------------------------------------------------------------------------

const commentColumns = { comment: communityComments, authorName: users.name, authorRole: memberships.role };

export async function listComments(db: Db, input: { tenantId: string; postId: string; withModerated: boolean }) {
  return db
    .select(commentColumns)
    .from(communityComments)
    .leftJoin(users, eq(users.id, communityComments.authorUserId))
    .leftJoin(memberships, authorRole(input.tenantId, communityComments.authorUserId))
    .where(
      and(
        eq(communityComments.tenantId, input.tenantId),
        eq(communityComments.postId, input.postId),
        input.withModerated ? undefined : eq(communityComments.status, "visible"),
      ),
    )
    .orderBy(asc(communityComments.createdAt), asc(communityComments.id))
    .limit(500);
}

export type CommentWithNames = Awaited<ReturnType<typeof listComments>>[number];

export async function findComment(db: Db, tenantId: string, id: string): Promise<CommentWithNames | undefined> {
  const [row] = await db
    .select(commentColumns)
    .from(communityComments)
    .leftJoin(users, eq(users.id, communityComments.authorUserId))
    .leftJoin(memberships, authorRole(tenantId, communityComments.authorUserId))
    .where(and(eq(communityComments.tenantId, tenantId), eq(communityComments.id, id)))
    .limit(1);
  return row;
}

export async function insertComment(db: Db, row: typeof communityComments.$inferInsert): Promise<CommentRow> {
  const [created] = await db.insert(communityComments).values(row).returning();
  await recountComments(db, row.postId);
  return created!;
}

export async function updateComment(db: Db, tenantId: string, id: string, values: Partial<typeof communityComments.$inferInsert>): Promise<void> {
  await db
    .update(communityComments)
    .set(values)
    .where(and(eq(communityComments.tenantId, tenantId), eq(communityComments.id, id)));
}

export async function deleteComment(db: Db, tenantId: string, id: string): Promise<void> {
  await db.delete(communityComments).where(and(eq(communityComments.tenantId, tenantId), eq(communityComments.id, id)));
}

/** Comment counts shown to members count the visible comments only. */
export async function recountComments(db: Db, postId: string): Promise<void> {
  await db
    .update(communityPosts)
    .set({
      commentCount: sql`(select count(*) from ${communityComments} where ${communityComments.postId} = ${postId} and ${communityComments.status} = 'visible')`,
    })
    .where(eq(communityPosts.id, postId));
}

// Reports ------------------------------------------------------------------------------------------------------

/** Inserts the report unless the same person already has an open one on the same post or comment. */
export async function insertReport(db: Db, row: typeof communityReports.$inferInsert): Promise<ReportRow | undefined> {
  const [created] = await db.insert(communityReports).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findReport(db: Db, tenantId: string, id: string): Promise<ReportRow | undefined> {
  const [row] = await db
    .select()
    .from(communityReports)
    .where(and(eq(communityReports.tenantId, tenantId), eq(communityReports.id, id)))
    .limit(1);
  return row;
}

export async function listReports(db: Db, input: { tenantId: string; status: string; after: { c: string; i: string } | null; limit: number }) {
  const where = and(eq(communityReports.tenantId, input.tenantId), eq(communityReports.status, input.status));
  const page = input.after
    ? and(
        where,
        or(
          sql`${communityReports.createdAt} < ${new Date(input.after.c).toISOString()}::timestamptz`,
          and(sql`${communityReports.createdAt} = ${new Date(input.after.c).toISOString()}::timestamptz`, sql`${communityReports.id} < ${input.after.i}`),
        ),
      )
    : where;
  const reporter = sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${communityReports.reporterUserId})`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        report: communityReports,
        reporterName: reporter,
        groupId: communityGroups.id,
        groupName: communityGroups.name,
        post: communityPosts,
        comment: communityComments,
      })
      .from(communityReports)
      .innerJoin(communityPosts, eq(communityPosts.id, communityReports.postId))
      .innerJoin(communityGroups, eq(communityGroups.id, communityPosts.groupId))
      .leftJoin(communityComments, eq(communityComments.id, communityReports.commentId))
      .where(page)
      .orderBy(desc(communityReports.createdAt), desc(communityReports.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(communityReports)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function resolveReports(
  db: Db,
  input: { tenantId: string; ids?: string[]; postId?: string; commentId?: string | null; status: string; resolvedBy: string | null },
): Promise<number> {
  const rows = await db
    .update(communityReports)
    .set({ status: input.status, resolvedBy: input.resolvedBy, resolvedAt: new Date() })
    .where(
      and(
        eq(communityReports.tenantId, input.tenantId),
        eq(communityReports.status, "open"),
        input.ids ? inArray(communityReports.id, input.ids) : undefined,
        input.postId ? eq(communityReports.postId, input.postId) : undefined,
        input.commentId === undefined ? undefined : input.commentId ? eq(communityReports.commentId, input.commentId) : isNull(communityReports.commentId),
      ),
    )
    .returning({ id: communityReports.id });
  return rows.length;
}

export async function namesOf(db: Db, userIds: string[]): Promise<Map<string, string>> {
  if (!userIds.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

// Suspensions --------------------------------------------------------------------------------------------------

export async function activeSuspension(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select()
    .from(communitySuspensions)
    .where(and(eq(communitySuspensions.tenantId, tenantId), eq(communitySuspensions.userId, userId), isNull(communitySuspensions.liftedAt)))
    .limit(1);
  return row;
}

export async function insertSuspension(db: Db, row: typeof communitySuspensions.$inferInsert) {
  const [created] = await db.insert(communitySuspensions).values(row).onConflictDoNothing().returning();
  return created;
}

export async function findSuspension(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(communitySuspensions)
    .where(and(eq(communitySuspensions.tenantId, tenantId), eq(communitySuspensions.id, id)))
    .limit(1);
  return row;
}

export async function liftSuspension(db: Db, tenantId: string, id: string, liftedBy: string | null) {
  const [row] = await db
    .update(communitySuspensions)
    .set({ liftedAt: new Date(), liftedBy })
    .where(and(eq(communitySuspensions.tenantId, tenantId), eq(communitySuspensions.id, id), isNull(communitySuspensions.liftedAt)))
    .returning();
  return row;
}

export async function listSuspensions(db: Db, tenantId: string) {
  return db
    .select({ suspension: communitySuspensions, name: users.name })
    .from(communitySuspensions)
    .innerJoin(users, eq(users.id, communitySuspensions.userId))
    .where(eq(communitySuspensions.tenantId, tenantId))
    .orderBy(sql`${communitySuspensions.liftedAt} is null desc`, desc(communitySuspensions.createdAt))
    .limit(200);
}

// Directory ----------------------------------------------------------------------------------------------------

/** Registered alumni who let other alumni see them; the consent is read in the same statement, so withdrawal is immediate. */
export async function listDirectory(db: Db, input: { tenantId: string; q?: string; after: { s: string; i: string } | null; limit: number }) {
  const where = and(
    eq(alumni.tenantId, input.tenantId),
    sql`${alumni.registeredAt} is not null`,
    input.q
      ? or(
          ilike(sql`${alumni.familyName} || ${alumni.givenName}`, like(input.q.replace(/\s+/g, ""))),
          ilike(sql`${alumni.familyName} || ' ' || ${alumni.givenName}`, like(input.q)),
          ilike(sql`coalesce(${alumni.familyNameKana}, '') || coalesce(${alumni.givenNameKana}, '')`, like(input.q.replace(/\s+/g, ""))),
          ilike(alumni.currentEmployer, like(input.q)),
          ilike(alumni.currentRole, like(input.q)),
          ilike(sql`array_to_string(${alumni.skills}, ' ')`, like(input.q)),
        )
      : undefined,
  );
  const page = input.after ? and(where, sql`(${alumni.sortKey}, ${alumni.id}) > (${input.after.s}, ${input.after.i}::uuid)`) : where;
  const from = () =>
    db
      .select({
        id: alumni.id,
        familyName: alumni.familyName,
        givenName: alumni.givenName,
        department: alumni.department,
        leaveDate: alumni.leaveDate,
        currentEmployer: alumni.currentEmployer,
        currentRole: alumni.currentRole,
        skills: alumni.skills,
        sortKey: alumni.sortKey,
      })
      .from(alumni)
      .innerJoin(memberships, and(eq(memberships.userId, alumni.userId), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
      .innerJoin(
        alumniConsents,
        and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, "alumni_visibility"), eq(alumniConsents.granted, true)),
      );
  const [rows, [total]] = await Promise.all([
    from()
      .where(page)
      .orderBy(asc(alumni.sortKey), asc(alumni.id))
      .limit(input.limit + 1),
    db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(alumni)
      .innerJoin(memberships, and(eq(memberships.userId, alumni.userId), eq(memberships.tenantId, alumni.tenantId), eq(memberships.status, "active")))
      .innerJoin(
        alumniConsents,
        and(eq(alumniConsents.alumnusId, alumni.id), eq(alumniConsents.purpose, "alumni_visibility"), eq(alumniConsents.granted, true)),
      )
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

// Digest -------------------------------------------------------------------------------------------------------

export async function tenantsWithPostsSince(db: Db, since: Date) {
  return db
    .selectDistinct({ id: tenants.id, slug: tenants.slug, name: tenants.name, mfaRequiredForStaff: tenants.mfaRequiredForStaff })
    .from(tenants)
    .innerJoin(communityPosts, eq(communityPosts.tenantId, tenants.id))
    .where(gte(communityPosts.createdAt, since));
}

/** The visible posts since `since` in open groups each of `userIds` belongs to, written by someone else. */
export async function digestPosts(db: Db, input: { tenantId: string; userIds: string[]; since: Date; until: Date }) {
  if (!input.userIds.length) return [];
  return db
    .select({
      userId: communityMembers.userId,
      postId: communityPosts.id,
      groupId: communityGroups.id,
      groupName: communityGroups.name,
      body: communityPosts.body,
      createdAt: communityPosts.createdAt,
    })
    .from(communityMembers)
    .innerJoin(communityGroups, and(eq(communityGroups.id, communityMembers.groupId), isNull(communityGroups.archivedAt)))
    .innerJoin(communityPosts, eq(communityPosts.groupId, communityGroups.id))
    .where(
      and(
        eq(communityMembers.tenantId, input.tenantId),
        inArray(communityMembers.userId, input.userIds),
        eq(communityMembers.status, "active"),
        eq(communityPosts.status, "visible"),
        gte(communityPosts.createdAt, input.since),
        sql`${communityPosts.createdAt} < ${input.until.toISOString()}::timestamptz`,
        or(isNull(communityPosts.authorUserId), ne(communityPosts.authorUserId, communityMembers.userId)),
      ),
    )
    .orderBy(asc(communityMembers.userId), desc(communityPosts.createdAt));
}

// Privacy ------------------------------------------------------------------------------------------------------

/** Everything the community holds about one person of one tenant, for their data export. */
export async function personalData(db: Db, tenantId: string, userId: string) {
  const [groupRows, posts, comments, reactions, reports, suspensions] = await Promise.all([
    db
      .select({ groupName: communityGroups.name, role: communityMembers.role, status: communityMembers.status, joinedAt: communityMembers.joinedAt })
      .from(communityMembers)
      .innerJoin(communityGroups, eq(communityGroups.id, communityMembers.groupId))
      .where(and(eq(communityMembers.tenantId, tenantId), eq(communityMembers.userId, userId)))
      .orderBy(asc(communityMembers.joinedAt)),
    db
      .select({
        id: communityPosts.id,
        groupName: communityGroups.name,
        body: communityPosts.body,
        status: communityPosts.status,
        createdAt: communityPosts.createdAt,
        editedAt: communityPosts.editedAt,
      })
      .from(communityPosts)
      .innerJoin(communityGroups, eq(communityGroups.id, communityPosts.groupId))
      .where(and(eq(communityPosts.tenantId, tenantId), eq(communityPosts.authorUserId, userId)))
      .orderBy(asc(communityPosts.createdAt)),
    db
      .select({
        id: communityComments.id,
        postId: communityComments.postId,
        body: communityComments.body,
        status: communityComments.status,
        createdAt: communityComments.createdAt,
      })
      .from(communityComments)
      .where(and(eq(communityComments.tenantId, tenantId), eq(communityComments.authorUserId, userId)))
      .orderBy(asc(communityComments.createdAt)),
    db
      .select({ postId: communityReactions.postId, kind: communityReactions.kind, createdAt: communityReactions.createdAt })
      .from(communityReactions)
      .where(and(eq(communityReactions.tenantId, tenantId), eq(communityReactions.userId, userId)))
      .orderBy(asc(communityReactions.createdAt)),
    db
      .select({
        postId: communityReports.postId,
        commentId: communityReports.commentId,
        reason: communityReports.reason,
        note: communityReports.note,
        status: communityReports.status,
        createdAt: communityReports.createdAt,
      })
      .from(communityReports)
      .where(and(eq(communityReports.tenantId, tenantId), eq(communityReports.reporterUserId, userId)))
      .orderBy(asc(communityReports.createdAt)),
    db
      .select({ reason: communitySuspensions.reason, createdAt: communitySuspensions.createdAt, liftedAt: communitySuspensions.liftedAt })
      .from(communitySuspensions)
      .where(and(eq(communitySuspensions.tenantId, tenantId), eq(communitySuspensions.userId, userId)))
      .orderBy(asc(communitySuspensions.createdAt)),
  ]);
  return { groups: groupRows, posts, comments, reactions, reports, suspensions };
}

/**
 * Removes a person's community traces in one tenant: their posts (with the comments, reactions and reports on
 * them) and comments themselves, not only the link to the account; reactions, memberships, reports, suspensions,
 * notifications; and mentions of them in other people's texts, reduced to a neutral marker.
 */
export async function erasePerson(db: Db, tenantId: string, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  const posts = await db
    .delete(communityPosts)
    .where(and(eq(communityPosts.tenantId, tenantId), inArray(communityPosts.authorUserId, userIds)))
    .returning({ id: communityPosts.id });
  const comments = await db
    .delete(communityComments)
    .where(and(eq(communityComments.tenantId, tenantId), inArray(communityComments.authorUserId, userIds)))
    .returning({ postId: communityComments.postId });
  await db.delete(communityReactions).where(and(eq(communityReactions.tenantId, tenantId), inArray(communityReactions.userId, userIds)));
  await db.delete(communityReports).where(and(eq(communityReports.tenantId, tenantId), inArray(communityReports.reporterUserId, userIds)));
  await db.delete(communitySuspensions).where(and(eq(communitySuspensions.tenantId, tenantId), inArray(communitySuspensions.userId, userIds)));
  const left = await db
    .delete(communityMembers)
    .where(and(eq(communityMembers.tenantId, tenantId), inArray(communityMembers.userId, userIds)))
    .returning({ groupId: communityMembers.groupId });
  await db.delete(notifications).where(and(eq(notifications.tenantId, tenantId), inArray(notifications.userId, userIds)));
  const postIds = posts.map((p) => p.id);
  if (postIds.length) {
    await db.delete(notifications).where(and(eq(notifications.tenantId, tenantId), inArray(sql`${notifications.data}->>'postId'`, postIds)));
  }
  for (const userId of userIds) {
    const token = sql`${`@\\[[^\\]]*\\]\\(user:${userId}\\)`}`;
    const marker = "@—";
    for (const table of [communityPosts, communityComments]) {
      await db
        .update(table)
        .set({ body: sql`regexp_replace(${table.body}, ${token}, ${marker}, 'gi')` })
        .where(and(eq(table.tenantId, tenantId), ilike(table.body, `%user:${userId}%`)));
    }
  }
  for (const postId of new Set(comments.map((c) => c.postId))) await recountComments(db, postId);
  for (const groupId of new Set(left.map((m) => m.groupId))) await recountMembers(db, tenantId, groupId);
}
