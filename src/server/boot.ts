import { type Database, openDatabase } from "./db/client";
import type { Env } from "./env";
import { ELIGIBILITY_DAILY_JOB, eligibilityDailyJob } from "./features/alumni/eligibility-job";
import { announcementDispatchJob, announcementFanoutJob } from "./features/announcements/announcement-job";
import { ANNOUNCEMENT_DISPATCH_JOB, ANNOUNCEMENT_FANOUT_JOB } from "./features/announcements/announcements.service";
import { COMMUNITY_DIGEST_JOB, communityDigestJob } from "./features/community/community-digest";
import { eventInviteJob, eventRemindersJob } from "./features/events/event-jobs";
import { EVENT_INVITE_JOB, EVENT_REMINDERS_JOB } from "./features/events/events.service";
import {
  IMPORT_FILES_CLEANUP_JOB,
  IMPORT_JOB,
  IMPORT_WATCHDOG_JOB,
  importFilesCleanupJob,
  importJob,
  importWatchdogJob,
  recoverInterruptedImports,
} from "./features/imports/import-job";
import { OFFBOARDING_DISPATCH_JOB, offboardingDispatchJob } from "./features/offboarding/offboarding-dispatch-job";
import { RETENTION_DAILY_JOB, retentionDailyJob } from "./features/privacy/retention-job";
import { referralExpiryJob } from "./features/referrals/referral-jobs";
import { REFERRAL_EXPIRY_JOB } from "./features/referrals/referrals.service";
import { WEBHOOK_QUEUES, webhookDeliverJob, webhookSweepJob } from "./features/webhooks/webhook-jobs";
import { housekeepingJob } from "./platform/auth/housekeeping-job";
import { resolveConfig } from "./platform/config";
import type { AppConfig, AppDeps } from "./platform/context";
import { type JobDefinition, startJobQueue } from "./platform/jobs/job-queue";
import { QUEUES } from "./platform/jobs/queues";
import { createLogger, type Logger } from "./platform/logger";
import { mailSendJob, mailSweepJob, recoverInterruptedMail } from "./platform/mail/mail-jobs";

export async function openDatabaseFor(env: Env): Promise<Database> {
  return env.DATABASE_URL ? openDatabase({ kind: "postgresql", url: env.DATABASE_URL }) : openDatabase({ kind: "pglite", dataDir: env.OKAERI_DATA_DIR });
}

/** Migrates, starts the job queue and, for worker processes, the job handlers. */
export async function bootstrap(input: {
  env: Env;
  database: Database;
  config?: AppConfig;
  logger?: Logger;
  runWorker: boolean;
  pollingIntervalSeconds?: number;
}): Promise<AppDeps> {
  const { env, database } = input;
  const logger = input.logger ?? createLogger(env.OKAERI_LOG_LEVEL);
  const config = input.config ?? resolveConfig(env);
  await database.migrate();
  const queues = [
    ...QUEUES,
    IMPORT_JOB,
    IMPORT_WATCHDOG_JOB,
    IMPORT_FILES_CLEANUP_JOB,
    ELIGIBILITY_DAILY_JOB,
    OFFBOARDING_DISPATCH_JOB,
    ANNOUNCEMENT_FANOUT_JOB,
    ANNOUNCEMENT_DISPATCH_JOB,
    RETENTION_DAILY_JOB,
    EVENT_INVITE_JOB,
    EVENT_REMINDERS_JOB,
    COMMUNITY_DIGEST_JOB,
    REFERRAL_EXPIRY_JOB,
    ...WEBHOOK_QUEUES,
  ];
  const jobs = await startJobQueue(database, queues, logger, { schedule: input.runWorker, pollingIntervalSeconds: input.pollingIntervalSeconds });
  const deps: AppDeps = { database, config, jobs, logger };
  if (input.runWorker) {
    await recoverInterruptedImports(deps);
    const definitions = [
      housekeepingJob(deps),
      importJob(deps),
      importWatchdogJob(deps),
      importFilesCleanupJob(deps),
      eligibilityDailyJob(deps),
      retentionDailyJob(deps),
      offboardingDispatchJob(deps),
      announcementFanoutJob(deps),
      announcementDispatchJob(deps),
      eventInviteJob(deps),
      eventRemindersJob(deps),
      communityDigestJob(deps),
      referralExpiryJob(deps),
      webhookDeliverJob(deps),
      webhookSweepJob(deps),
    ] as JobDefinition<never>[];
    if (env.SMTP_URL) definitions.push(mailSendJob(deps, env.SMTP_URL, env.MAIL_FROM), mailSweepJob(deps));
    await jobs.work(definitions);
    await recoverInterruptedMail(deps);
  }
  return deps;
}
