import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { purgeAllTenants } from "./retention.service";

export const RETENTION_DAILY_JOB = "privacy.retention-daily";

/** 03:30 in Tokyo (18:30 UTC), when nobody is working: data past its retention period is deleted. */
export function retentionDailyJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: RETENTION_DAILY_JOB,
    retryLimit: 2,
    cron: "30 18 * * *",
    async handle() {
      await purgeAllTenants(deps);
    },
  };
}
