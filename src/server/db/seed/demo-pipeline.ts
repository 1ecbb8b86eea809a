import { and, asc, eq, isNull, notInArray, sql } from "drizzle-orm";
import type { CandidateSource, DefaultStageKey, RejectionReason } from "../../../shared/recruiting";
import * as pipeline from "../../features/pipeline/pipeline.service";
import { enterPipeline } from "../../features/pipeline/pipeline-entry";
import { ensureStages } from "../../features/pipeline/stages.repo";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { candidateActivities, candidates, domainEvents, positions } from "../schema/recruiting";
import { asMember, tokyoSlot } from "./demo-actors";

const DAY = 86_400_000;
const PATH: DefaultStageKey[] = ["contacted", "casual_talk", "applied", "screening", "interviews", "offer"];

type Person = { alumnus: number } | { fullName: string; kana: string; email: string; phone?: string };
interface Entry {
  person: Person;
  /** Index into the open positions (by opening date); null: not tied to one yet. */
  position: number | null;
  source: CandidateSource;
  detail?: string;
  owner: "hr" | "manager";
  to: DefaultStageKey;
  reason?: RejectionReason;
  reasonNote?: string;
  /** How long ago they entered the pipeline, and how long they have been in their current stage. */
  since: number;
  inStage: number;
  note?: string;
}

const outside = (fullName: string, kana: string, local: string): Person => ({ fullName, kana, email: `${local}@example.jp` });

/** About twenty-five candidates over every stage and source, two interviews next week, one alumnus hired three weeks ago. */
const ENTRIES: Entry[] = [
  {
    person: { alumnus: 0 },
    position: 0,
    source: "alumni",
    owner: "hr",
    to: "hired",
    since: 60,
    inStage: 21,
    note: "前職での決済基盤の経験がそのまま活きる方。チームからの信頼も厚かったです。",
  },
  {
    person: { alumnus: 1 },
    position: 0,
    source: "alumni",
    owner: "hr",
    to: "interviews",
    since: 25,
    inStage: 4,
    note: "カジュアル面談で、決済領域への関心が高いことを確認しました。",
  },
  {
    person: outside("佐々木 翼", "ササキ ツバサ", "tsubasa.sasaki"),
    position: 0,
    source: "employee_referral",
    owner: "hr",
    to: "screening",
    since: 12,
    inStage: 5,
  },
  {
    person: outside("石井 理沙", "イシイ リサ", "risa.ishii"),
    position: 0,
    source: "agency",
    detail: "株式会社キャリアブリッジ",
    owner: "hr",
    to: "applied",
    since: 6,
    inStage: 6,
  },
  {
    person: { alumnus: 2 },
    position: 1,
    source: "alumni",
    owner: "manager",
    to: "interviews",
    since: 20,
    inStage: 3,
    note: "フロントエンドの設計経験が豊富。二次面接で技術的な深掘りを予定。",
  },
  { person: outside("森 悠斗", "モリ ユウト", "yuto.mori"), position: 1, source: "direct", owner: "manager", to: "casual_talk", since: 8, inStage: 2 },
  {
    person: outside("清水 彩花", "シミズ アヤカ", "ayaka.shimizu"),
    position: 1,
    source: "agency",
    detail: "株式会社キャリアブリッジ",
    owner: "manager",
    to: "declined",
    reason: "experience_level",
    reasonNote: "React の実務経験が要件に届かず。半年後に再度ご案内したい。",
    since: 30,
    inStage: 9,
  },
  {
    person: { alumnus: 3 },
    position: 2,
    source: "alumni",
    owner: "manager",
    to: "offer",
    since: 40,
    inStage: 5,
    note: "条件面の確認中。入社時期は来春を希望。",
  },
  {
    person: outside("山口 大和", "ヤマグチ ヤマト", "yamato.yamaguchi"),
    position: 2,
    source: "employee_referral",
    owner: "manager",
    to: "screening",
    since: 9,
    inStage: 3,
  },
  { person: outside("松田 千尋", "マツダ チヒロ", "chihiro.matsuda"), position: 2, source: "direct", owner: "manager", to: "contacted", since: 2, inStage: 2 },
  { person: { alumnus: 4 }, position: 3, source: "alumni_referral", owner: "hr", to: "casual_talk", since: 10, inStage: 4 },
  {
    person: outside("井上 真央", "イノウエ マオ", "mao.inoue"),
    position: 3,
    source: "agency",
    detail: "株式会社キャリアブリッジ",
    owner: "hr",
    to: "withdrawn",
    reason: "accepted_elsewhere",
    since: 28,
    inStage: 7,
  },
  { person: outside("木村 颯太", "キムラ ソウタ", "sota.kimura"), position: 3, source: "direct", owner: "hr", to: "applied", since: 4, inStage: 4 },
  { person: { alumnus: 5 }, position: 4, source: "alumni", owner: "hr", to: "screening", since: 14, inStage: 6 },
  {
    person: outside("林 美月", "ハヤシ ミヅキ", "mizuki.hayashi"),
    position: 4,
    source: "employee_referral",
    owner: "hr",
    to: "declined",
    reason: "skills_mismatch",
    reasonNote: "SQL は得意だが統計モデリングの経験が不足。",
    since: 35,
    inStage: 12,
  },
  {
    person: outside("斎藤 陸", "サイトウ リク", "riku.saito"),
    position: 4,
    source: "agency",
    detail: "株式会社キャリアブリッジ",
    owner: "hr",
    to: "contacted",
    since: 1,
    inStage: 1,
  },
  {
    person: { alumnus: 6 },
    position: null,
    source: "alumni",
    owner: "hr",
    to: "contacted",
    since: 3,
    inStage: 3,
    note: "同窓会で「また一緒に働きたい」とのお話あり。ポジションは相談中。",
  },
  { person: { alumnus: 7 }, position: null, source: "alumni", owner: "hr", to: "casual_talk", since: 7, inStage: 5 },
  { person: outside("岡田 健太", "オカダ ケンタ", "kenta.okada"), position: 0, source: "direct", owner: "hr", to: "contacted", since: 2, inStage: 2 },
  { person: outside("前田 葵", "マエダ アオイ", "aoi.maeda"), position: 1, source: "employee_referral", owner: "manager", to: "applied", since: 5, inStage: 3 },
  { person: { alumnus: 8 }, position: 2, source: "alumni", owner: "manager", to: "casual_talk", since: 11, inStage: 6 },
  {
    person: outside("藤田 蓮", "フジタ レン", "ren.fujita"),
    position: 3,
    source: "agency",
    detail: "株式会社キャリアブリッジ",
    owner: "hr",
    to: "interviews",
    since: 16,
    inStage: 2,
  },
  { person: outside("後藤 結衣", "ゴトウ ユイ", "yui.goto"), position: 4, source: "direct", owner: "hr", to: "applied", since: 3, inStage: 3 },
  { person: { alumnus: 9 }, position: 3, source: "alumni", owner: "hr", to: "screening", since: 13, inStage: 2 },
  {
    person: outside("長谷川 湊", "ハセガワ ミナト", "minato.hasegawa"),
    position: 0,
    source: "agency",
    detail: "株式会社キャリアブリッジ",
    owner: "hr",
    to: "offer",
    since: 45,
    inStage: 8,
    note: "最終面接の評価が高く、内定を出しました。回答期限は来週金曜。",
  },
];

