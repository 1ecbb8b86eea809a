import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { bootstrap, openDatabaseFor } from "./boot";
import { DataDirLockedError } from "./db/data-dir-lock";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SLUG, seedDemo } from "./db/seed/demo";
import { isDemoMode, readEnv } from "./env";
import { ConfigError, resolveConfig } from "./platform/config";
import { createLogger } from "./platform/logger";

async function main() {
  const env = readEnv();
  const logger = createLogger(env.OKAERI_LOG_LEVEL);
  const config = resolveConfig(env);
  const database = await openDatabaseFor(env);
  const runWeb = env.OKAERI_ROLE !== "worker";
  const runWorker = env.OKAERI_ROLE !== "web";
  const deps = await bootstrap({ env, database, config, logger, runWorker });
  const localUrl = `http://localhost:${env.PORT}`;
  const baseUrl = config.publicUrl ?? localUrl;
  const seeded = isDemoMode(env) && runWeb ? await seedDemo(deps, baseUrl) : false;

  const server = runWeb ? serve({ fetch: createApp(deps, { webDist: env.OKAERI_WEB_DIST }).fetch, port: env.PORT, hostname: env.HOST }) : null;
  if (server) await new Promise<void>((resolve) => server.once("listening", () => resolve()));

  const lines = [
    "",
    `  Okaeri (おかえり) is running — role: ${env.OKAERI_ROLE}, database: ${database.kind}${config.smtpEnabled ? ", SMTP on" : ", mail kept in the outbox (/dev/mailbox)"}`,
  ];
  if (server) lines.push(`  Open ${baseUrl}   ·   API docs ${baseUrl}/api/docs`);
  if (isDemoMode(env) && runWeb) {
    lines.push(seeded ? `  Demo company「${DEMO_SLUG}」created. Sign in with password ${DEMO_PASSWORD}:` : `  Demo sign-ins (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.role.padEnd(9)} ${a.email}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server?.close();
    await deps.jobs.stop().catch(() => {});
    await database.close().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`\nOkaeri cannot start:\n${error.message}\n\n`);
  } else {
    process.stderr.write(`\nOkaeri failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
