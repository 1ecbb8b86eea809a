// Runs in the driver process: migrates a database with Okaeri's own code, creates five tenants and an HR API key
// through the services, bulk-loads the alumni (see load()), then reads back the SQL Okaeri sends for each search
// (compared with the baseline's) and EXPLAIN ANALYZEs it for the report.

import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import pg from "pg";
import { createApp } from "../../../src/server/app";
import type { Database } from "../../../src/server/db/client";
import * as apiKeys from "../../../src/server/features/api-keys/api-keys.service";
import * as tenancy from "../../../src/server/features/tenancy/tenancy.service";
import { systemContext } from "../../../src/server/platform/system-context";
import { withOkaeri } from "../../lib/okaeri-deps";
import type { ServerDatabase } from "../../lib/server-database";
import { captureStatements, describeSql } from "../../lib/sql-capture";
import { ALUMNI_COLUMNS, alumnusRow } from "./data";
import { CASES, filterOf, PAGE_SIZE, pathOf, type SearchCase, type Statement, searchStatements } from "./queries";

export const TENANTS = 5;
const BATCH = 1_000;

export interface PreparedCase {
  /** Matches in the bench tenant (the API's `total`). */
  total: number;
  /** What Okaeri sends for one request (after the API key's first use), e.g. "select api_keys+tenants". */
  statements: string[];
  /** Whether Okaeri's two alumni statements are exactly the baseline's (text and parameters). */
  sameSql: boolean;
  okaeriSql: Statement[];
  /** EXPLAIN ANALYZE of the page and the count statement, warm. */
  plans: { page: PlanSummary; count: PlanSummary };
}

export interface PlanSummary {
  ms: number;
  plan: string;
}

export interface Prepared {
  apiKey: string;
  tenantId: string;
  rowsPerTenant: number;
  seconds: { insert: number; copy: number; indexes: number; vacuum: number };
  cases: Record<SearchCase["id"], PreparedCase>;
}

export async function prepare(target: ServerDatabase, authSecret: string, rowsPerTenant: number, log: (m: string) => void): Promise<Prepared> {
  return withOkaeri(target, authSecret, async (deps, database) => {
    const db = deps.database.db;
    const tenants = [];
    for (let n = 1; n <= TENANTS; n++) {
      tenants.push(await tenancy.createTenant(db, { requestId: "bench" }, { slug: `bench-${n}`, name: `ベンチ株式会社 ${n}`, mfaRequiredForStaff: false }));
    }
    const tenant = tenants[0]!;
    const { key } = await apiKeys.createApiKey({ ctx: systemContext(deps, tenant), input: { name: "bench", role: "hr" } });
    const seconds = await load(
      database,
      target,
      tenants.map((t) => t.id),
      rowsPerTenant,
      log,
    );

    const app = createApp(deps);
    const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
    });
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const cases = {} as Record<SearchCase["id"], PreparedCase>;
      for (const c of CASES) {
        const get = async () => {
          const response = await fetch(`${origin}${pathOf(c)}`, { headers: { authorization: `Bearer ${key}` } });
          const body = (await response.json()) as { total?: number; items?: unknown[] };
          if (response.status !== 200 || typeof body.total !== "number")
            throw new Error(`GET ${pathOf(c)} answered ${response.status}: ${JSON.stringify(body)}`);
          return body.total;
        };
        await get(); // the API key's first use of the minute also records last_used_at
        let total = 0;
        const sent = await captureStatements(database, async () => {
          total = await get();
        });
        const expected = searchStatements(tenant.id, filterOf(c.params), PAGE_SIZE);
        const okaeriSql = sent.filter((s) => /\bfrom "alumni"/.test(s.text));
        const sameSql = okaeriSql.length === 2 && [expected.page, expected.count].every((e) => okaeriSql.some((s) => sameStatement(s, e)));
        cases[c.id] = {
          total,
          statements: sent.map((s) => describeSql(s.text)),
          sameSql,
          okaeriSql: okaeriSql.map((s) => ({ text: s.text, values: s.values })),
          plans: { page: await explain(database, expected.page), count: await explain(database, expected.count) },
        };
        log(
          `${c.label}: ${total} matches; page ${cases[c.id].plans.page.ms.toFixed(1)} ms, count ${cases[c.id].plans.count.ms.toFixed(1)} ms (EXPLAIN ANALYZE)`,
        );
      }
      return { apiKey: key, tenantId: tenant.id, rowsPerTenant, seconds, cases };
    } finally {
      server.close();
    }
  });
}

/**
 * Loads `rows` alumni into each tenant, fast: generated in JS for the first (bench) tenant with Okaeri's own
 * search columns, inserted 1,000 per multi-row INSERT, then copied server-side (INSERT … SELECT) into the others.
 * The table's secondary indexes are dropped first and rebuilt after with their exact definitions (a bulk build is
 * several times faster than index maintenance row by row), then VACUUM ANALYZE, so that no autovacuum of the
 * fresh table runs during the measurements.
 */
