import { and, eq, isNotNull } from "drizzle-orm";
import * as portal from "../../features/alumni-portal/alumni-portal.service";
import * as board from "../../features/positions/job-board.service";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { positions } from "../schema/recruiting";
import { users } from "../schema/tenancy";
import { asAlumnus, asMember } from "./demo-actors";

async function positionId(ctx: TenantContext, titleJa: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.tenantId, ctx.tenant.id), eq(positions.titleJa, titleJa)))
    .limit(1);
  return row?.id;
}

async function registeredAlumnusWith(ctx: TenantContext, currentEmployer: string): Promise<string | undefined> {
  const [row] = await ctx.db
    .select({ id: alumni.id })
    .from(alumni)
    .where(and(eq(alumni.tenantId, ctx.tenant.id), eq(alumni.currentEmployer, currentEmployer), isNotNull(alumni.userId)))
    .limit(1);
  return row?.id;
}

/**
 * The job board in use, written through the same verbs the portal calls: 山本 翔太 saved the backend position and
 * is open to returning; two other alumni are open to returning too; a freelance frontend engineer turned on job news
 * and applied to フロントエンドエンジニア, so the pipeline has an application from the board.
 */
export async function seedDemoJobs(ctx: TenantContext): Promise<void> {
  const shota = await asMember(ctx, "alumni@demo.okaeri.test");
  const backend = await positionId(ctx, "バックエンドエンジニア（決済基盤）");
  const frontend = await positionId(ctx, "フロントエンドエンジニア");
  if (shota) {
    if (backend) await board.setSaved({ ctx: shota, id: backend, saved: true });
    await board.updateOpenToReturn({ ctx: shota, input: { openToReturn: true, lookingFor: "リモート中心でバックエンド開発に関われるポジション" } });
  }

  const sales = await registeredAlumnusWith(ctx, "株式会社ネクストリンク");
  if (sales) {
    await board.updateOpenToReturn({
      ctx: await asAlumnus(ctx, sales),
      input: { openToReturn: true, lookingFor: "法人営業のチームリーダーとして、エンタープライズ顧客を担当できる仕事" },
    });
  }
  const [student] = await ctx.db
    .select({ id: alumni.id })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, ctx.tenant.id), eq(users.email, "chihiro.n@example.jp")))
    .limit(1);
  if (student) {
    await board.updateOpenToReturn({
      ctx: await asAlumnus(ctx, student.id),
      input: { openToReturn: true, lookingFor: "大学院修了後（2027年春）に、UXリサーチャーとして戻れたらうれしいです。" },
    });
  }

  const freelancer = await registeredAlumnusWith(ctx, "Freelance");
  if (freelancer && frontend) {
    const me = { ...(await asAlumnus(ctx, freelancer)), locale: "en" as const };
    await portal.updateMyConsents({ ctx: me, input: { consents: { job_opportunities: true } } });
    await board.updateOpenToReturn({ ctx: me, input: { openToReturn: true, lookingFor: "A remote-friendly frontend role (React, TypeScript)." } });
    await board.apply({
      ctx: me,
      id: frontend,
      input: {
        message: "I worked on the customer dashboard before I left. I would love to come back and build the new frontend with the team.",
        profileConfirmed: true,
      },
    });
  }
}
