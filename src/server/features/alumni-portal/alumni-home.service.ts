import type { AlumniHome } from "../../../shared/contracts/alumni-portal";
import { personOf, type TenantContext } from "../../platform/context";
import { homeFeedFor } from "../community/community.service";
import { upcomingEventsFor } from "../events/events.service";

export const HOME_GROUPS = 6;
export const HOME_POSTS = 10;
export const HOME_EVENTS = 5;

/** The portal's home feed: community and events read side by side, a fixed handful of statements in all. */
export async function alumniHome({ ctx }: { ctx: TenantContext }): Promise<AlumniHome> {
  const { userId } = personOf(ctx);
  const [community, events] = await Promise.all([
    homeFeedFor({ ctx, groupLimit: HOME_GROUPS, postLimit: HOME_POSTS }),
    upcomingEventsFor(ctx.db, { tenantId: ctx.tenant.id, userId, limit: HOME_EVENTS }),
  ]);
  return { ...community, events };
}
