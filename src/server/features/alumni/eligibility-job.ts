import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { recomputeAllTenants } from "./eligibility.service";

export const ELIGIBILITY_DAILY_JOB = "alumni.eligibility-daily";

/** 00:10 in Tokyo (15:10 UTC): eligibility that depends on today's date is brought up to date. */
export function eligibilityDailyJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: ELIGIBILITY_DAILY_JOB,
    retryLimit: 2,
    cron: "10 15 * * *",
    async handle() {
      await recomputeAllTenants(deps.database.db);
    },
  };
}