/** The demo pipeline, made through the product's own doors (enterPipeline, moves, interviews) so every timeline is real. */
export async function seedDemoPipeline(ctx: TenantContext): Promise<void> {
  const hr = await asMember(ctx, "hr@demo.okaeri.test");
  const manager = await asMember(ctx, "manager@demo.okaeri.test");
  if (!hr || !manager || hr.actor.kind !== "member" || manager.actor.kind !== "member") return;
  const tenantId = ctx.tenant.id;
  const stages = await ensureStages(ctx.db, tenantId);
  const open = await ctx.db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.tenantId, tenantId), eq(positions.status, "open")))
    .orderBy(asc(positions.openedAt));
  // Alumni already in the pipeline (a talk, an application, a referral seeded earlier) are left as they are.
  const taken = ctx.db
    .select({ id: candidates.alumnusId })
    .from(candidates)
    .where(and(eq(candidates.tenantId, tenantId), sql`${candidates.alumnusId} is not null`));
  const people = await ctx.db
    .select({
      id: alumni.id,
      familyName: alumni.familyName,
      givenName: alumni.givenName,
      kanaF: alumni.familyNameKana,
      kanaG: alumni.givenNameKana,
      email: alumni.privateEmail,
    })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), isNull(alumni.userId), eq(alumni.doNotRehire, false), notInArray(alumni.id, taken)))
    .orderBy(asc(alumni.sortKey))
    .limit(10);
  const owners = { hr, manager };
  const now = Date.now();

  for (const entry of ENTRIES) {
    const actor = owners[entry.owner];
    const person =
      "alumnus" in entry.person
        ? (() => {
            const a = people[(entry.person as { alumnus: number }).alumnus];
            return a
              ? {
                  alumnusId: a.id,
                  fullName: `${a.familyName} ${a.givenName}`,
                  fullNameKana: a.kanaF && a.kanaG ? `${a.kanaF} ${a.kanaG}` : null,
                  email: a.email,
                }
              : null;
          })()
        : { alumnusId: null, fullName: entry.person.fullName, fullNameKana: entry.person.kana, email: entry.person.email };
    if (!person) continue;
    const positionId = entry.position === null ? null : (open[entry.position % Math.max(open.length, 1)]?.id ?? null);
    const { candidate, created } = await ctx.db.transaction((tx) =>
      enterPipeline(tx, actor, {
        person,
        positionId,
        source: entry.source,
        sourceDetail: entry.detail ?? null,
        ownerUserId: actor.actor.kind === "member" ? actor.actor.userId : null,
        stageKey: "contacted",
        activity: entry.note ? { kind: "note", body: entry.note } : undefined,
      }),
    );
    if (!created) continue;
    let version = candidate.version;
    const closing = entry.to === "hired" || entry.to === "declined" || entry.to === "withdrawn";
    const lastOpen: DefaultStageKey = entry.to === "hired" ? "offer" : closing ? (entry.to === "withdrawn" ? "interviews" : "screening") : entry.to;
    for (const key of PATH.slice(1, PATH.indexOf(lastOpen) + 1)) {
      version = (await pipeline.moveCandidate({ ctx: actor, id: candidate.id, input: { stageId: stageOf(stages, key), version } })).version;
    }
    if (closing) {
      await pipeline.moveCandidate({
        ctx: actor,
        id: candidate.id,
        input: { stageId: stageOf(stages, entry.to), version, rejectionReason: entry.reason ?? null, rejectionNote: entry.reasonNote ?? null },
      });
    }
    await backdate(ctx, candidate.id, now - entry.since * DAY, now - entry.inStage * DAY, closing);
  }
  await scheduleInterviews(ctx, hr, manager);
}

