// Runs in the driver process: migrates a database with Okaeri's own code, creates the bench tenant through the
// services, bulk-loads 100,000 alumni, 300 open positions and 20,000 candidates with plain SQL, signs in an HR person
// and one alumnus, and captures the SQL Okaeri sends for each measured path (the baseline replays it).
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "../../../src/server/app";
import type { Database } from "../../../src/server/db/client";
import { ensureStages } from "../../../src/server/features/pipeline/stages.repo";
import * as tenancy from "../../../src/server/features/tenancy/tenancy.service";
import { createSession } from "../../../src/server/platform/auth/sessions";
import { withOkaeri } from "../../lib/okaeri-deps";
import type { ServerDatabase } from "../../lib/server-database";
import { type CapturedStatement, captureStatements, describeSql } from "../../lib/sql-capture";

export interface RecruitingCase {
  name: string;
  path: string;
  who: "hr" | "alumnus";
  /** What a correct answer holds, so a broken route is not measured as a fast one. */
  check(body: unknown): boolean;
}

export interface Sizes {
  alumni: number;
  positions: number;
  candidates: number;
}

export interface PreparedCase {
  path: string;
  /** Everything Okaeri sends for one request, described ("select candidates+pipeline_stages"). */
  statements: string[];
  /** The route's own statements (not the session lookup), as sent: the baseline runs exactly these. */
  own: CapturedStatement[];
}

export interface Prepared {
  tokens: Record<RecruitingCase["who"], string>;
  seconds: number;
  cases: Record<string, PreparedCase>;
}

const SESSION_TABLES = new Set(["sessions", "memberships", "tenants", "users"]);
/** The caller's session and membership lookups, which every route shares: the baseline is the route's own work. */
const isSessionLookup = (text: string) => (describeSql(text).split(" ")[1] ?? "").split("+").every((table) => SESSION_TABLES.has(table));

