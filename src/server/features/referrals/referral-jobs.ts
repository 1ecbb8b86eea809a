import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { expireReferrals, REFERRAL_EXPIRY_JOB } from "./referrals.service";

/** Daily at 03:10 Japan time: referrals still waiting in the first stage past their validity become expired. */
export function referralExpiryJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: REFERRAL_EXPIRY_JOB,
    retryLimit: 1,
    cron: "10 18 * * *",
    async handle() {
      const expired = await expireReferrals(deps);
      if (expired) deps.logger.info("referrals expired", { count: expired });
    },
  };
}
