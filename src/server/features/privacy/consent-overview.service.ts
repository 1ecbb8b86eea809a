import type { ConsentOverview } from "../../../shared/contracts/privacy";
import type { TenantContext } from "../../platform/context";
import { consentOverview } from "../consents/consents.service";
import * as repo from "./consent-overview.repo";

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Per purpose: granted, declined and not asked, as counts and as a share of registered alumni. */
export async function consentSummary({ ctx }: { ctx: TenantContext }): Promise<ConsentOverview> {
  const [registered, purposes] = await Promise.all([repo.registeredAlumni(ctx.db, ctx.tenant.id), consentOverview(ctx.db, ctx.tenant.id)]);
  return {
    registered,
    purposes: purposes.map(({ purpose, granted, declined }) => {
      const notAsked = Math.max(0, registered - granted - declined);
      return {
        purpose,
        granted,
        declined,
        notAsked,
        grantedPct: pct(granted, registered),
        declinedPct: pct(declined, registered),
        notAskedPct: pct(notAsked, registered),
      };
    }),
  };
}