export async function prepare(target: ServerDatabase, authSecret: string, sizes: Sizes, cases: RecruitingCase[]): Promise<Prepared> {
  return withOkaeri(target, authSecret, async (deps, database) => {
    const db = deps.database.db;
    const tenant = await tenancy.createTenant(db, { requestId: "bench" }, { slug: "bench-recruiting", name: "ベンチ採用株式会社", mfaRequiredForStaff: false });
    await ensureStages(db, tenant.id);
    const started = Date.now();
    await load(database, tenant.id, sizes);
    const seconds = (Date.now() - started) / 1000;
    const userId = async (email: string) => ((await database.executeSql(`select id from users where email = '${email}'`)).rows[0] as { id: string }).id;
    const tokens = {
      hr: (await createSession(db, authSecret, { userId: await userId("hr-01@bench.test"), tenantId: tenant.id, mfaPending: false })).token,
      alumnus: (await createSession(db, authSecret, { userId: await userId("alumnus@bench.test"), tenantId: tenant.id, mfaPending: false })).token,
    };

    const app = createApp(deps);
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const prepared: Record<string, PreparedCase> = {};
      for (const c of cases) {
        const get = async () => {
          const response = await fetch(`${origin}${c.path}`, { headers: { cookie: `okaeri_session=${tokens[c.who]}` } });
          const body = await response.json();
          if (response.status !== 200 || !c.check(body)) throw new Error(`GET ${c.path} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
        };
        await get();
        const sent = await captureStatements(database, get);
        const own = sent.filter((s) => !isSessionLookup(s.text));
        prepared[c.name] = { path: c.path, statements: sent.map((s) => describeSql(s.text)), own };
      }
      return { tokens, seconds, cases: prepared };
    } finally {
      server.close();
    }
  });
}

const DEPARTMENTS = ["エンジニアリング部", "営業部", "人事部", "マーケティング部", "経理部", "カスタマーサクセス部", "プロダクト企画部", "法務部"];
const SKILLS = [
  "Java",
  "Go",
  "TypeScript",
  "React",
  "AWS",
  "要件定義",
  "法人営業",
  "Salesforce",
  "交渉",
  "採用",
  "労務管理",
  "SEO",
  "データ分析",
  "SQL",
  "決算",
  "連結会計",
  "SAP",
  "Zendesk",
  "オンボーディング",
  "Figma",
];

/**
 * 100,000 alumni (one signed-in alumnus who consents to job offers, with skills and a department history), 20 HR
 * people and managers, `positions` open positions (each with 3 skills, a department and, for a third, a hiring
 * manager), and `candidates` candidacies (60 % alumni) spread over every stage, with two activities each.
 */
async function load(database: Database, tenantId: string, sizes: Sizes) {
  const t = `'${tenantId}'::uuid`;
  const arr = (items: string[]) => `array[${items.map((s) => `'${s}'`).join(",")}]`;
  const statements = [
    `insert into users (email, name, locale, email_verified_at)
       select 'hr-' || lpad(g::text, 2, '0') || '@bench.test', '人事 ' || g, 'ja', now() from generate_series(1, 20) g`,
    `insert into memberships (tenant_id, user_id, role)
       select ${t}, id, case when email < 'hr-11' then 'hr' else 'manager' end from users where email like 'hr-%@bench.test'`,
    `insert into alumni (tenant_id, family_name, given_name, department, leave_date, skills, sort_key)
       select ${t}, '卒業', '太郎' || g, (${arr(DEPARTMENTS)})[1 + g % ${DEPARTMENTS.length}], date '2012-04-01' + (g % 4000)::int,
              array[(${arr(SKILLS)})[1 + g % ${SKILLS.length}], (${arr(SKILLS)})[1 + (g * 7) % ${SKILLS.length}]], lpad(g::text, 6, '0')
       from generate_series(1, ${sizes.alumni}) g`,
    `insert into alumni_department_history (tenant_id, alumnus_id, department, from_date, to_date)
       select tenant_id, id, department, leave_date - 1500, leave_date from alumni where tenant_id = ${t}`,
    `insert into users (email, name, locale, email_verified_at) values ('alumnus@bench.test', '山本 翔太', 'ja', now())`,
    `insert into memberships (tenant_id, user_id, role) select ${t}, id, 'alumnus' from users where email = 'alumnus@bench.test'`,
    `insert into alumni (tenant_id, family_name, given_name, department, leave_date, skills, user_id, registered_at, sort_key)
       select ${t}, '山本', '翔太', 'エンジニアリング部', date '2025-09-30', array['Java', 'Go', 'AWS', '要件定義'], id, now(), '000000'
       from users where email = 'alumnus@bench.test'`,
    `insert into alumni_department_history (tenant_id, alumnus_id, department, from_date, to_date)
       select tenant_id, id, '開発部', date '2016-04-01', date '2019-03-31' from alumni where tenant_id = ${t} and user_id is not null`,
    `insert into alumni_consents (tenant_id, alumnus_id, purpose, granted, notice_version)
       select tenant_id, id, 'job_opportunities', true, 1 from alumni where tenant_id = ${t} and user_id is not null`,
    `insert into positions (tenant_id, title_ja, title_en, department, description_ja, description_en, skills, grade_min, grade_max,
                            location, employment_type, visibility, status, hiring_manager_user_id, opened_at)
       select ${t}, 'ポジション ' || g, 'Position ' || g, (${arr(DEPARTMENTS)})[1 + g % ${DEPARTMENTS.length}],
              '## 仕事内容\n- チームと一緒に' || g || '番目のプロダクトをつくります。', '## The role\n- Build product ' || g || ' with the team.',
              array[(${arr(SKILLS)})[1 + g % ${SKILLS.length}], (${arr(SKILLS)})[1 + (g * 3) % ${SKILLS.length}], (${arr(SKILLS)})[1 + (g * 11) % ${SKILLS.length}]],
              'G2', 'G5', '東京本社', 'full_time', case when g % 4 = 0 then 'public' else 'alumni' end, 'open',
              (select id from users where email = 'hr-' || lpad((11 + g % 10)::text, 2, '0') || '@bench.test'),
              now() - (g || ' hours')::interval
       from generate_series(1, ${sizes.positions}) g`,
    `insert into candidates (tenant_id, alumnus_id, full_name, email, email_key, position_id, stage_id, source, owner_user_id, stage_entered_at, created_at)
       select ${t}, case when c % 5 < 3 then a.id end, '候補 ' || c, 'cand-' || c || '@example.jp', 'cand-' || c || '@example.jp',
              p.id, s.id, (array['alumni','alumni_referral','employee_referral','direct','agency'])[1 + c % 5],
              o.id, now() - ((c % 90) || ' days')::interval, now() - ((c % 120) || ' days')::interval
       from generate_series(1, ${sizes.candidates}) c
       join lateral (select id from alumni where tenant_id = ${t} and sort_key = lpad((c * 5)::text, 6, '0')) a on true
       join (select id, row_number() over (order by created_at, title_ja) - 1 as k from positions where tenant_id = ${t}) p on p.k = c % ${sizes.positions}
       join (select id, position as k from pipeline_stages where tenant_id = ${t}) s on s.k = c % 9
       join (select id, row_number() over (order by email) - 1 as k from users where email like 'hr-%@bench.test') o on o.k = c % 20`,
    `update candidates set closed_at = stage_entered_at where tenant_id = ${t} and stage_id in (select id from pipeline_stages where tenant_id = ${t} and kind <> 'open')`,
    `insert into candidate_activities (tenant_id, candidate_id, kind, data, created_at)
       select tenant_id, id, 'created', '{}'::jsonb, created_at from candidates where tenant_id = ${t}
       union all
       select tenant_id, id, 'stage_changed', '{}'::jsonb, stage_entered_at from candidates where tenant_id = ${t}`,
    "analyze",
  ];
  for (const statement of statements) await database.executeSql(statement);
}
