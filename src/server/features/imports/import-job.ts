import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import * as repo from "./imports.repo";
import { ImportBusy, runImport } from "./run-import";

export const IMPORT_JOB = "alumni.import";
export const IMPORT_WATCHDOG_JOB = "alumni.import-watchdog";
export const IMPORT_FILES_CLEANUP_JOB = "alumni.import-files-cleanup";

/** Uploaded files hold personal data: kept long enough to run again, then deleted. */
const FILE_RETENTION_DAYS = 7;

/** A running import beats every 10 s (HEARTBEAT_MS); one silent for this long lost its process. */
const STALE_SECONDS = 60;
const BUSY_RETRY_SECONDS = 3;
const INTERRUPTED = { row: null, column: null, code: "interrupted" };

export interface ImportJobData {
  importId: string;
}

export async function enqueueImport(deps: AppDeps, importId: string): Promise<void> {
  await deps.jobs.send(IMPORT_JOB, { importId } satisfies ImportJobData, { expireInSeconds: 3 * 3600 });
}

/** Runs imports; while another import of the same company runs, this one stays queued and is tried again. */
export function importJob(deps: AppDeps): JobDefinition<ImportJobData> {
  return {
    name: IMPORT_JOB,
    retryLimit: 0,
    async handle(job) {
      try {
        await runImport(deps, job.data.importId);
      } catch (error) {
        if (!(error instanceof ImportBusy)) throw error;
        await deps.jobs.send(IMPORT_JOB, job.data, { startAfter: BUSY_RETRY_SECONDS, expireInSeconds: 3 * 3600 });
      }
    },
  };
}

/** Every minute: imports left running by a process that died are shown as failed, and can be run again. */
export function importWatchdogJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: IMPORT_WATCHDOG_JOB,
    retryLimit: 0,
    cron: "* * * * *",
    async handle() {
      await repo.failStaleImports(deps.database.db, STALE_SECONDS, INTERRUPTED);
    },
  };
}

/** Hourly: deletes uploaded files a week after their last import ended (a later rerun gets 410 Gone). */
export function importFilesCleanupJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: IMPORT_FILES_CLEANUP_JOB,
    retryLimit: 1,
    cron: "41 * * * *",
    async handle() {
      await deleteExpiredImportFiles(deps);
    },
  };
}

export async function deleteExpiredImportFiles(deps: AppDeps): Promise<number> {
  const keys = await repo.fileKeysOlderThan(deps.database.db, FILE_RETENTION_DAYS);
  for (const key of keys) await rm(join(deps.config.uploadsDir, key), { force: true });
  return keys.length;
}

/**
 * At boot. The embedded database has one process, so anything still running was cut off by a restart;
 * with PostgreSQL other workers may be alive, so only imports that stopped reporting are failed.
 */
export async function recoverInterruptedImports(deps: AppDeps): Promise<void> {
  await repo.failStaleImports(deps.database.db, deps.database.kind === "pglite" ? 0 : STALE_SECONDS, INTERRUPTED);
}
