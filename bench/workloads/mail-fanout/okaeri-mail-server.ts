// Okaeri as `OKAERI_ROLE=all` with SMTP on: the web role (for POST /api/v1/announcements) and the job worker that
// writes the fan-out and sends through the outbox. Like bench/lib/okaeri-server.ts, plus BENCH_SMTP_URL.
import { serve } from "@hono/node-server";
import { createApp } from "../../../src/server/app";
import { bootstrap } from "../../../src/server/boot";
import { readEnv } from "../../../src/server/env";
import { benchConfig } from "../../lib/bench-config";
import { announceReady } from "../../lib/child";
import { openServerDatabase, serverSettingsFromEnv } from "../../lib/server-database";

const settings = serverSettingsFromEnv();
const database = await openServerDatabase(settings);
const smtpUrl = process.env.BENCH_SMTP_URL ?? "";
const env = readEnv({ OKAERI_LOG_LEVEL: "error", OKAERI_DEMO: "0", SMTP_URL: smtpUrl });
const config = { ...benchConfig(settings.authSecret), smtpEnabled: true, publicUrl: "https://okaeri.example.test" };
const deps = await bootstrap({ env, database, config, runWorker: true });
const server = serve({ fetch: createApp(deps).fetch, port: 0, hostname: "127.0.0.1" }, (info) => announceReady(info.port));

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
