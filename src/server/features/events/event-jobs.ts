import type { Segment } from "../../../shared/contracts/segments";
import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { systemContext } from "../../platform/system-context";
import { findWithTenant } from "./events.repo";
import { EVENT_INVITE_JOB, EVENT_REMINDERS_JOB, sendDueReminders, writeInvitations } from "./events.service";

/** Writes the invitations of one segment; a retry or a second run of the same segment mails nobody twice. */
export function eventInviteJob(deps: AppDeps): JobDefinition<{ tenantId: string; eventId: string; segment: Segment }> {
  return {
    name: EVENT_INVITE_JOB,
    retryLimit: 5,
    async handle(job) {
      const found = await findWithTenant(deps.database.db, job.data.eventId);
      if (!found || found.tenant.id !== job.data.tenantId) return;
      const { tenant } = found;
      const ctx = systemContext(deps, { id: tenant.id, slug: tenant.slug, name: tenant.name, mfaRequiredForStaff: tenant.mfaRequiredForStaff });
      await writeInvitations(ctx, { eventId: job.data.eventId, segment: job.data.segment });
    },
  };
}

/** Every 15 minutes: the day-before reminder for events starting within 24 hours. */
export function eventRemindersJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: EVENT_REMINDERS_JOB,
    retryLimit: 1,
    cron: "*/15 * * * *",
    async handle() {
      await sendDueReminders(deps);
    },
  };
}
