import { and, eq } from "drizzle-orm";
import type { Role } from "../../../shared/roles";
import type { TenantContext } from "../../platform/context";
import { alumni } from "../schema/alumni";
import { memberships, users } from "../schema/tenancy";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Tokyo wall time `days` from today at `hour`:`minute`, as an ISO instant (+09:00). */
export function tokyoAt(days: number, hour: number, minute = 0): string {
  const day = new Date(Date.now() + 9 * HOUR + days * DAY).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:00+09:00`;
}

/** A one-hour (or `hours`) slot `days` from today at `hour`:00 Tokyo time. */
export const tokyoSlot = (days: number, hour: number, hours = 1) => {
  const startsAt = tokyoAt(days, hour);
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + hours * HOUR).toISOString() };
};

/** The context of one demo member, so seeded records carry a real actor. */
export async function asMember(ctx: TenantContext, email: string): Promise<TenantContext | null> {
  const [row] = await ctx.db
    .select({ userId: users.id, membershipId: memberships.id, role: memberships.role })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.tenantId, ctx.tenant.id)))
    .where(eq(users.email, email))
    .limit(1);
  if (!row) return null;
  return { ...ctx, actor: { kind: "member", role: row.role as Role, userId: row.userId, membershipId: row.membershipId, sessionHash: "seed" } };
}

/** The context of a registered alumnus, found by their directory record. */
export async function asAlumnus(ctx: TenantContext, alumnusId: string): Promise<TenantContext> {
  const [row] = await ctx.db
    .select({ email: users.email })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, ctx.tenant.id), eq(alumni.id, alumnusId)))
    .limit(1);
  const member = row ? await asMember(ctx, row.email) : null;
  if (!member) throw new Error("demo alumnus without an account");
  return member;
}
