import { bootstrap } from "../../src/server/boot";
import type { Database } from "../../src/server/db/client";
import { readEnv } from "../../src/server/env";
import type { AppDeps } from "../../src/server/platform/context";
import { benchConfig } from "./bench-config";
import { openServerDatabase, type ServerDatabase } from "./server-database";

/**
 * For preparing data in the driver: opens `target` with Okaeri's own code (migrations, job queue, no worker),
 * runs `action` with its dependencies, and closes it again.
 */
export async function withOkaeri<T>(target: ServerDatabase, authSecret: string, action: (deps: AppDeps, database: Database) => Promise<T>): Promise<T> {
  const database = await openServerDatabase(target);
  const env = readEnv({ OKAERI_LOG_LEVEL: "error", OKAERI_DEMO: "0" });
  const deps = await bootstrap({ env, database, config: benchConfig(authSecret), runWorker: false });
  try {
    return await action(deps, database);
  } finally {
    await deps.jobs.stop().catch(() => {});
    await database.close();
  }
}
