// Runs in the driver process: migrates a database with Okaeri's own code, creates the bench tenant through the
// services, bulk-loads 20,000 alumni (accounts, group memberships) and 100,000 posts with plain SQL, signs one
// alumnus in, and captures the SQL Okaeri sends for GET /api/v1/me/alumni/home (the baseline replays it).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../../../src/server/app";
import type { Database } from "../../../src/server/db/client";
import * as tenancy from "../../../src/server/features/tenancy/tenancy.service";
import { createSession } from "../../../src/server/platform/auth/sessions";
import { withOkaeri } from "../../lib/okaeri-deps";
import type { ServerDatabase } from "../../lib/server-database";
import { type CapturedStatement, captureStatements, describeSql } from "../../lib/sql-capture";

export const PATH = "/api/v1/me/alumni/home";
const GROUPS = 40;
const EVENTS = 60;

export interface Prepared {
  token: string;
  alumni: number;
  posts: number;
  seconds: number;
  /** Everything Okaeri sends for one request, described ("select sessions+users+…"). */
  statements: string[];
  /** The feed's own statements (not the session lookup), as sent: the baseline runs exactly these. */
  feedStatements: CapturedStatement[];
}

export async function prepare(target: ServerDatabase, authSecret: string, alumniCount: number, postCount: number): Promise<Prepared> {
  return withOkaeri(target, authSecret, async (deps, database) => {
    const db = deps.database.db;
    const tenant = await tenancy.createTenant(db, { requestId: "bench" }, { slug: "bench-feed", name: "ベンチ株式会社", mfaRequiredForStaff: false });
    const started = Date.now();
    await load(database, tenant.id, alumniCount, postCount);
    const seconds = (Date.now() - started) / 1000;
    const { rows } = await database.executeSql("select id from users where email = 'feed-00001@bench.test'");
    const userId = (rows[0] as { id: string }).id;
    const { token } = await createSession(db, authSecret, { userId, tenantId: tenant.id, mfaPending: false });

    const app = createApp(deps);
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const get = async () => {
        const response = await fetch(`${origin}${PATH}`, { headers: { cookie: `okaeri_session=${token}` } });
        const body = (await response.json()) as { posts?: unknown[]; events?: unknown[] };
        if (response.status !== 200 || !body.posts?.length || !body.events?.length)
          throw new Error(`GET ${PATH} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
      };
      await get();
      const sent = await captureStatements(database, get);
      const feedStatements = sent.filter((s) => /community_|events|event_rsvps/.test(s.text));
      return { token, alumni: alumniCount, posts: postCount, seconds, statements: sent.map((s) => describeSql(s.text)), feedStatements };
    } finally {
      server.close();
    }
  });
}

/** Alumni with accounts, each in three of the groups; posts spread over the groups and two years; events ahead. */
async function load(database: Database, tenantId: string, alumniCount: number, postCount: number) {
  const t = `'${tenantId}'::uuid`;
  const statements = [
    `insert into users (email, name, locale, email_verified_at)
       select 'feed-' || lpad(g::text, 5, '0') || '@bench.test', '卒業 ' || g, 'ja', now() from generate_series(1, ${alumniCount}) g`,
    `insert into memberships (tenant_id, user_id, role) select ${t}, id, 'alumnus' from users where email like 'feed-%'`,
    `insert into alumni (tenant_id, family_name, given_name, leave_date, user_id, registered_at)
       select ${t}, '卒業', '花子' || n, date '2015-04-01' + (n % 3000)::int, id, now()
       from (select id, row_number() over (order by email) as n from users where email like 'feed-%') u`,
    `insert into community_groups (tenant_id, name, kind, join_policy)
       select ${t}, 'グループ ' || lpad(g::text, 2, '0'), 'interest', 'open' from generate_series(1, ${GROUPS}) g`,
    `insert into community_members (tenant_id, group_id, user_id)
       select ${t}, g.id, u.id
       from (select id, row_number() over (order by email) as n from users where email like 'feed-%') u
       join (select id, row_number() over (order by name) - 1 as k from community_groups where tenant_id = ${t}) g
         on g.k in (u.n % ${GROUPS}, (u.n + 7) % ${GROUPS}, (u.n + 19) % ${GROUPS})`,
    `update community_groups g set member_count = (select count(*) from community_members m where m.group_id = g.id) where tenant_id = ${t}`,
    `insert into community_posts (tenant_id, group_id, author_user_id, body, created_at, comment_count)
       select ${t}, g.id, u.id, '近況のご報告です（' || p || '）。**新しいチーム**で元気にやっています。', now() - (p || ' minutes')::interval, p % 4
       from generate_series(1, ${postCount}) p
       join (select id, row_number() over (order by name) - 1 as k from community_groups where tenant_id = ${t}) g on g.k = p % ${GROUPS}
       join (select id, row_number() over (order by email) - 1 as k from users where email like 'feed-%') u on u.k = (p * 7919) % ${alumniCount}`,
    `insert into community_reactions (tenant_id, post_id, user_id, kind)
       select ${t}, p.id, p.author_user_id, 'like' from community_posts p where p.tenant_id = ${t} and p.created_at > now() - interval '3 days'`,
    `update community_groups g set last_post_at = (select max(created_at) from community_posts p where p.group_id = g.id) where tenant_id = ${t}`,
    `insert into events (tenant_id, title_ja, title_en, format, venue, starts_at, ends_at, capacity)
       select ${t}, '交流会 ' || e, 'Meetup ' || e, 'venue', '東京都千代田区丸の内', now() + ((e - 20) || ' days')::interval,
              now() + ((e - 20) || ' days')::interval + interval '2 hours', 50
       from generate_series(1, ${EVENTS}) e`,
    `insert into event_rsvps (tenant_id, event_id, user_id, response, seat)
       select ${t}, e.id, u.id, 'going', 'confirmed'
       from events e cross join (select id from users where email like 'feed-%' order by email limit 40) u where e.tenant_id = ${t}`,
    "analyze",
  ];
  for (const statement of statements) await database.executeSql(statement);
}
