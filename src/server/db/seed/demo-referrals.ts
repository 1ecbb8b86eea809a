import { and, eq } from "drizzle-orm";
import * as referrals from "../../features/referrals/referrals.service";
import type { TenantContext } from "../../platform/context";
import { positions, referralLinks, referrals as referralRows } from "../schema/recruiting";
import { asMember as as } from "./demo-actors";

const DAY = 86_400_000;

async function positionId(ctx: TenantContext, titleJa: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.tenantId, ctx.tenant.id), eq(positions.titleJa, titleJa)))
    .limit(1);
  return row?.id ?? null;
}

/**
 * 鈴木 花子's referrals: a shared link for the frontend position (opened a few times, one application), a friend
 * for the payments backend, a former colleague who consents to referral requests, one that expired, and a
 * colleague's second referral of the same friend (a duplicate). All through the referrals service.
 */
export async function seedDemoReferrals(ctx: TenantContext): Promise<void> {
  const hanako = await as(ctx, "employee@demo.okaeri.test");
  const daisuke = await as(ctx, "nakamura.daisuke@demo.okaeri.test");
  const yumi = await as(ctx, "kobayashi.yumi@demo.okaeri.test");
  const backend = await positionId(ctx, "バックエンドエンジニア（決済基盤）");
  const frontend = await positionId(ctx, "フロントエンドエンジニア");
  const sales = await positionId(ctx, "法人営業（エンタープライズ）");
  const analyst = await positionId(ctx, "データアナリスト");
  if (!hanako || !backend || !frontend || !sales || !analyst) return;

  const link = await referrals.myReferralLink({ ctx: hanako, positionId: frontend });
  await ctx.db.update(referralLinks).set({ openCount: 7 }).where(eq(referralLinks.id, link.id));
  await referrals.applyThroughLink({
    ctx: { ...ctx, clientIp: "seed" },
    token: link.token,
    input: {
      fullName: "高橋 美咲",
      email: "misaki.takahashi@example.jp",
      phone: null,
      message: "鈴木さんから伺い、React でのプロダクト開発に惹かれて応募しました。",
      privacyConsent: true,
    },
  });

  const friend = {
    kind: "friend" as const,
    positionId: backend,
    fullName: "佐藤 健",
    email: "ken.sato@example.jp",
    phone: "090-1234-5678",
    relationship: "前職（SIer）の同僚",
    reason: "Java と Go での決済系システムの開発経験が8年あり、要件定義からリードできる方です。ご本人も転職を考え始めたところです。",
    personAware: true,
  };
  await referrals.createReferral({ ctx: hanako, input: friend });

  const referable = await referrals.listReferableAlumni({ ctx: hanako, query: { limit: 20 } });
  const colleague = referable.items.find((a) => a.name !== "山本 翔太");
  if (colleague) {
    await referrals.createReferral({
      ctx: hanako,
      input: {
        kind: "alumnus",
        positionId: frontend,
        alumnusId: colleague.id,
        relationship: "開発部で同じチームでした",
        reason: "TypeScript と React に詳しく、デザイナーとの協業が上手な方です。リモート中心の今の働き方にも合うと思います。",
      },
    });
  }

  const expired = await referrals.createReferral({
    ctx: hanako,
    input: {
      ...friend,
      positionId: analyst,
      fullName: "井上 直樹",
      email: "naoki.inoue@example.jp",
      phone: null,
      relationship: "大学のゼミの同期",
      reason: "マーケティングデータの分析経験があります。",
    },
  });
  const past = new Date(Date.now() - 200 * DAY);
  await ctx.db
    .update(referralRows)
    .set({ createdAt: past, expiresAt: new Date(past.getTime() + 180 * DAY), status: "expired" })
    .where(eq(referralRows.id, expired.id));

  if (daisuke) {
    await referrals.createReferral({
      ctx: daisuke,
      input: { ...friend, relationship: "勉強会仲間", reason: "決済ドメインに強く、信頼できるエンジニアです。" },
    });
  }
  if (yumi) {
    await referrals.createReferral({
      ctx: yumi,
      input: {
        kind: "friend",
        positionId: sales,
        fullName: "松本 彩",
        email: "aya.matsumoto@example.jp",
        phone: null,
        relationship: "以前の取引先のご担当者",
        reason: "大手企業向けの提案営業で実績があり、業界知識も豊富です。",
        personAware: true,
      },
    });
  }
}