const stageOf = (stages: { id: string; key: string }[], key: string) => {
  const stage = stages.find((s) => s.key === key);
  if (!stage) throw new Error(`stage ${key} missing`);
  return stage.id;
};

/** Spreads a seeded candidate's history over the weeks it would really have taken. */
async function backdate(ctx: TenantContext, candidateId: string, since: number, enteredStage: number, closing: boolean) {
  const activities = await ctx.db
    .select({ id: candidateActivities.id })
    .from(candidateActivities)
    .where(eq(candidateActivities.candidateId, candidateId))
    .orderBy(asc(candidateActivities.createdAt));
  const span = Math.max(enteredStage - since, 0);
  for (const [index, activity] of activities.entries()) {
    const isLast = index === activities.length - 1 && activities.length > 1;
    const at = isLast ? enteredStage : since + (span * index) / Math.max(activities.length - 1, 1);
    await ctx.db
      .update(candidateActivities)
      .set({ createdAt: new Date(at) })
      .where(eq(candidateActivities.id, activity.id));
  }
  const [row] = await ctx.db
    .update(candidates)
    .set({
      createdAt: new Date(since),
      stageEnteredAt: new Date(enteredStage),
      updatedAt: new Date(enteredStage),
      ...(closing ? { closedAt: new Date(enteredStage) } : {}),
    })
    .where(eq(candidates.id, candidateId))
    .returning({ hiredAt: candidates.hiredAt, alumnusId: candidates.alumnusId });
  if (row?.hiredAt) {
    await ctx.db
      .update(candidates)
      .set({ hiredAt: new Date(enteredStage) })
      .where(eq(candidates.id, candidateId));
    if (row.alumnusId)
      await ctx.db
        .update(alumni)
        .set({ returnedAt: new Date(enteredStage) })
        .where(eq(alumni.id, row.alumnusId));
    await ctx.db
      .update(domainEvents)
      .set({ occurredAt: new Date(enteredStage) })
      .where(eq(domainEvents.subjectId, candidateId));
  }
}

/** Two interviews next week for the people in 面接, with the manager and HR as interviewers. */
async function scheduleInterviews(ctx: TenantContext, hr: TenantContext, manager: TenantContext) {
  const interviewing = await ctx.db
    .select({ id: candidates.id, ownerUserId: candidates.ownerUserId })
    .from(candidates)
    .innerJoin(sql`pipeline_stages s`, sql`s.id = ${candidates.stageId}`)
    .where(and(eq(candidates.tenantId, ctx.tenant.id), sql`s.key = 'interviews'`))
    .orderBy(asc(candidates.createdAt))
    .limit(2);
  const ids = [hr, manager].map((c) => (c.actor.kind === "member" ? c.actor.userId : "")).filter(Boolean);
  const plans = [
    { title: "二次面接（技術）", slot: tokyoSlot(8, 14), format: "online" as const, location: "https://meet.example.jp/okaeri-interview-1" },
    { title: "最終面接", slot: tokyoSlot(10, 16), format: "in_person" as const, location: "本社 12階 会議室A（東京都千代田区丸の内1-1-1）" },
  ];
  for (const [index, c] of interviewing.entries()) {
    const plan = plans[index];
    if (!plan) break;
    await pipeline.scheduleInterview({
      ctx: c.ownerUserId && manager.actor.kind === "member" && c.ownerUserId === manager.actor.userId ? manager : hr,
      id: c.id,
      input: { title: plan.title, ...plan.slot, format: plan.format, location: plan.location, interviewerUserIds: ids },
    });
  }
}
