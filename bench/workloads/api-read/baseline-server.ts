// The baseline: a bare Hono handler doing the one session → user → membership → tenant query that
// Okaeri's findSession does, with plain `pg` or `@electric-sql/pglite`. No Okaeri code runs here; the
// driver passes the session's id_hash (Okaeri stores only a keyed hash of the cookie's token).
// Env: BENCH_DB_KIND (pglite | postgresql), BENCH_DATA_DIR or BENCH_DB_URL, BENCH_SESSION_HASH.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { Hono } from "hono";
import { getCookie } from "hono/cookie";
import pg from "pg";
import { serveBaseline } from "../../lib/serve-baseline";
import { serverSettingsFromEnv } from "../../lib/server-database";

const SESSION_QUERY = `
  select s.id_hash, s.mfa_pending, u.id as user_id, u.locale, u.totp_enabled,
         m.id as membership_id, m.role, t.id as tenant_id, t.slug, t.name, t.mfa_required_for_staff
  from sessions s
  join users u on u.id = s.user_id
  join memberships m on m.user_id = s.user_id and m.tenant_id = s.tenant_id
  join tenants t on t.id = s.tenant_id
  where s.id_hash = $1 and s.expires_at > $2 and m.status = 'active'
  limit 1`;

interface SessionRow {
  id_hash: string;
  mfa_pending: boolean;
  user_id: string;
  locale: string;
  totp_enabled: boolean;
  membership_id: string;
  role: string;
  tenant_id: string;
  slug: string;
  name: string;
  mfa_required_for_staff: boolean;
}

const settings = serverSettingsFromEnv();
const sessionHash = process.env.BENCH_SESSION_HASH;
if (!sessionHash) throw new Error("BENCH_SESSION_HASH is required");

let query: (values: unknown[]) => Promise<SessionRow[]>;
let close: () => Promise<void>;
if (settings.kind === "pglite") {
  const client = await PGlite.create(settings.dataDir, { extensions: { pg_trgm } });
  query = async (values) => (await client.query<SessionRow>(SESSION_QUERY, values)).rows;
  close = () => client.close();
} else {
  const pool = new pg.Pool({ connectionString: settings.url, max: 10 });
  // A named statement, as Okaeri's session lookup is: both sides skip re-planning, so the ratio compares the stacks.
  query = async (values) => (await pool.query<SessionRow>({ name: "baseline_find_session", text: SESSION_QUERY, values })).rows;
  close = () => pool.end();
}

const app = new Hono();
app.get("/api/v1/me", async (c) => {
  if (!getCookie(c, "okaeri_session")) return c.json({ error: "unauthenticated" }, 401);
  const [row] = await query([sessionHash, new Date()]);
  if (!row || row.mfa_pending) return c.json({ error: "unauthenticated" }, 401);
  return c.json({
    user: { id: row.user_id, locale: row.locale, mfaEnabled: row.totp_enabled },
    tenant: { id: row.tenant_id, slug: row.slug, name: row.name },
    membershipId: row.membership_id,
    role: row.role,
  });
});

serveBaseline(app, close);
