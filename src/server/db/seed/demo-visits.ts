import { eq } from "drizzle-orm";
import * as visits from "../../features/visits/visits.service";
import type { TenantContext } from "../../platform/context";
import { obogVisits } from "../schema/visits";
import { asAlumnus as alumnusCtx, asMember as as, tokyoSlot as slot } from "./demo-actors";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** OB/OG visits in every state: a student waiting for 山本さん, a mid-career talk next week, a completed one and a declined one. */
export async function seedDemoVisits(ctx: TenantContext): Promise<void> {
  const hr = await as(ctx, "hr@demo.okaeri.test");
  const employee = await as(ctx, "employee@demo.okaeri.test");
  const shota = await as(ctx, "alumni@demo.okaeri.test");
  if (!hr || !employee || !shota || shota.actor.kind !== "member") return;
  const askable = await visits.listAvailableAlumni({ ctx, query: { limit: 20 } });
  const yamamoto = askable.items.find((a) => a.name === "山本 翔太");
  const other = askable.items.find((a) => a.id !== yamamoto?.id);
  if (!yamamoto) return;

  // Waiting for the demo alumnus: a student asked by an employee who knows her.
  await visits.requestVisit({
    ctx: employee,
    input: {
      alumnusId: yamamoto.id,
      candidateName: "田中 美咲",
      candidateAffiliation: "早稲田大学 理工学部",
      candidateEmail: "misaki.tanaka@student.example.jp",
      topic: "エンジニア職の働き方",
      message: "研究室の後輩で、クラウド基盤の仕事に興味を持っています。入社後の働き方や、SREとしてのキャリアについてお話を伺えますと幸いです。",
      format: "online",
      proposedSlots: [slot(8, 16), slot(9, 18)],
    },
  });

  // A mid-career candidate, scheduled for next week with an .ics on both sides.
  const midCareer = await visits.requestVisit({
    ctx: hr,
    input: {
      alumnusId: yamamoto.id,
      candidateName: "中村 大輔",
      candidateAffiliation: "株式会社テックフォワード",
      candidateEmail: "d.nakamura@example.jp",
      topic: "インフラエンジニアとしての開発体制とオンコール",
      message: "SRE職で選考中の方です。現場のオンコール体制やチームの雰囲気について、率直なお話を伺いたいとのことです。",
      format: "online",
      proposedSlots: [],
    },
  });
  await visits.acceptVisit({ ctx: shota, id: midCareer.id, input: { slots: [slot(6, 19), slot(7, 12)], note: "平日夜か昼休みでしたら対応できます。" } });
  await visits.scheduleVisit({
    ctx: hr,
    id: midCareer.id,
    input: { startsAt: slot(6, 19).startsAt, meetingDetails: "https://meet.example.com/sakura-obog-visit" },
  });

  if (!other) return;
  // Completed last month, with an outcome note.
  const done = await visits.requestVisit({
    ctx: hr,
    input: {
      alumnusId: other.id,
      candidateName: "小林 遥",
      candidateAffiliation: "東京大学 工学部",
      candidateEmail: null,
      topic: "フロントエンド開発のキャリア",
      message: "インターン参加予定の学生です。",
      format: "in_person",
      proposedSlots: [],
    },
  });
  const otherAlumnus = await alumnusCtx(ctx, other.id);
  await visits.acceptVisit({ ctx: otherAlumnus, id: done.id, input: { slots: [slot(2, 15)], note: null } });
  await visits.scheduleVisit({ ctx: hr, id: done.id, input: { startsAt: slot(2, 15).startsAt, meetingDetails: "本社 3階 会議室A" } });
  await ctx.db
    .update(obogVisits)
    .set({ agreedStartsAt: new Date(Date.now() - 20 * DAY), agreedEndsAt: new Date(Date.now() - 20 * DAY + HOUR) })
    .where(eq(obogVisits.id, done.id));
  await visits.completeVisit({ ctx: hr, id: done.id, input: { outcomeNote: "チーム開発の進め方に強い関心。夏のインターンに応募予定。" } });

  // Declined with a reason.
  const declined = await visits.requestVisit({
    ctx: employee,
    input: {
      alumnusId: other.id,
      candidateName: "伊藤 翼",
      candidateAffiliation: "慶應義塾大学 環境情報学部",
      candidateEmail: null,
      topic: "新卒エンジニアの研修について",
      message: null,
      format: "online",
      proposedSlots: [],
    },
  });
  await visits.declineVisit({ ctx: otherAlumnus, id: declined.id, input: { reason: "今月は業務が立て込んでおり、改めてお声がけいただけますと幸いです。" } });
}
