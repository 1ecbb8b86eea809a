import { and, eq } from "drizzle-orm";
import { overlaps } from "../../features/colleagues/colleagues.repo";
import * as colleagues from "../../features/colleagues/colleagues.service";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { users } from "../schema/tenancy";
import { asMember } from "./demo-actors";

async function familyNameOf(ctx: TenantContext, alumnusId: string): Promise<string> {
  const [row] = await ctx.db
    .select({ family: alumni.familyName })
    .from(alumni)
    .where(and(eq(alumni.tenantId, ctx.tenant.id), eq(alumni.id, alumnusId)));
  return row?.family ?? "";
}

async function shotaId(ctx: TenantContext): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: alumni.id })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, ctx.tenant.id), eq(users.email, "alumni@demo.okaeri.test")));
  return row?.id;
}

/** The two colleagues from the old 開発部 whose histories overlap with other alumni of the department. */
async function overlappingAlumnus(ctx: TenantContext, userId: string, except: Set<string>): Promise<string | undefined> {
  const rows = await overlaps(ctx.db, { tenantId: ctx.tenant.id, userId });
  const days = new Map<string, number>();
  for (const row of rows) if (row.department === "開発部" && !except.has(row.alumnusId)) days.set(row.alumnusId, (days.get(row.alumnusId) ?? 0) + row.days);
  return [...days.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Outreach between former colleagues: HR asked 鈴木さん to get in touch with someone from her 開発部 days (waiting
 * for her answer), and 中村さん already reached out to another 開発部 alumnus, who is interested in coming back.
 * 山本さん is left for the walkthrough (HR asks 鈴木さん about him on his page).
 */
export async function seedDemoColleagues(ctx: TenantContext): Promise<void> {
  const hr = await asMember(ctx, "hr@demo.okaeri.test");
  const suzuki = await asMember(ctx, "employee@demo.okaeri.test");
  const nakamura = await asMember(ctx, "nakamura.daisuke@demo.okaeri.test");
  if (!hr || suzuki?.actor.kind !== "member" || nakamura?.actor.kind !== "member") return;
  const shota = await shotaId(ctx);
  const taken = new Set(shota ? [shota] : []);

  const forSuzuki = await overlappingAlumnus(ctx, suzuki.actor.userId, taken);
  if (forSuzuki) {
    taken.add(forSuzuki);
    const family = await familyNameOf(ctx, forSuzuki);
    await colleagues.requestOutreach({
      ctx: hr,
      alumnusId: forSuzuki,
      input: {
        employeeUserId: suzuki.actor.userId,
        suggestedMessage: `${family}さん、ご無沙汰しています。開発部で一緒だった鈴木です。最近いかがですか？\n実は今、会社でアルムナイの方との再会の機会を増やしていて、${family}さんのことを思い出しました。よかったら近いうちにお茶でもしながら、近況を聞かせてください。`,
      },
    });
  }

  const forNakamura = await overlappingAlumnus(ctx, nakamura.actor.userId, taken);
  if (forNakamura) {
    const family = await familyNameOf(ctx, forNakamura);
    const outreach = await colleagues.requestOutreach({
      ctx: hr,
      alumnusId: forNakamura,
      input: {
        employeeUserId: nakamura.actor.userId,
        suggestedMessage: `${family}さん、お久しぶりです。開発部でお世話になった中村です。お元気ですか？\n会社でアルムナイの方とまたつながる取り組みが始まったので、よかったら一度オンラインで近況を話しませんか。`,
      },
    });
    await colleagues.recordOutcome({
      ctx: nakamura,
      id: outreach.id,
      input: {
        status: "reached_out",
        outcome: "interested",
        note: "LINEで連絡しました。今のプロジェクトが一段落する来春以降なら、戻ることも前向きに考えたいとのことです。まずはカジュアル面談を希望されています。",
      },
    });
  }
}
