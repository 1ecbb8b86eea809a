// The baseline: a bare Hono handler per measured path that runs the very statements Okaeri sent for that request
// (text and parameters, captured in the driver), all at once, with plain `pg` or `@electric-sql/pglite`, and
// answers their rows as JSON. No Okaeri code runs here and nothing is authenticated.
// Env: BENCH_DB_KIND (pglite | postgresql), BENCH_DATA_DIR or BENCH_DB_URL, BENCH_STATEMENTS (a JSON file:
// { [path]: CapturedStatement[] }).
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Hono } from "hono";
import pg from "pg";
import { serveBaseline } from "../../lib/serve-baseline";
import { serverSettingsFromEnv } from "../../lib/server-database";
import type { CapturedStatement } from "../../lib/sql-capture";

const settings = serverSettingsFromEnv();
const file = process.env.BENCH_STATEMENTS;
if (!file) throw new Error("BENCH_STATEMENTS is required");
const byPath = JSON.parse(readFileSync(file, "utf8")) as Record<string, CapturedStatement[]>;

let query: (statement: CapturedStatement) => Promise<unknown[]>;
let close: () => Promise<void>;
if (settings.kind === "pglite") {
  const client = await PGlite.create(settings.dataDir, { extensions: { pg_trgm } });
  query = async ({ text, values }) => (await client.query(text, values)).rows;
  close = () => client.close();
} else {
  const pool = new pg.Pool({ connectionString: settings.url, max: 10 });
  query = async ({ text, values }) => (await pool.query(text, values)).rows;
  close = () => pool.end();
}

const app = new Hono();
app.get("*", async (c) => {
  const url = new URL(c.req.url);
  const statements = byPath[`${url.pathname}${url.search}`];
  if (!statements) return c.json({ error: "unknown path" }, 404);
  return c.json({ results: await Promise.all(statements.map(query)) });
});

serveBaseline(app, close);
