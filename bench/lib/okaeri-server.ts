// Okaeri itself, as `npm start` would run it (web role, no worker), on the database the driver prepared.
// Shared by the workloads: started with startServer("okaeri", OKAERI_SERVER_SCRIPT, …).
// Env: BENCH_DB_KIND (pglite | postgresql), BENCH_DATA_DIR or BENCH_DB_URL, BENCH_AUTH_SECRET.

import { serve } from "@hono/node-server";
import { createApp } from "../../src/server/app";
import { bootstrap } from "../../src/server/boot";
import { openDatabase } from "../../src/server/db/client";
import { readEnv } from "../../src/server/env";
import { benchConfig } from "./bench-config";
import { announceReady } from "./child";
import { serverSettingsFromEnv } from "./server-database";

const settings = serverSettingsFromEnv();
const database =
  settings.kind === "pglite"
    ? await openDatabase({ kind: "pglite", dataDir: settings.dataDir })
    : await openDatabase({ kind: "postgresql", url: settings.url, poolSize: 10 });
const env = readEnv({ OKAERI_LOG_LEVEL: "error", OKAERI_DEMO: "0" });
const config = benchConfig(settings.authSecret);
const deps = await bootstrap({ env, database, config, runWorker: false });
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
