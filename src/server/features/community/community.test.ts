import { eq, sql } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RegisteredAlumnus, registeredAlumnus } from "../../../../tests/support/consenting-alumni";
import { countQueries } from "../../../../tests/support/count-queries";
import { type SmtpSink, startSmtpSink } from "../../../../tests/support/smtp-sink";
import { createTestApp, PASSWORD, type TestApp } from "../../../../tests/support/test-app";
import { XSS_PAYLOADS } from "../../../../tests/support/xss-payloads";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { alumni } from "../../db/schema/alumni";
import { communityPosts } from "../../db/schema/community";
import { users } from "../../db/schema/tenancy";
import type { TenantRef } from "../../platform/context";
import { hashPassword } from "../../platform/security/passwords";
import * as consents from "../consents/consents.service";
import { runCommunityDigest } from "./community-digest";

let t: TestApp;
let sink: SmtpSink;
let passwordHash: string;
beforeAll(async () => {
  sink = await startSmtpSink();
  t = await createTestApp({ smtpUrl: sink.url, runWorker: true });
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await t?.close();
  await sink?.close();
});

const db = () => t.deps.database.db;
const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

interface Person extends RegisteredAlumnus {
  cookie: string;
  name: string;
}

/** A registered alumnus who can sign in, with a name of their own. */
async function alumnus(tenant: TenantRef, name: string, purposes: ConsentPurpose[] = ["community_news"]): Promise<Person> {
  const person = await registeredAlumnus(db(), tenant, { purposes });
  await db().update(users).set({ passwordHash, name }).where(eq(users.id, person.userId));
  const [family = name, given = ""] = name.split(" ");
  await db().update(alumni).set({ familyName: family, givenName: given }).where(eq(alumni.id, person.alumnusId));
  return { ...person, cookie: await t.signIn(person.email), name };
}

