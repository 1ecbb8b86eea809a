import { type Database, openDatabase } from "./db/client";
import type { Env } from "./env";
import { ELIGIBILITY_DAILY_JOB, eligibilityDailyJob } from "./features/alumni/eligibility-job";
import {
  IMPORT_FILES_CLEANUP_JOB,
  IMPORT_JOB,
  IMPORT_WATCHDOG_JOB,
  importFilesCleanupJob,
  importJob,
  importWatchdogJob,
  recoverInterruptedImports,
} from "./features/imports/import-job";
import { housekeepingJob } from "./platform/auth/housekeeping-job";
import { resolveConfig } from "./platform/config";
import type { AppConfig, AppDeps } from "./platform/context";
import { type JobDefinition, startJobQueue } from "./platform/jobs/job-queue";
import { QUEUES } from "./platform/jobs/queues";
import { createLogger, type Logger } from "./platform/logger";
import { mailSendJob, mailSweepJob } from "./platform/mail/mail-jobs";

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
  const queues = [...QUEUES, IMPORT_JOB, IMPORT_WATCHDOG_JOB, IMPORT_FILES_CLEANUP_JOB, ELIGIBILITY_DAILY_JOB];
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
    ] as JobDefinition<never>[];
    if (env.SMTP_URL) definitions.push(mailSendJob(deps, env.SMTP_URL, env.MAIL_FROM), mailSweepJob(deps));
    await jobs.work(definitions);
  }
  return deps;
}
