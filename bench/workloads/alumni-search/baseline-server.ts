// The baseline: a bare Hono handler for GET /api/v1/alumni that runs listAlumni's two statements (the page with
// limit + 1 rows and the count, in parallel, unnamed and parameterised like drizzle's) with plain `pg` or
// `@electric-sql/pglite`, and answers the same JSON shape. No Okaeri code runs here and nothing is checked
// but that an Authorization header is present: the driver passes the bench tenant's id.
// Env: BENCH_DB_KIND (pglite | postgresql), BENCH_DATA_DIR or BENCH_DB_URL, BENCH_TENANT_ID.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Hono } from "hono";
import pg from "pg";
import { serveBaseline } from "../../lib/serve-baseline";
import { serverSettingsFromEnv } from "../../lib/server-database";
import { filterOf, type Statement, searchStatements } from "./queries";

type Row = Record<string, unknown>;

const settings = serverSettingsFromEnv();
const tenantId = process.env.BENCH_TENANT_ID;
if (!tenantId) throw new Error("BENCH_TENANT_ID is required");

let query: (statement: Statement) => Promise<Row[]>;
let close: () => Promise<void>;
if (settings.kind === "pglite") {
  const client = await PGlite.create(settings.dataDir, { extensions: { pg_trgm } });
  query = async ({ text, values }) => (await client.query<Row>(text, values)).rows;
  close = () => client.close();
} else {
  const pool = new pg.Pool({ connectionString: settings.url, max: 10 });
  query = async ({ text, values }) => (await pool.query<Row>(text, values)).rows;
  close = () => pool.end();
}

const app = new Hono();
app.get("/api/v1/alumni", async (c) => {
  if (!c.req.header("authorization")) return c.json({ error: "unauthenticated" }, 401);
  const limit = Number(c.req.query("limit") ?? 25);
  const { page, count } = searchStatements(tenantId, filterOf(c.req.query()), limit);
  const [rows, [total]] = await Promise.all([query(page), query(count)]);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return c.json({
    items: rows.slice(0, limit),
    total: Number(total?.count ?? 0),
    nextCursor: last === undefined ? null : Buffer.from(JSON.stringify({ k: last.sort_key, i: last.id })).toString("base64url"),
  });
});

serveBaseline(app, close);
