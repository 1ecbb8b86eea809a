import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { runDispatch } from "./graduation-dispatch";

export const OFFBOARDING_DISPATCH_JOB = "offboarding.dispatch";

/** Every minute: graduation invitations and reminders that are due, and links that ran out. */
export function offboardingDispatchJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: OFFBOARDING_DISPATCH_JOB,
    retryLimit: 1,
    cron: "* * * * *",
    async handle() {
      await runDispatch(deps);
    },
  };
}
