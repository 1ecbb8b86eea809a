import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import * as repo from "./imports.repo";
import { ImportBusy, runImport } from "./run-import";

export const IMPORT_JOB = "alumni.import";
export const IMPORT_WATCHDOG_JOB = "alumni.import-watchdog";

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

/**
 * At boot. The embedded database has one process, so anything still running was cut off by a restart;
 * with PostgreSQL other workers may be alive, so only imports that stopped reporting are failed.
 */
export async function recoverInterruptedImports(deps: AppDeps): Promise<void> {
  await repo.failStaleImports(deps.database.db, deps.database.kind === "pglite" ? 0 : STALE_SECONDS, INTERRUPTED);
}
