import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Role } from "../../../shared/roles";
import * as community from "../../features/community/community.service";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { communityComments, communityGroups, communityPosts } from "../schema/community";
import { memberships, users } from "../schema/tenancy";

const DAY_MS = 24 * 60 * 60 * 1000;

interface Person {
  userId: string;
  name: string;
  role: Role;
  ctx: TenantContext;
}

/** The context of one person acting in the community, as their own request would build it. */
function as(ctx: TenantContext, person: { userId: string; name: string; email: string; role: Role; membershipId: string }): TenantContext {
  return {
    ...ctx,
    actor: { kind: "member", role: person.role, userId: person.userId, membershipId: person.membershipId, sessionHash: "seed" },
    user: { id: person.userId, email: person.email, name: person.name, locale: "ja", mfaEnabled: false, memberships: [] },
  };
}

const mention = (p: Person) => `@[${p.name}](user:${p.userId})`;

/**
 * Groups, posts, comments and reactions of the demo company, written through the community service by the demo's
 * registered alumni, HR and the demo employee (so notifications and audit rows exist as in real use), then dated
 * back over the last weeks. The demo alumnus (山本 翔太) belongs to two groups and has an unread mention.
 */
export async function seedDemoCommunity(ctx: TenantContext): Promise<void> {
  const rows = await ctx.db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, membershipId: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenant.id), eq(memberships.status, "active")));
  const registered = await ctx.db
    .select({ userId: alumni.userId })
    .from(alumni)
    .where(and(eq(alumni.tenantId, ctx.tenant.id), isNotNull(alumni.registeredAt), isNotNull(alumni.userId)));
  const registeredIds = new Set(registered.map((r) => r.userId));
  const person = (row: (typeof rows)[number]): Person => ({
    userId: row.userId,
    name: row.name,
    role: row.role as Role,
    ctx: as(ctx, { ...row, role: row.role as Role }),
  });
  const byEmail = (email: string) => {
    const row = rows.find((r) => r.email === email);
    return row ? person(row) : undefined;
  };
  const hr = byEmail("hr@demo.okaeri.test");
  const employee = byEmail("employee@demo.okaeri.test");
  const shota = byEmail("alumni@demo.okaeri.test");
  const chihiro = byEmail("chihiro.n@example.jp");
  const others = rows.filter((r) => r.role === "alumnus" && registeredIds.has(r.userId) && ![shota?.userId, chihiro?.userId].includes(r.userId)).map(person);
  if (!hr || !employee || !shota || !chihiro || others.length < 2) return;
  const [sales, frontend, third] = others as [Person, Person, Person | undefined];

  const group = async (input: Parameters<typeof community.createGroup>[0]["input"]) => (await community.createGroup({ ctx: hr.ctx, input })).id;
  const engineers = await group({
    name: "エンジニア OB・OG 会",
    description: "エンジニアリング部に在籍していた方のグループです。技術の話題、勉強会のお知らせ、近況報告などお気軽にどうぞ。",
    kind: "department",
    joinPolicy: "open",
    openToEmployees: false,
  });
  const years = await group({
    name: "2019〜2021年卒業の会",
    description: "2019年から2021年にかけて卒業した方の同期会です。",
    kind: "leave_year",
    joinPolicy: "open",
    openToEmployees: false,
  });
  const parenting = await group({
    name: "子育てと仕事",
    description: "子育てとキャリアの両立について、経験や情報を共有する場です。安心して話せるよう、参加は承認制にしています。",
    kind: "interest",
    joinPolicy: "approval",
    openToEmployees: false,
  });
  const salesGroup = await group({
    name: "営業部 OB 会",
    description: "営業部の卒業生のグループです。業界の動向や、お客様とのつながりを大切にする場として活用してください。",
    kind: "department",
    joinPolicy: "open",
    openToEmployees: false,
  });
  const study = await group({
    name: "社内勉強会（社員も参加）",
    description: "毎月の社内勉強会をアルムナイにも開いています。社員がホストを務めます。テーマの希望もお寄せください。",
    kind: "interest",
    joinPolicy: "open",
    openToEmployees: true,
  });
  await group({
    name: "キャリア相談室",
    description: "転職・独立・学び直しなど、キャリアについて気軽に相談し合えるグループです。",
    kind: "other",
    joinPolicy: "open",
    openToEmployees: false,
  });

  const join = async (p: Person, id: string) => community.joinGroup({ ctx: p.ctx, id });
  for (const p of [shota, chihiro, frontend]) await join(p, engineers);
  for (const p of [chihiro, sales, frontend, ...(third ? [third] : [])]) await join(p, years);
  await join(chihiro, parenting);
  await community.decideJoinRequest({ ctx: hr.ctx, id: parenting, input: { userId: chihiro.userId, approve: true } });
  await join(sales, parenting);
  await community.decideJoinRequest({ ctx: hr.ctx, id: parenting, input: { userId: sales.userId, approve: true } });
  await join(frontend, parenting);
  await join(sales, salesGroup);
  for (const p of [shota, frontend]) await join(p, study);
  await community.addMember({ ctx: hr.ctx, id: study, input: { userId: employee.userId, role: "host" } });

  const dated: { id: string; at: Date; kind: "post" | "comment" }[] = [];
  const now = Date.now();
  const post = async (p: Person, groupId: string, body: string, daysAgo: number) => {
    const created = await community.createPost({ ctx: p.ctx, id: groupId, input: { body } });
    dated.push({ id: created.id, at: new Date(now - daysAgo * DAY_MS), kind: "post" });
    return created.id;
  };
  const comment = async (p: Person, postId: string, body: string, daysAgo: number) => {
    const created = await community.createComment({ ctx: p.ctx, id: postId, input: { body } });
    dated.push({ id: created.id, at: new Date(now - daysAgo * DAY_MS), kind: "comment" });
  };
  const react = (p: Person, postId: string, kind: "like" | "thanks" | "celebrate" | "insightful") =>
    community.setReaction({ ctx: p.ctx, id: postId, input: { kind, active: true } });

  const welcome = await post(
    hr,
    engineers,
    "## おかえりなさい！コミュニティのご案内\n\nさくらテクノロジーのアルムナイコミュニティへようこそ。卒業後も、こうしてつながっていられることをうれしく思います。\n\n- 近況報告や技術の話題など、どうぞお気軽に投稿してください\n- 「@」でメンバーの名前を呼ぶと、その方にお知らせが届きます\n- 気になる投稿は「通報」から人事にお知らせください\n\n詳しいガイドラインは [こちら](https://sakura-tech.example/alumni/guidelines) をご覧ください。",
    27,
  );
  await community.pinPost({ ctx: hr.ctx, id: welcome, input: { pinned: true } });
  await react(shota, welcome, "thanks");
  await react(chihiro, welcome, "thanks");

  const k8s = await post(
    shota,
    engineers,
    "ご無沙汰しています、山本です。いまは SRE として Kubernetes の運用基盤を担当しています。\n\n在籍中にお世話になった監視の仕組み、今でも参考にしています。**Prometheus のアラート設計**で悩んでいる方がいれば、情報交換しましょう！",
    20,
  );
  await comment(frontend, k8s, "お久しぶりです！ちょうどアラート疲れに悩んでいるところでした。今度お話を聞かせてください。", 19);
  await comment(shota, k8s, "ぜひ！来月あたりオンラインで30分ほどいかがでしょう。", 19);
  await react(frontend, k8s, "insightful");
  await react(chihiro, k8s, "like");

  const meetup = await post(
    chihiro,
    engineers,
    `${mention(shota)} さん、先日は勉強会の資料をありがとうございました！大学院の研究でもオブザーバビリティの考え方がとても役に立っています。`,
    2,
  );
  await react(frontend, meetup, "like");

  const tsPost = await post(
    frontend,
    engineers,
    "フリーランスになって1年が経ちました。React 19 の新しいフックを案件で使い始めています。\n\n同じように独立した方、案件探しや確定申告の工夫など情報交換できるとうれしいです。",
    12,
  );
  await comment(chihiro, tsPost, "1周年おめでとうございます！確定申告は毎年ドキドキしますね。", 11);
  await react(shota, tsPost, "celebrate");

  const reunion = await post(
    chihiro,
    years,
    "同期のみなさん、お元気ですか？12月に**オンライン同窓会**を開きたいと思っています。\n\n候補日: 12月6日（土）または12月13日（土）の20時から\n\n参加できそうな日をコメントで教えてください！",
    9,
  );
  await comment(sales, reunion, "13日なら参加できます！楽しみにしています。", 8);
  await comment(frontend, reunion, "どちらも大丈夫です。幹事ありがとうございます。", 8);
  await react(sales, reunion, "celebrate");

  const newJob = await post(
    sales,
    years,
    "ご報告です。この春から営業マネージャーとして新しいチームを持つことになりました。さくらで学んだ提案の型が、いまも私の土台です。",
    15,
  );
  await comment(chihiro, newJob, "おめでとうございます！マネージャー業、応援しています。", 14);
  await react(chihiro, newJob, "celebrate");
  await react(frontend, newJob, "celebrate");

  const spam = await post(
    third ?? frontend,
    years,
    "【限定】副業で月30万円！今だけ無料セミナーのご案内です。詳細はプロフィールのリンクから今すぐ登録してください！！",
    3,
  );
  await community.reportPost({ ctx: chihiro.ctx, id: spam, input: { reason: "spam", note: "同窓会の投稿の流れに無関係な勧誘だと思います。" } });

  const nursery = await post(chihiro, parenting, "保活の時期になりました。復職のタイミングと保育園の入園時期の調整、みなさんはどうされましたか？", 10);
  await comment(sales, nursery, "うちは4月入園に合わせて復職日を決めました。慣らし保育の期間を長めに見ておくと安心です。", 9);
  await react(sales, nursery, "thanks");

  const salesPost = await post(
    sales,
    salesGroup,
    "最近は SaaS 業界でもインサイドセールスの分業が当たり前になりましたね。さくらの営業部の最近の体制も気になります。",
    6,
  );
  await react(sales, salesPost, "like");

  const studyPost = await post(
    employee,
    study,
    "## 12月の社内勉強会のお知らせ\n\nテーマ: **生成AIと業務改善**（社員・アルムナイどちらも参加できます）\n\n日時: 12月18日（木）19:00〜20:30（オンライン）\n\n参加を希望される方はこの投稿にコメントしてください。",
    4,
  );
  await comment(shota, studyPost, "参加希望です！SRE の現場での活用事例もお話しできます。", 3);
  await comment(employee, studyPost, `${mention(shota)} さん、ありがとうございます！ぜひ10分ほど事例紹介をお願いできますか？`, 1);
  await react(frontend, studyPost, "like");

  const career = await post(
    frontend,
    years,
    "みなさんは卒業後、どんなふうに学び直しをしていますか？私は夜間のオンライン講座でデータ分析を勉強中です。おすすめの教材があれば教えてください。",
    7,
  );
  await comment(chihiro, career, "大学院の授業で使っている統計の入門書がわかりやすいです。今度タイトルをお送りしますね。", 6);
  await comment(sales, career, "私は会社の補助を使って中小企業診断士の勉強を始めました。仲間がいると続きますね。", 5);
  await react(chihiro, career, "insightful");

  const tips = await post(
    shota,
    engineers,
    "在籍中に書いた運用手順書、後任の方がまだ使ってくれていると聞いてうれしくなりました。引き継ぎ資料は未来の自分のためでもありますね。",
    5,
  );
  await comment(frontend, tips, "山本さんの手順書、本当にわかりやすかったです！", 4);
  await react(chihiro, tips, "thanks");

  await comment(shota, meetup, "こちらこそ、聞いてくださってありがとうございました。研究、応援しています！", 1);
  const lunch = await post(
    employee,
    study,
    "11月の勉強会（テーマ: 社内の問い合わせ対応の自動化）の資料を共有します。[スライドはこちら](https://sakura-tech.example/study/2026-11) からご覧いただけます。",
    16,
  );
  await comment(frontend, lunch, "資料ありがとうございます。フロントエンドの観点からも何かお話しできればと思います。", 15);
  await react(shota, lunch, "thanks");

  for (const item of dated) {
    if (item.kind === "post") {
      await ctx.db.update(communityPosts).set({ createdAt: item.at }).where(eq(communityPosts.id, item.id));
    } else {
      await ctx.db.update(communityComments).set({ createdAt: item.at }).where(eq(communityComments.id, item.id));
    }
  }
  await ctx.db
    .update(communityPosts)
    .set({ pinnedAt: new Date(now - 27 * DAY_MS) })
    .where(inArray(communityPosts.id, [welcome]));
  await ctx.db
    .update(communityGroups)
    .set({ lastPostAt: sql`(select max(${communityPosts.createdAt}) from ${communityPosts} where ${communityPosts.groupId} = ${communityGroups.id})` })
    .where(eq(communityGroups.tenantId, ctx.tenant.id));
}
