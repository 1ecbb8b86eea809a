import { eq, inArray, or, type SQL, sql } from "drizzle-orm";
import { candidates, positions } from "../../db/schema/recruiting";
import type { TenantContext } from "../../platform/context";

/** A manager works only with their own positions and people; HR and admins see the whole tenant. */
export const isManager = (ctx: Pick<TenantContext, "actor">): boolean => ctx.actor.role === "manager";

function managerUserId(ctx: Pick<TenantContext, "actor">): string | null {
  return ctx.actor.kind === "member" ? ctx.actor.userId : null;
}

/** Extra condition on `positions` for the caller (undefined: no restriction). */
export function positionScope(ctx: Pick<TenantContext, "actor">): SQL | undefined {
  if (!isManager(ctx)) return undefined;
  const me = managerUserId(ctx);
  return me ? eq(positions.hiringManagerUserId, me) : sql`false`;
}

/** Extra condition on `candidates`: a manager sees candidates of positions they manage, or that they own. */
export function candidateScope(ctx: Pick<TenantContext, "actor">): SQL | undefined {
  if (!isManager(ctx)) return undefined;
  const me = managerUserId(ctx);
  if (!me) return sql`false`;
  const managed = sql`(select ${positions.id} from ${positions} where ${positions.hiringManagerUserId} = ${me})`;
  return or(eq(candidates.ownerUserId, me), inArray(candidates.positionId, managed));
}
