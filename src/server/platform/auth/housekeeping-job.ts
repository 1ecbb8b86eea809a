import { lt, sql } from "drizzle-orm";
import { rateLimits } from "../../db/schema/auth";
import type { AppDeps } from "../context";
import type { JobDefinition } from "../jobs/job-queue";
import { purgeExpiredSessions } from "./sessions";

export const HOUSEKEEPING_JOB = "auth.housekeeping";

/** Hourly: drop expired sessions and stale rate-limit windows. */
export function housekeepingJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: HOUSEKEEPING_JOB,
    retryLimit: 1,
    cron: "17 * * * *",
    async handle() {
      await purgeExpiredSessions(deps.database.db);
      await deps.database.db.delete(rateLimits).where(lt(rateLimits.windowStart, sql`now() - interval '1 day'`));
    },
  };
}