async function call(path: string, cookie: string, init: { method?: string; json?: unknown } = {}) {
  const res = await t.request(`/api/v1${path}`, { method: init.method ?? (init.json === undefined ? "GET" : "POST"), cookie, json: init.json });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function group(cookie: string, input: Record<string, unknown> = {}) {
  const res = await call("/community/groups", cookie, { json: { name: "エンジニア OB・OG 会", kind: "department", joinPolicy: "open", ...input } });
  expect(res.status).toBe(201);
  return res.body as { id: string; name: string };
}

async function post(groupId: string, cookie: string, body: string) {
  const res = await call(`/community/groups/${groupId}/posts`, cookie, { json: { body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; bodyHtml: string };
}

const notices = async (cookie: string) =>
  (await call("/me/notifications", cookie)).body as { items: { kind: string; data: Record<string, string> }[]; unread: number };

async function auditActions(tenantId: string) {
  return rowsOf<{ action: string; target_id: string; meta: Record<string, unknown> }>(
    await db().execute(sql`select action, target_id, meta from audit_events where tenant_id = ${tenantId} and action like 'community.%' order by id`),
  );
}

describe("community groups", () => {
  it("lets alumni join open groups at once and keeps approval groups closed until HR approves", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const open = await group(hr.cookie);
    const closed = await group(hr.cookie, { name: "子育てと仕事", kind: "interest", joinPolicy: "approval" });
    const a = await alumnus(tenant, "山本 翔太");

    expect((await call(`/community/groups/${open.id}/posts`, a.cookie)).status).toBe(403);
    expect((await call(`/community/groups/${open.id}/join`, a.cookie, { json: {} })).body).toEqual({ status: "active" });
    expect((await call(`/community/groups/${open.id}/posts`, a.cookie)).status).toBe(200);

    expect((await call(`/community/groups/${closed.id}/join`, a.cookie, { json: {} })).body).toEqual({ status: "pending" });
    const refused = await call(`/community/groups/${closed.id}/posts`, a.cookie);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("membership_pending");
    expect((await call(`/community/groups/${closed.id}/posts`, a.cookie, { json: { body: "こんにちは" } })).status).toBe(403);

    const list = (await call("/community/groups", a.cookie)).body;
    expect(list.items.map((g: { id: string; myStatus: string }) => [g.id, g.myStatus])).toEqual([
      [open.id, "active"],
      [closed.id, "pending"],
    ]);
    expect(list.items.every((g: { pendingCount: number }) => g.pendingCount === 0)).toBe(true);

    const pending = await call(`/community/groups/${closed.id}/members?status=pending`, hr.cookie);
    expect(pending.body.items.map((m: { userId: string }) => m.userId)).toEqual([a.userId]);
    expect((await call(`/community/groups/${closed.id}/members?status=pending`, a.cookie)).status).toBe(403);
    expect((await call(`/community/groups/${closed.id}/requests`, hr.cookie, { json: { userId: a.userId, approve: true } })).status).toBe(204);
    expect((await call(`/community/groups/${closed.id}/posts`, a.cookie)).status).toBe(200);
    const mine = await notices(a.cookie);
    expect(mine.items).toEqual([expect.objectContaining({ kind: "group_approved", data: { groupId: closed.id, groupName: "子育てと仕事" } })]);
    expect((await call(`/community/groups/${closed.id}`, a.cookie)).body.memberCount).toBe(1);

    expect((await call(`/community/groups/${closed.id}/leave`, a.cookie, { json: {} })).status).toBe(204);
    expect((await call(`/community/groups/${closed.id}/posts`, a.cookie)).status).toBe(403);
    const actions = (await auditActions(tenant.id)).map((r) => r.action);
    expect(actions).toEqual(["community.group_created", "community.group_created", "community.join_approved"]);
  });

  it("shows employees only the groups HR opened to them, where they can host; managers have no part", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const alumniOnly = await group(hr.cookie, { name: "営業部 OB 会" });
    const shared = await group(hr.cookie, { name: "社内勉強会（社員も参加）", openToEmployees: true });
    const employee = await t.as(tenant, "employee");

    const seen = (await call("/community/groups", employee.cookie)).body.items.map((g: { id: string }) => g.id);
    expect(seen).toEqual([shared.id]);
    expect((await call(`/community/groups/${alumniOnly.id}`, employee.cookie)).status).toBe(404);
    expect((await call(`/community/groups/${alumniOnly.id}/join`, employee.cookie, { json: {} })).status).toBe(404);

    expect((await call(`/community/groups/${alumniOnly.id}/members`, hr.cookie, { json: { userId: employee.member.userId, role: "host" } })).status).toBe(422);
    expect((await call(`/community/groups/${shared.id}/members`, hr.cookie, { json: { userId: employee.member.userId, role: "host" } })).status).toBe(204);
    const hosted = (await call(`/community/groups/${shared.id}`, employee.cookie)).body;
    expect(hosted).toMatchObject({ myStatus: "active", myRole: "host", canPost: true });
    await post(shared.id, employee.cookie, "来週の勉強会は **TypeScript** です。");

    const manager = await t.as(tenant, "manager");
    expect((await call("/community/groups", manager.cookie)).status).toBe(403);
    expect((await call("/community/reports", employee.cookie)).status).toBe(403);
    expect((await call("/community/suspensions", employee.cookie)).status).toBe(403);
  });

  it("answers another tenant's group with 404 to its alumni", async () => {
    const home = await t.tenant();
    const other = await t.tenant();
    const foreign = await group((await t.as(other, "hr")).cookie);
    const a = await alumnus(home, "佐藤 花子");
    expect((await call(`/community/groups/${foreign.id}/posts`, a.cookie, { json: { body: "hello" } })).status).toBe(404);
    expect((await call(`/community/groups/${foreign.id}/join`, a.cookie, { json: {} })).status).toBe(404);
  });
});

describe("community posts", () => {
  it("renders every XSS payload inert and refuses bodies over the limit with a localised 422", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie);
    const a = await alumnus(tenant, "山本 翔太");
    await call(`/community/groups/${g.id}/join`, a.cookie, { json: {} });

    for (const payload of [...XSS_PAYLOADS, "<script>window.__xss=1</script>", "[クリック](javascript:window.__xss=1)"]) {
      const { bodyHtml } = await post(g.id, a.cookie, payload);
      expect(bodyHtml).not.toMatch(/<(script|img|svg|iframe|object|embed|style|math|form|input)/i);
      expect(bodyHtml).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(bodyHtml).not.toMatch(/href="(?!https?:|mailto:)/i);
    }
    const link = await post(g.id, a.cookie, "[資料](https://example.com/a) と [危険](javascript:alert(1))");
    expect(link.bodyHtml).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer nofollow">資料</a>');
    expect(link.bodyHtml).not.toContain('href="javascript');

    const tooLong = await call(`/community/groups/${g.id}/posts`, a.cookie, { json: { body: "あ".repeat(5001) } });
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.errors[0].path).toBe("body");
    expect(tooLong.body.title).toMatch(/[ぁ-んァ-ン一-龥]/);
    const p = await post(g.id, a.cookie, "コメントの上限を確かめます");
    expect((await call(`/community/posts/${p.id}/comments`, a.cookie, { json: { body: "x".repeat(2001) } })).status).toBe(422);
    expect((await call(`/community/posts/${p.id}/comments`, a.cookie, { json: { body: "x".repeat(2000) } })).status).toBe(201);
  });

  it("notifies mentioned members (never outsiders), shows only the name, and tells authors of comments", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie);
    const author = await alumnus(tenant, "山本 翔太");
    const friend = await alumnus(tenant, "佐藤 花子");
    const outsider = await alumnus(tenant, "鈴木 一郎");
    for (const p of [author, friend]) await call(`/community/groups/${g.id}/join`, p.cookie, { json: {} });

    const suggestions = (await call(`/community/groups/${g.id}/members?q=${encodeURIComponent("佐藤")}`, author.cookie)).body.items;
    expect(suggestions).toEqual([expect.objectContaining({ userId: friend.userId, name: "佐藤 花子" })]);
    expect(JSON.stringify(suggestions)).not.toContain("@example.test");

    const written = await post(g.id, author.cookie, `@[佐藤 花子](user:${friend.userId}) さん、@[鈴木 一郎](user:${outsider.userId}) さん、お久しぶりです！`);
    expect(written.bodyHtml).toContain("<strong>@佐藤 花子</strong>");
    expect(written.bodyHtml).not.toContain(friend.userId);
    expect(written.bodyHtml).not.toContain(friend.email);

    const friendNotices = await notices(friend.cookie);
    expect(friendNotices.unread).toBe(1);
    expect(friendNotices.items[0]).toMatchObject({ kind: "mention", data: { postId: written.id, groupId: g.id, actorName: "山本 翔太" } });
    expect((await notices(outsider.cookie)).items).toEqual([]);
    expect((await notices(author.cookie)).items).toEqual([]);

    expect((await call(`/community/posts/${written.id}/comments`, friend.cookie, { json: { body: "こちらこそ！" } })).status).toBe(201);
    expect((await notices(author.cookie)).items).toEqual([expect.objectContaining({ kind: "comment", data: expect.objectContaining({ postId: written.id }) })]);
    const detail = (await call(`/community/posts/${written.id}`, author.cookie)).body;
    expect(detail.commentCount).toBe(1);
    expect(detail.comments[0]).toMatchObject({ author: { userId: friend.userId, name: "佐藤 花子", kind: "alumnus" }, mine: false });
    expect(JSON.stringify(detail)).not.toContain("@example.test");
  });

  it("keeps reactions idempotent, lets authors edit and delete only their own, and pins posts first", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie);
    const a = await alumnus(tenant, "山本 翔太");
    const b = await alumnus(tenant, "佐藤 花子");
    for (const p of [a, b]) await call(`/community/groups/${g.id}/join`, p.cookie, { json: {} });
    const welcome = await post(g.id, hr.cookie, "おかえりなさい！コミュニティのご案内");
    const first = await post(g.id, a.cookie, "最初の投稿");
    const second = await post(g.id, b.cookie, "二番目の投稿");

    for (let i = 0; i < 2; i++) {
      const r = await call(`/community/posts/${first.id}/reactions`, b.cookie, { json: { kind: "thanks" } });
      expect(r.body).toEqual({ reactions: { like: 0, thanks: 1, celebrate: 0, insightful: 0 }, myReactions: ["thanks"] });
    }
    const cleared = await call(`/community/posts/${first.id}/reactions`, b.cookie, { json: { kind: "thanks", active: false } });
    expect(cleared.body.reactions.thanks).toBe(0);
    await call(`/community/posts/${first.id}/reactions`, a.cookie, { json: { kind: "celebrate" } });

    expect((await call(`/community/posts/${first.id}`, b.cookie, { method: "PATCH", json: { body: "書き換え" } })).status).toBe(403);
    const edited = await call(`/community/posts/${first.id}`, a.cookie, { method: "PATCH", json: { body: "最初の投稿（編集）" } });
    expect(edited.body).toMatchObject({ body: "最初の投稿（編集）", mine: true });
    expect(edited.body.editedAt).not.toBeNull();
    expect((await call(`/community/posts/${second.id}`, a.cookie, { method: "DELETE" })).status).toBe(403);

    expect((await call(`/community/posts/${welcome.id}/pin`, a.cookie, { json: { pinned: true } })).status).toBe(403);
    expect((await call(`/community/posts/${welcome.id}/pin`, hr.cookie, { json: { pinned: true } })).body.pinned).toBe(true);
    const feed = (await call(`/community/groups/${g.id}/posts?limit=2`, a.cookie)).body;
    expect(feed.items.map((p: { id: string }) => p.id)).toEqual([welcome.id, second.id]);
    expect(feed.total).toBe(3);
    const next = (await call(`/community/groups/${g.id}/posts?limit=2&cursor=${feed.nextCursor}`, a.cookie)).body;
    expect(
      next.items.map((p: { id: string; reactions: { celebrate: number }; myReactions: string[] }) => [p.id, p.reactions.celebrate, p.myReactions]),
    ).toEqual([[first.id, 1, ["celebrate"]]]);
    expect(next.nextCursor).toBeNull();

    expect((await call(`/community/posts/${second.id}`, b.cookie, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/community/posts/${second.id}`, b.cookie)).status).toBe(404);
  });

  it("reads a group feed and a post in a fixed number of statements, however many posts and comments", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const a = await alumnus(tenant, "山本 翔太");
    const b = await alumnus(tenant, "佐藤 花子");
    const counts: number[] = [];
    const postCounts: number[] = [];
    for (const n of [10, 50]) {
      const g = await group(hr.cookie, { name: `グループ ${n}` });
      for (const p of [a, b]) await call(`/community/groups/${g.id}/join`, p.cookie, { json: {} });
      let last = "";
      for (let i = 0; i < n; i++) {
        last = (await post(g.id, i % 2 ? a.cookie : b.cookie, `投稿 ${i}`)).id;
        await call(`/community/posts/${last}/reactions`, a.cookie, { json: { kind: "like" } });
        await call(`/community/posts/${last}/comments`, b.cookie, { json: { body: `コメント ${i}` } });
      }
      for (let i = 0; i < n; i++) await call(`/community/posts/${last}/comments`, a.cookie, { json: { body: `追加のコメント ${i}` } });
      const feed = await countQueries(db(), () => call(`/community/groups/${g.id}/posts?limit=100`, a.cookie));
      expect(feed.result.body.items).toHaveLength(n);
      counts.push(feed.count);
      const detail = await countQueries(db(), () => call(`/community/posts/${last}`, a.cookie));
      expect(detail.result.body.comments).toHaveLength(n + 1);
      postCounts.push(detail.count);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(4);
    expect(postCounts[0]).toBe(postCounts[1]);
    expect(postCounts[0]).toBeLessThanOrEqual(5);
  });
});

describe("community moderation", () => {
  it("takes reports once, lets HR hide (reversibly) and remove, and audits every step", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie);
    const writer = await alumnus(tenant, "山本 翔太");
    const reader = await alumnus(tenant, "佐藤 花子");
    for (const p of [writer, reader]) await call(`/community/groups/${g.id}/join`, p.cookie, { json: {} });
    const bad = await post(g.id, writer.cookie, "不適切な投稿です");
    const comment = (await call(`/community/posts/${bad.id}/comments`, writer.cookie, { json: { body: "不適切なコメント" } })).body;

    const first = await call(`/community/posts/${bad.id}/reports`, reader.cookie, { json: { reason: "harassment", note: "言葉が強すぎます" } });
    expect(first.status).toBe(201);
    const again = await call(`/community/posts/${bad.id}/reports`, reader.cookie, { json: { reason: "spam" } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("already_reported");
    expect((await call(`/community/posts/${bad.id}/reports`, reader.cookie, { json: { reason: "spam", commentId: comment.id } })).status).toBe(201);

    const queue = (await call("/community/reports", hr.cookie)).body;
    expect(queue.total).toBe(2);
    const postReport = queue.items.find((r: { commentId: string | null }) => r.commentId === null);
    expect(postReport).toMatchObject({
      reason: "harassment",
      note: "言葉が強すぎます",
      groupName: g.name,
      target: { excerpt: "不適切な投稿です", status: "visible" },
    });
    expect((await call("/community/reports", reader.cookie)).status).toBe(403);

    const resolved = await call(`/community/reports/${postReport.id}/resolution`, hr.cookie, {
      json: { status: "actioned", action: "hide", reason: "ガイドライン違反（表現）" },
    });
    expect(resolved.status).toBe(204);
    expect((await call(`/community/posts/${bad.id}`, reader.cookie)).status).toBe(404);
    expect((await call(`/community/groups/${g.id}/posts`, reader.cookie)).body.items).toEqual([]);
    const hrView = (await call(`/community/groups/${g.id}/posts`, hr.cookie)).body.items[0];
    expect(hrView).toMatchObject({ id: bad.id, status: "hidden", moderationReason: "ガイドライン違反（表現）", body: "不適切な投稿です" });
    expect((await call("/community/reports", hr.cookie)).body.total).toBe(1);

    const unhidden = await call(`/community/posts/${bad.id}/moderation`, hr.cookie, { json: { action: "unhide", reason: "誤りでした" } });
    expect(unhidden.body.status).toBe("visible");
    expect((await call(`/community/posts/${bad.id}`, reader.cookie)).body.moderationReason).toBeNull();

    const commentReport = (await call("/community/reports", hr.cookie)).body.items[0];
    await call(`/community/reports/${commentReport.id}/resolution`, hr.cookie, { json: { status: "actioned", action: "remove", reason: "個人情報" } });
    expect((await call(`/community/posts/${bad.id}`, reader.cookie)).body.comments).toEqual([]);
    const removed = await call(`/community/posts/${bad.id}/moderation`, hr.cookie, { json: { action: "remove", reason: "再投稿のため削除" } });
    expect(removed.body).toMatchObject({ status: "removed", body: "", bodyHtml: "" });
    const [stored] = await db().select({ body: communityPosts.body }).from(communityPosts).where(eq(communityPosts.id, bad.id));
    expect(stored?.body).toBe("");
    expect((await call(`/community/posts/${bad.id}/moderation`, reader.cookie, { json: { action: "hide", reason: "x" } })).status).toBe(403);

    const audit = await auditActions(tenant.id);
    expect(audit.map((r) => r.action)).toEqual([
      "community.group_created",
      "community.post_hidden",
      "community.report_actioned",
      "community.post_unhidden",
      "community.comment_removed",
      "community.report_actioned",
      "community.post_removed",
    ]);
    expect(JSON.stringify(audit)).not.toContain("不適切");
    expect(JSON.stringify(audit)).not.toContain("ガイドライン");
  });

  it("hides comments from members but not from HR, and keeps editing to the author", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie);
    const a = await alumnus(tenant, "山本 翔太");
    const b = await alumnus(tenant, "佐藤 花子");
    for (const p of [a, b]) await call(`/community/groups/${g.id}/join`, p.cookie, { json: {} });
    const p = await post(g.id, a.cookie, "質問があります");
    const c = (await call(`/community/posts/${p.id}/comments`, b.cookie, { json: { body: "回答です" } })).body;
    expect((await call(`/community/comments/${c.id}`, a.cookie, { method: "PATCH", json: { body: "書き換え" } })).status).toBe(403);
    expect((await call(`/community/comments/${c.id}`, b.cookie, { method: "PATCH", json: { body: "回答です（追記）" } })).body.body).toBe("回答です（追記）");

    const hidden = await call(`/community/comments/${c.id}/moderation`, hr.cookie, { json: { action: "hide", reason: "確認中" } });
    expect(hidden.body.status).toBe("hidden");
    expect((await call(`/community/posts/${p.id}`, a.cookie)).body).toMatchObject({ commentCount: 0, comments: [] });
    expect((await call(`/community/comments/${c.id}`, b.cookie, { method: "PATCH", json: { body: "再編集" } })).status).toBe(404);
    const staffView = (await call(`/community/posts/${p.id}`, hr.cookie)).body;
    expect(staffView.comments).toEqual([expect.objectContaining({ id: c.id, status: "hidden", body: "回答です（追記）" })]);
    const employee = await t.as(tenant, "employee");
    expect((await call(`/community/posts/${p.id}`, employee.cookie)).status).toBe(404);
    expect((await call("/community/directory", employee.cookie)).status).toBe(200);
  });

  it("suspends a member from posting, commenting, reacting and reporting, with a clear message, until lifted", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie);
    const a = await alumnus(tenant, "山本 翔太");
    await call(`/community/groups/${g.id}/join`, a.cookie, { json: {} });
    const p = await post(g.id, a.cookie, "停止前の投稿");

    const suspended = await call("/community/suspensions", hr.cookie, { json: { userId: a.userId, reason: "度重なるガイドライン違反" } });
    expect(suspended.status).toBe(201);
    expect((await call("/community/suspensions", hr.cookie, { json: { userId: a.userId, reason: "二重" } })).status).toBe(409);
    const hrUser = hr.member.userId;
    expect((await call("/community/suspensions", hr.cookie, { json: { userId: hrUser, reason: "x" } })).status).toBe(422);

    const attempts = [
      call(`/community/groups/${g.id}/posts`, a.cookie, { json: { body: "投稿できますか" } }),
      call(`/community/posts/${p.id}/comments`, a.cookie, { json: { body: "コメント" } }),
      call(`/community/posts/${p.id}/reactions`, a.cookie, { json: { kind: "like" } }),
      call(`/community/posts/${p.id}/reports`, a.cookie, { json: { reason: "spam" } }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe("community_suspended");
      expect(res.body.detail ?? res.body.title).toContain("一時停止");
    }
    expect((await call(`/community/groups/${g.id}/posts`, a.cookie)).status).toBe(200);
    expect((await call("/community/groups", a.cookie)).body.suspended).toBe(true);
    expect((await call(`/community/groups/${g.id}`, a.cookie)).body.canPost).toBe(false);

    const lifted = await call(`/community/suspensions/${suspended.body.id}/lift`, hr.cookie, { json: {} });
    expect(lifted.body.liftedAt).not.toBeNull();
    expect((await call(`/community/groups/${g.id}/posts`, a.cookie, { json: { body: "復帰しました" } })).status).toBe(201);
    const audit = await auditActions(tenant.id);
    expect(audit.filter((r) => r.action.includes("suspen")).map((r) => [r.action, r.target_id])).toEqual([
      ["community.member_suspended", a.userId],
      ["community.suspension_lifted", a.userId],
    ]);
  });
});

describe("alumni directory", () => {
  it("lists only registered alumni who let other alumni see them, with no contact or HR data, and drops them on withdrawal", async () => {
    const tenant = await t.tenant();
    const visible = await alumnus(tenant, "山本 翔太", ["alumni_visibility"]);
    await db()
      .update(alumni)
      .set({
        department: "開発部",
        currentEmployer: "株式会社テックフォワード",
        currentRole: "テックリード",
        skills: ["TypeScript", "AWS"],
        hrNotes: "社内メモ",
        leaveDate: "2021-06-30",
      })
      .where(eq(alumni.id, visible.alumnusId));
    const hidden = await alumnus(tenant, "佐藤 花子", ["community_news"]);
    const employee = await t.as(tenant, "employee");

    const page = (await call("/community/directory", hidden.cookie)).body;
    expect(page.items).toEqual([
      {
        alumnusId: visible.alumnusId,
        name: "山本 翔太",
        department: "開発部",
        leaveYear: 2021,
        currentEmployer: "株式会社テックフォワード",
        currentRole: "テックリード",
        skills: ["TypeScript", "AWS"],
      },
    ]);
    expect(JSON.stringify(page)).not.toMatch(/社内メモ|@example\.test|eligib/);
    for (const q of ["テックフォワード", "aws", "山本", "山本翔太"]) {
      expect((await call(`/community/directory?q=${encodeURIComponent(q)}`, employee.cookie)).body.total, q).toBe(1);
    }
    expect((await call(`/community/directory?q=${encodeURIComponent("存在しない")}`, employee.cookie)).body.total).toBe(0);

    await consents.changeConsents(db(), {
      tenantId: tenant.id,
      alumnusId: visible.alumnusId,
      answers: { alumni_visibility: false },
      noticeVersion: 1,
      source: "portal",
      actor: { kind: "anonymous" },
      requestId: "test",
    });
    expect((await call("/community/directory", hidden.cookie)).body.items).toEqual([]);
  });
});

describe("weekly digest", () => {
  const to = (mail: ParsedMail) => (mail.to && "text" in mail.to ? mail.to.text : "");

  it("mails the week's new posts of their groups to consenting members only, once per week", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie, { name: "2019〜2021年卒業の会", kind: "leave_year" });
    const other = await group(hr.cookie, { name: "関係ないグループ" });
    const reader = await alumnus(tenant, "山本 翔太", ["community_news"]);
    const noConsent = await alumnus(tenant, "佐藤 花子", ["company_news"]);
    const quiet = await alumnus(tenant, "鈴木 一郎", ["community_news"]);
    const writer = await alumnus(tenant, "高橋 美咲", ["community_news"]);
    for (const p of [reader, noConsent, writer]) await call(`/community/groups/${g.id}/join`, p.cookie, { json: {} });
    await call(`/community/groups/${other.id}/join`, quiet.cookie, { json: {} });
    const fresh = await post(g.id, writer.cookie, "## 同窓会のお知らせ\n\n12月に **同窓会** を開きます <script>x</script>");
    const old = await post(g.id, writer.cookie, "先月の投稿");
    await db()
      .update(communityPosts)
      .set({ createdAt: new Date(Date.now() - 10 * 24 * 3600 * 1000) })
      .where(eq(communityPosts.id, old.id));
    const hiddenPost = await post(g.id, writer.cookie, "非表示にされる投稿");
    await call(`/community/posts/${hiddenPost.id}/moderation`, hr.cookie, { json: { action: "hide", reason: "確認中" } });

    const before = sink.messages.length;
    const now = new Date(Date.now() + 1000);
    const ours = new Set([reader, noConsent, quiet, writer].map((p) => p.email));
    const mailsOfTenant = () => sink.messages.slice(before).filter((m) => ours.has(to(m)));
    await runCommunityDigest(t.deps, now);
    await expect.poll(() => mailsOfTenant().length, { timeout: 20_000 }).toBe(1);
    await runCommunityDigest(t.deps, now);
    await new Promise((r) => setTimeout(r, 1500));

    const mails = mailsOfTenant();
    expect(mails.map(to)).toEqual([reader.email]);
    const [mail] = mails;
    expect(mail?.subject).toContain("今週のコミュニティ新着（1件）");
    expect(mail?.text).toContain("山本 翔太 様");
    expect(mail?.text).toContain("「2019〜2021年卒業の会」");
    expect(mail?.text).toContain("同窓会のお知らせ 12月に 同窓会 を開きます");
    expect(mail?.text).toContain(`/alumni/community/posts/${fresh.id}`);
    expect(mail?.text).not.toContain("先月の投稿");
    expect(mail?.text).not.toContain("非表示");
    expect(mail?.html || "").not.toContain("<script>");
    expect(mail?.headerLines.some((h) => h.key === "list-unsubscribe-post")).toBe(true);
  });
});

describe("community and privacy", () => {
  it("puts the person's community data in their export and erases posts, comments and mentions of them", async () => {
    const tenant = await t.tenant();
    const hr = await t.as(tenant, "hr");
    const g = await group(hr.cookie, { name: "子育てと仕事" });
    const leaving = await alumnus(tenant, "山田 花子");
    const staying = await alumnus(tenant, "佐藤 一郎");
    for (const p of [leaving, staying]) await call(`/community/groups/${g.id}/join`, p.cookie, { json: {} });
    const own = await post(g.id, leaving.cookie, "保育園探しの体験談です");
    const other = await post(g.id, staying.cookie, `@[山田 花子](user:${leaving.userId}) さん、ありがとうございます`);
    await call(`/community/posts/${other.id}/comments`, leaving.cookie, { json: { body: "どういたしまして" } });
    await call(`/community/posts/${other.id}/reactions`, leaving.cookie, { json: { kind: "thanks" } });
    await call(`/community/posts/${other.id}/reports`, leaving.cookie, { json: { reason: "other", note: "確認のため" } });

    const exported = (await call("/me/alumni/data?format=json", leaving.cookie)).body;
    expect(exported.community.groups).toEqual([expect.objectContaining({ group: "子育てと仕事", status: "active" })]);
    expect(exported.community.posts).toEqual([expect.objectContaining({ id: own.id, body: "保育園探しの体験談です" })]);
    expect(exported.community.comments).toEqual([expect.objectContaining({ body: "どういたしまして" })]);
    expect(exported.community.reactions).toEqual([expect.objectContaining({ postId: other.id, kind: "thanks" })]);
    expect(exported.community.reports).toEqual([expect.objectContaining({ reason: "other", note: "確認のため" })]);

    const request = (await call("/privacy/requests", hr.cookie, { json: { alumnusId: leaving.alumnusId, kind: "erasure", details: null } })).body;
    const preview = (await call(`/privacy/requests/${request.id}/erasure`, hr.cookie)).body;
    expect(preview.removes).toMatchObject({ communityPosts: 1, communityComments: 1 });
    const erased = await call(`/privacy/requests/${request.id}/erase`, hr.cookie, { json: { confirmation: "山田 花子", version: 1 } });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);

    const left = rowsOf<{ body: string }>(
      await db().execute(
        sql`select body from community_posts where tenant_id = ${tenant.id} union all select body from community_comments where tenant_id = ${tenant.id}`,
      ),
    );
    expect(left.map((r) => r.body)).toEqual(["@— さん、ありがとうございます"]);
    const traces = { community_members: "user_id", community_reactions: "user_id", community_reports: "reporter_user_id", notifications: "user_id" };
    for (const [table, column] of Object.entries(traces)) {
      const rows = rowsOf<{ n: number }>(
        await db().execute(sql`select count(*)::int as n from ${sql.raw(table)} where ${sql.raw(column)} = ${leaving.userId}`),
      );
      expect(rows[0]?.n ?? 0, table).toBe(0);
    }
    const feed = (await call(`/community/posts/${other.id}`, staying.cookie)).body;
    expect(feed).toMatchObject({ commentCount: 0, reactions: { thanks: 0 }, comments: [] });
    expect(JSON.stringify(feed)).not.toContain("山田");
    expect((await call(`/community/groups/${g.id}`, staying.cookie)).body.memberCount).toBe(1);
  });
});
