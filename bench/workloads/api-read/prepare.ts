// Runs in the driver process: migrates a database with Okaeri's own code, creates the bench tenant and member
// through the services, seeds other users/sessions with plain SQL, and signs in over HTTP for a session cookie.

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../../../src/server/app";
import type { Database } from "../../../src/server/db/client";
import * as account from "../../../src/server/features/account/account.service";
import * as members from "../../../src/server/features/members/members.service";
import * as tenancy from "../../../src/server/features/tenancy/tenancy.service";
import { hashPassword } from "../../../src/server/platform/security/passwords";
import { withOkaeri } from "../../lib/okaeri-deps";
import type { ServerDatabase } from "../../lib/server-database";
import { captureStatements, describeSql } from "../../lib/sql-capture";

export const SEEDED_USERS = 2_000;
const SEEDED_TENANTS = 20;
const EMAIL = "bench@example.test";
const PASSWORD = "bench-password-123";

export interface Prepared {
  token: string;
  userId: string;
  seededUsers: number;
  /** SQL statements Okaeri issues for one GET /api/v1/me, counted in-process. */
  queriesPerRequest: number;
  statements: string[];
}

export async function prepare(target: ServerDatabase, authSecret: string): Promise<Prepared> {
  return withOkaeri(target, authSecret, async (deps, database) => {
    const db = deps.database.db;
    const tenant = await tenancy.createTenant(db, { requestId: "bench" }, { slug: "bench", name: "ベンチ株式会社", mfaRequiredForStaff: false });
    const user = await account.createUser(db, { email: EMAIL, name: "ベンチ 太郎", passwordHash: await hashPassword(PASSWORD), locale: "ja" });
    await members.addMember(db, { tenantId: tenant.id, userId: user.id, role: "hr" });
    await seed(database);

    const app = createApp(deps);
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await fetch(`${origin}/api/auth/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith("okaeri_session="));
      const token = cookie?.split(";")[0]?.slice("okaeri_session=".length);
      if (response.status !== 200 || !token) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      const { count, statements } = await countStatements(database, 20, async () => {
        const me = await fetch(`${origin}/api/v1/me`, { headers: { cookie: `okaeri_session=${token}` } });
        if (me.status !== 200) throw new Error(`GET /api/v1/me answered ${me.status}: ${await me.text()}`);
        await me.arrayBuffer();
      });
      return { token, userId: user.id, seededUsers: SEEDED_USERS, queriesPerRequest: count, statements };
    } finally {
      server.close();
    }
  });
}

/** Other tenants, users, memberships and live sessions, so the lookup runs against realistic tables. */
async function seed(database: Database) {
  const statements = [
    `insert into tenants (slug, name, mfa_required_for_staff)
       select 'seed-' || lpad(g::text, 3, '0'), 'シード会社 ' || g, false from generate_series(1, ${SEEDED_TENANTS}) g`,
    `insert into users (email, name, password_hash, locale)
       select 'seed-' || lpad(g::text, 5, '0') || '@example.test', 'シード ' || g, null, case when g % 4 = 0 then 'en' else 'ja' end
       from generate_series(1, ${SEEDED_USERS}) g`,
    `insert into memberships (tenant_id, user_id, role)
       select t.id, u.id, case when u.n % 10 = 0 then 'hr' when u.n % 3 = 0 then 'employee' else 'alumnus' end
       from (select id, row_number() over (order by email) as n from users where email like 'seed-%') u
       join (select id, row_number() over (order by slug) - 1 as k from tenants where slug like 'seed-%') t on t.k = u.n % ${SEEDED_TENANTS}`,
    `insert into sessions (id_hash, user_id, tenant_id, expires_at)
       select encode(sha256(convert_to(m.id::text || random()::text, 'UTF8')), 'base64'), m.user_id, m.tenant_id, now() + interval '14 days'
       from memberships m join users u on u.id = m.user_id where u.email like 'seed-%'`,
    "analyze",
  ];
  for (const statement of statements) await database.executeSql(statement);
}

/** Counts the SQL statements sent while `action` runs `repeat` times (per run, rounded), and lists one run's. */
async function countStatements(database: Database, repeat: number, action: () => Promise<void>): Promise<{ count: number; statements: string[] }> {
  const one = await captureStatements(database, action);
  let total = one.length;
  for (let i = 1; i < repeat; i++) total += (await captureStatements(database, action)).length;
  return { count: Math.round(total / repeat), statements: one.map((s) => describeSql(s.text)) };
}
