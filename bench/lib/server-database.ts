import { fileURLToPath } from "node:url";
import { type Database, openDatabase } from "../../src/server/db/client";

/** The Okaeri server script (okaeri-server.ts) every workload starts as its child process. */
export const OKAERI_SERVER_SCRIPT = fileURLToPath(new URL("./okaeri-server.ts", import.meta.url));

/** How the driver tells a server process which database to use. */
export type ServerDatabase = { kind: "pglite"; dataDir: string } | { kind: "postgresql"; url: string };

export function serverDatabaseEnv(database: ServerDatabase): Record<string, string> {
  return database.kind === "pglite"
    ? { BENCH_DB_KIND: "pglite", BENCH_DATA_DIR: database.dataDir }
    : { BENCH_DB_KIND: "postgresql", BENCH_DB_URL: database.url };
}

export function serverSettingsFromEnv(): ServerDatabase & { authSecret: string } {
  const authSecret = process.env.BENCH_AUTH_SECRET ?? "";
  const kind = process.env.BENCH_DB_KIND;
  if (kind === "pglite") return { kind, dataDir: required("BENCH_DATA_DIR"), authSecret };
  if (kind === "postgresql") return { kind, url: required("BENCH_DB_URL"), authSecret };
  throw new Error(`BENCH_DB_KIND must be pglite or postgresql, got "${kind}"`);
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/** Opens the database a server process would, with Okaeri's client (PostgreSQL: a pool of 10, like Okaeri's). */
export function openServerDatabase(target: ServerDatabase): Promise<Database> {
  return target.kind === "pglite"
    ? openDatabase({ kind: "pglite", dataDir: target.dataDir })
    : openDatabase({ kind: "postgresql", url: target.url, poolSize: 10 });
}
