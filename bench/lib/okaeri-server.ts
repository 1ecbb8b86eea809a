// Okaeri itself, as `npm start` would run it (web role; with BENCH_RUN_WORKER=1 also the job worker, as
// `OKAERI_ROLE=all`), on the database the driver prepared.
// Shared by the workloads: started with startServer("okaeri", OKAERI_SERVER_SCRIPT, …).
// Env: BENCH_DB_KIND (pglite | postgresql), BENCH_DATA_DIR or BENCH_DB_URL, BENCH_AUTH_SECRET, BENCH_RUN_WORKER,
// BENCH_UPLOADS_DIR, BENCH_REPORT_HEAP (1: print the live heap after each full GC, see process-memory.ts).

import { serve } from "@hono/node-server";
import { createApp } from "../../src/server/app";
import { bootstrap } from "../../src/server/boot";
import { readEnv } from "../../src/server/env";
import { benchConfig } from "./bench-config";
import { announceReady } from "./child";
import { reportHeapAfterFullGc } from "./process-memory";
import { openServerDatabase, serverSettingsFromEnv } from "./server-database";

if (process.env.BENCH_REPORT_HEAP === "1") reportHeapAfterFullGc();
const settings = serverSettingsFromEnv();
const database = await openServerDatabase(settings);
const env = readEnv({ OKAERI_LOG_LEVEL: "error", OKAERI_DEMO: "0" });
const config = benchConfig(settings.authSecret);
const deps = await bootstrap({ env, database, config, runWorker: process.env.BENCH_RUN_WORKER === "1" });
const app = createApp(deps);

const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => announceReady(info.port));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  await deps.jobs.stop().catch(() => {});
  await database.close().catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
