import { and, eq, isNotNull, like, ne } from "drizzle-orm";
import * as talks from "../../features/talks/talks.service";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { casualTalkSlots, casualTalks, positions } from "../schema/recruiting";
import { users } from "../schema/tenancy";
import { asAlumnus, asMember } from "./demo-actors";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Tokyo's calendar date `days` from today, and whether it is a weekday there. */
function tokyoDay(days: number): { date: string; weekday: boolean } {
  const at = new Date(Date.now() + days * DAY);
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(at);
  const weekday = !["Sat", "Sun"].includes(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tokyo", weekday: "short" }).format(at));
  return { date, weekday };
}

/** The first weekday at least `days` from today. */
function weekdayFrom(days: number): string {
  for (let d = days; d < days + 7; d++) {
    const day = tokyoDay(d);
    if (day.weekday) return day.date;
  }
  return tokyoDay(days).date;
}

/** Registered alumni with an account, the demo alumnus first. */
async function registeredAlumni(ctx: TenantContext) {
  const [shota] = await ctx.db
    .select({ id: alumni.id })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, ctx.tenant.id), eq(users.email, "alumni@demo.okaeri.test")));
  const others = await ctx.db
    .select({ id: alumni.id })
    .from(alumni)
    .where(and(eq(alumni.tenantId, ctx.tenant.id), isNotNull(alumni.userId), isNotNull(alumni.registeredAt), shota ? ne(alumni.id, shota.id) : undefined))
    .orderBy(alumni.sortKey)
    .limit(3);
  return { shota: shota?.id, others: others.map((o) => o.id) };
}

/**
 * Casual talks: HR and the manager offer weekday-afternoon slots over the next two weeks; 山本 翔太 has a talk next
 * week with 田中 浩二 about the backend position; two talks last month were held (one already in the pipeline, one
 * waiting for HR to decide); one alumnus asked for a talk without a slot.
 */
export async function seedDemoTalks(ctx: TenantContext): Promise<void> {
  const hr = await asMember(ctx, "hr@demo.okaeri.test");
  const manager = await asMember(ctx, "manager@demo.okaeri.test");
  if (!hr || !manager) return;
  const { shota, others } = await registeredAlumni(ctx);
  const [backend] = await ctx.db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.tenantId, ctx.tenant.id), like(positions.titleJa, "バックエンドエンジニア%")))
    .limit(1);

  for (let d = 1; d <= 14; d++) {
    const day = tokyoDay(d);
    if (!day.weekday) continue;
    if (d % 2 === 1) {
      await talks.createSlots({
        ctx: hr,
        input: {
          date: day.date,
          startTimes: ["14:00", "15:00"],
          durationMinutes: 30,
          format: "online",
          location: "https://meet.example.com/sakura-casual-talk",
        },
      });
    } else {
      await talks.createSlots({
        ctx: manager,
        input: {
          date: day.date,
          startTimes: ["16:00", "16:30"],
          durationMinutes: 30,
          format: "in_person",
          location: "本社 5階 オープンラウンジ",
          positionId: backend?.id,
        },
      });
    }
  }

  // Next week, with the hiring manager, about the backend position.
  const nextWeek = weekdayFrom(7);
  const [shotaSlot] = (
    await talks.createSlots({
      ctx: manager,
      input: {
        date: nextWeek,
        startTimes: ["17:30"],
        durationMinutes: 45,
        format: "online",
        location: "https://meet.example.com/sakura-backend-talk",
        positionId: backend?.id,
      },
    })
  ).items;
  if (shota && shotaSlot) {
    await talks.requestTalk({
      ctx: await asAlumnus(ctx, shota),
      input: {
        slotId: shotaSlot.id,
        positionId: backend?.id,
        note: "決済基盤チームのいまの体制や、Go と Kubernetes まわりの技術的なチャレンジについて伺えればうれしいです。",
      },
    });
  }

  const [held, undecided, asking] = others;
  // Two talks held last month: booked on slots, then moved into the past as time would have.
  const pastTalk = async (alumnusId: string, daysAgo: number, note: string, hostNote: string) => {
    const [slot] = (
      await talks.createSlots({ ctx: hr, input: { date: weekdayFrom(15 + daysAgo), startTimes: ["11:00"], durationMinutes: 30, format: "online" } })
    ).items;
    if (!slot) return null;
    const talk = await talks.requestTalk({ ctx: await asAlumnus(ctx, alumnusId), input: { slotId: slot.id, note } });
    const startsAt = new Date(Math.floor((Date.now() - daysAgo * DAY) / HOUR) * HOUR);
    await ctx.db
      .update(casualTalks)
      .set({ startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), createdAt: new Date(startsAt.getTime() - 5 * DAY) })
      .where(eq(casualTalks.id, talk.id));
    await ctx.db
      .update(casualTalkSlots)
      .set({ startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) })
      .where(eq(casualTalkSlots.id, slot.id));
    await talks.completeTalk({ ctx: hr, id: talk.id, input: { hostNote } });
    return talk.id;
  };
  if (held) {
    const id = await pastTalk(
      held,
      24,
      "最近の会社の様子を伺いたいです。",
      "現職ではプロダクトマネージャー。当社の新規事業に強い関心あり。復帰に前向きで、年内の転職も視野に入れているとのこと。次は事業部長との面談を設定したい。",
    );
    if (id) await talks.createCandidacy({ ctx: hr, id, input: {} });
  }
  if (undecided) {
    await pastTalk(
      undecided,
      9,
      "カスタマーサクセスの体制がどう変わったか知りたいです。",
      "カスタマーサクセスの立ち上げ経験が豊富。すぐの転職は考えていないが、半年後なら検討したいとのこと。候補者登録するかは来週判断。",
    );
  }
  if (asking) {
    await talks.requestTalk({
      ctx: await asAlumnus(ctx, asking),
      input: {
        note: "育休から復帰後の働き方について、人事の方にご相談できればと思っています。",
        preferredTimes: "平日の10時〜12時",
      },
    });
  }
}