async function load(database: Database, target: ServerDatabase, tenantIds: string[], rows: number, log: (m: string) => void) {
  const clock = () => {
    const start = Date.now();
    return () => (Date.now() - start) / 1000;
  };
  const { rows: indexes } = await database.executeSql(
    `select indexname, indexdef from pg_indexes i where schemaname = 'public' and tablename = 'alumni'
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const index of indexes) await database.executeSql(`drop index "${String(index.indexname)}"`);

  let elapsed = clock();
  const columns = ALUMNI_COLUMNS.map((c) => `"${c}"`).join(", ");
  const [benchTenant, ...otherTenants] = tenantIds;
  const inFlight: Promise<unknown>[] = [];
  for (let start = 0; start < rows; start += BATCH) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = start; i < Math.min(rows, start + BATCH); i++) {
      const row = alumnusRow(benchTenant!, 1, i);
      tuples.push(`(${row.map((_, k) => `$${values.length + k + 1}`).join(", ")})`);
      values.push(...row);
    }
    inFlight.push(database.executeSql(`insert into alumni (${columns}) values ${tuples.join(", ")}`, values));
    // PostgreSQL inserts one batch while the next is generated; PGlite runs in this thread anyway.
    if (inFlight.length >= (database.kind === "postgresql" ? 2 : 1)) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const insert = elapsed();

  elapsed = clock();
  const copied = ALUMNI_COLUMNS.filter((c) => c !== "tenant_id")
    .map((c) => `"${c}"`)
    .join(", ");
  const copy = (tenantId: string) =>
    database.executeSql(`insert into alumni (tenant_id, ${copied}) select $1, ${copied} from alumni where tenant_id = $2`, [tenantId, benchTenant]);
  if (database.kind === "postgresql") await Promise.all(otherTenants.map(copy));
  else for (const t of otherTenants) await copy(t);
  const copySeconds = elapsed();
  log(`loaded ${tenantIds.length} × ${rows} alumni (insert ${insert.toFixed(1)} s, copies ${copySeconds.toFixed(1)} s); building indexes`);

  elapsed = clock();
  const definitions = indexes.map((i) => String(i.indexdef));
  if (target.kind === "postgresql") {
    // Two sessions: the short-gram GIN index (the longest build) on one, the rest on the other.
    const longest = definitions.filter((d) => d.includes("search_grams"));
    const rest = definitions.filter((d) => !d.includes("search_grams"));
    await Promise.all(
      [longest, rest].map(async (group) => {
        const client = new pg.Client({ connectionString: target.url });
        await client.connect();
        try {
          await client.query("set maintenance_work_mem = '512MB'");
          for (const d of group) await client.query(d);
        } finally {
          await client.end();
        }
      }),
    );
  } else {
    for (const d of definitions) await database.executeSql(d);
  }
  const indexSeconds = elapsed();
  elapsed = clock();
  await database.executeSql("vacuum (analyze) alumni");
  return { insert, copy: copySeconds, indexes: indexSeconds, vacuum: elapsed() };
}

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();
const sameStatement = (a: Statement, b: Statement) => normalize(a.text) === normalize(b.text) && JSON.stringify(a.values) === JSON.stringify(b.values);

interface PlanNode {
  "Node Type": string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Rows Removed by Index Recheck"?: number;
  Plans?: PlanNode[];
}

/** EXPLAIN ANALYZE, run twice (the second, warm, is kept): execution time and a one-line plan. */
async function explain(database: Database, statement: Statement): Promise<PlanSummary> {
  let result: PlanSummary = { ms: Number.NaN, plan: "" };
  for (let i = 0; i < 2; i++) {
    const { rows } = await database.executeSql(`explain (analyze, format json) ${statement.text}`, statement.values);
    const raw = rows[0]?.["QUERY PLAN"];
    const [top] = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: PlanNode; "Execution Time": number }];
    result = { ms: top["Execution Time"], plan: describePlan(top.Plan) };
  }
  return result;
}

/**
 * "Aggregate ← Bitmap Heap Scan [30,012 rows] ← Bitmap Index Scan alumni_search_grams_idx [150,060 rows]": rows
 * returned by each scan, and the rows it read only to throw away (filter, recheck), which is where time goes.
 */
function describePlan(node: PlanNode): string {
  const count = (n: number | undefined) => (n ?? 0) * (node["Actual Loops"] ?? 1);
  const facts = [
    `${count(node["Actual Rows"]).toLocaleString("en-US")} rows`,
    ...(count(node["Rows Removed by Filter"]) > 0 ? [`${count(node["Rows Removed by Filter"]).toLocaleString("en-US")} removed by filter`] : []),
    ...(count(node["Rows Removed by Index Recheck"]) > 0 ? [`${count(node["Rows Removed by Index Recheck"]).toLocaleString("en-US")} by recheck`] : []),
  ];
  const rows = node["Node Type"].endsWith("Scan") && node["Actual Rows"] !== undefined ? ` [${facts.join(", ")}]` : "";
  const label = `${node["Node Type"]}${node["Index Name"] ? ` ${node["Index Name"]}` : ""}${rows}`;
  const children = (node.Plans ?? []).map(describePlan);
  if (children.length === 0) return label;
  return children.length === 1 ? `${label} ← ${children[0]}` : `${label} ← (${children.join("; ")})`;
}
