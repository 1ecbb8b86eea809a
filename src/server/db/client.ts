import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { acquireDataDirLock } from "./data-dir-lock";

export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;
export type DatabaseKind = "pglite" | "postgresql";

export interface SqlResult {
  rows: Record<string, unknown>[];
}

export interface Database {
  kind: DatabaseKind;
  db: Db;
  /** Raw parameterised SQL, for pg-boss and the hot session lookup; `name` makes PostgreSQL keep the plan. */
  executeSql(text: string, values?: unknown[], name?: string): Promise<SqlResult>;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PostgreSQL only: the connection string, for processes of their own (pg-boss pool). */
  connectionString?: string;
  /** PGlite only: the embedded instance. */
  pglite?: PGlite;
}

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), "migrations");
const MIGRATION_LOCK_ID = 7_142_001;

export type OpenOptions =
  | { kind: "postgresql"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir: string }
  | { kind: "pglite-memory"; loadDataDir?: Blob };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.kind === "postgresql") return openPostgres(options.url, options.poolSize ?? 10);
  if (options.kind === "pglite") {
    const dataDir = resolve(options.dataDir);
    mkdirSync(dirname(dataDir), { recursive: true });
    mkdirSync(dataDir, { recursive: true });
    const releaseLock = acquireDataDirLock(dataDir);
    try {
      const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
      return wrapPglite(client, releaseLock);
    } catch (error) {
      releaseLock();
      throw error;
    }
  }
  const client = await PGlite.create({ extensions: { pg_trgm }, loadDataDir: options.loadDataDir });
  return wrapPglite(client, () => {});
}

function wrapPglite(client: PGlite, onClose: () => void): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: "pglite",
    db,
    pglite: client,
    async executeSql(text, values) {
      if (values && values.length > 0) return client.query(text, values) as Promise<SqlResult>;
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder });
    },
    async close() {
      if (!client.closed) await client.close();
      onClose();
    },
  };
}

function openPostgres(url: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on("error", () => {});
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: "postgresql",
    db,
    connectionString: url,
    async executeSql(text, values, name) {
      return name ? pool.query({ name, text, values: values as unknown[] }) : pool.query(text, values as unknown[]);
    },
    async migrate() {
      // Several processes may boot at once against one database: migrate under a session lock.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
        await migrateNodePg(drizzleNodePg(client), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => {});
        client.release();
      }
    },
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}
