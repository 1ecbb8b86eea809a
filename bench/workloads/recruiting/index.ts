// "recruiting": the pipeline board (GET /api/v1/pipeline/board, all positions and one position) as HR, and the
// alumni job board (GET /api/v1/me/alumni/jobs, ordered by match) as one alumnus, for a tenant with 100,000
// alumni, 300 open positions and 20,000 candidates; Okaeri vs a bare Hono handler replaying the very statements
// Okaeri sent for the same request (see baseline-server.ts), both as child processes on the same database.
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { newToken } from "../../../src/server/platform/security/tokens";
import { startServer } from "../../lib/child";
import { type LoadSettings, loadSettingsFromEnv, type Measurement, measure, summarize } from "../../lib/load";
import { OKAERI_SERVER_SCRIPT, type ServerDatabase, serverDatabaseEnv } from "../../lib/server-database";
import type { Workload, WorkloadResult } from "../../lib/workload";
import { prepare, type RecruitingCase } from "./prepare";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const NAME = "recruiting boards";
/** Okaeri's p50 and p95 may each be at most this many times the bare SQL's (issue 6), on PostgreSQL. */
const TARGET = 2;

const count = (name: string, fallback: number, min: number) => {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return value;
};

const hasColumns = (body: unknown) => ((body as { columns?: unknown[] }).columns?.length ?? 0) > 0;
const hasItems = (body: unknown) => ((body as { items?: unknown[] }).items?.length ?? 0) > 0;

export const recruitingBoards: Workload = {
  name: NAME,
  baseline: "bare Hono + pg, or + PGlite in-process, replaying the statements Okaeri sent for the same request, all at once",
  compare: "latency",
  settings: (run: LoadSettings) => loadSettingsFromEnv("BENCH_RECRUITING", { connections: 4, durationSeconds: 5, warmupSeconds: 1, rounds: run.rounds }),
  async run(database, context) {
    const sizes = {
      alumni: count("BENCH_RECRUITING_ALUMNI", 100_000, 1_000),
      positions: count("BENCH_RECRUITING_POSITIONS", 300, 10),
      candidates: count("BENCH_RECRUITING_CANDIDATES", 20_000, 100),
    };
    const data = `${sizes.alumni.toLocaleString("en-US")} alumni, ${sizes.positions} open positions, ${sizes.candidates.toLocaleString("en-US")} candidates`;
    const authSecret = newToken(32);
    const okaeriDb: ServerDatabase = database.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "okaeri-pglite") } : database;
    context.log(`loading ${data}`);
    const cases: RecruitingCase[] = [
      { name: "pipeline board", path: "/api/v1/pipeline/board", who: "hr", check: hasColumns },
      { name: "job board (by match)", path: "/api/v1/me/alumni/jobs", who: "alumnus", check: hasItems },
    ];
    const prepared = await prepare(okaeriDb, authSecret, sizes, cases);
    context.note(`${data}: loaded with plain SQL in ${prepared.seconds.toFixed(0)} s; 60 % of candidates are alumni, spread over 9 stages.`);
    const statementsFile = join(context.workDir, "recruiting-statements.json");
    writeFileSync(statementsFile, JSON.stringify(Object.fromEntries(Object.values(prepared.cases).map((c) => [c.path, c.own]))));
    const baselineDb: ServerDatabase = okaeriDb.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "baseline-pglite") } : okaeriDb;
    if (okaeriDb.kind === "pglite" && baselineDb.kind === "pglite") cpSync(okaeriDb.dataDir, baselineDb.dataDir, { recursive: true });

    context.log("starting servers");
    const [okaeri, baseline] = await Promise.all([
      startServer("okaeri", OKAERI_SERVER_SCRIPT, { ...serverDatabaseEnv(okaeriDb), BENCH_AUTH_SECRET: authSecret }),
      startServer("baseline", here("./baseline-server.ts"), { ...serverDatabaseEnv(baselineDb), BENCH_STATEMENTS: statementsFile }),
    ]);
    try {
      const results: WorkloadResult[] = [];
      for (const c of cases) {
        const captured = prepared.cases[c.name]!;
        const headers = { cookie: `okaeri_session=${prepared.tokens[c.who]}` };
        const notes = [
          `Okaeri sends ${captured.statements.length} statements per request (${captured.statements.join("; ")}); the baseline replays the ${captured.own.length} that are the route's own (not the session lookup).`,
        ];
        const rounds: { okaeri: Measurement[]; baseline: Measurement[] } = { okaeri: [], baseline: [] };
        for (let round = 1; round <= context.settings.rounds; round++) {
          for (const [side, server] of [
            ["baseline", baseline],
            ["okaeri", okaeri],
          ] as const) {
            const result = await measure(`http://127.0.0.1:${server.port}${c.path}`, headers, context.settings);
            rounds[side].push(result);
            context.log(`${c.name} round ${round} ${side}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.rps.toFixed(0)} req/s`);
            if (result.non2xx > 0 || result.errors > 0)
              notes.push(`round ${round} ${side}: ${result.non2xx} non-2xx responses, ${result.errors} errors/timeouts`);
          }
        }
        const okaeriSummary = summarize(rounds.okaeri);
        const baselineSummary = summarize(rounds.baseline);
        const ratio = okaeriSummary.p50 / baselineSummary.p50;
        const p95Ratio = okaeriSummary.p95 / baselineSummary.p95;
        notes.push(`p95: Okaeri ${okaeriSummary.p95.toFixed(1)} ms vs ${baselineSummary.p95.toFixed(1)} ms, ratio ${p95Ratio.toFixed(2)}.`);
        const target = database.kind === "postgresql" ? TARGET : null;
        results.push({
          workload: NAME,
          case: c.name,
          database: database.kind,
          data,
          okaeri: okaeriSummary,
          baseline: baselineSummary,
          ratio,
          target,
          met: target === null ? null : ratio <= target && p95Ratio <= target,
          notes,
          details: { path: c.path, p95Ratio, statements: captured.statements, own: captured.own.map((s) => s.text) },
        });
      }
      return results;
    } finally {
      await Promise.all([okaeri.stop(), baseline.stop()]);
    }
  },
};
