// "alumni home feed": GET /api/v1/me/alumni/home (my groups, the newest posts across them, upcoming events) for
// one alumnus of a tenant with 20,000 alumni and 100,000 posts, Okaeri vs a bare Hono handler replaying the very
// statements Okaeri sent for it (see baseline-server.ts), both as child processes on the same database.
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { newToken } from "../../../src/server/platform/security/tokens";
import { startServer } from "../../lib/child";
import { type LoadSettings, loadSettingsFromEnv, type Measurement, measure, summarize } from "../../lib/load";
import { OKAERI_SERVER_SCRIPT, type ServerDatabase, serverDatabaseEnv } from "../../lib/server-database";
import type { Workload, WorkloadResult } from "../../lib/workload";
import { PATH, prepare } from "./prepare";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const NAME = "alumni home feed";
/** Okaeri's p50 and p95 may each be at most this many times the bare SQL's (issue 5), on PostgreSQL. */
const TARGET = 2;

const count = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 100) throw new Error(`${name} must be a whole number ≥ 100, got "${raw}"`);
  return value;
};

export const homeFeed: Workload = {
  name: NAME,
  baseline: "bare Hono + pg, or + PGlite in-process, replaying the feed statements Okaeri sent for the same request, all at once",
  compare: "latency",
  settings: (run: LoadSettings) => loadSettingsFromEnv("BENCH_FEED", { connections: 4, durationSeconds: 5, warmupSeconds: 1, rounds: run.rounds }),
  async run(database, context) {
    const alumni = count("BENCH_FEED_ALUMNI", 20_000);
    const posts = count("BENCH_FEED_POSTS", 100_000);
    const data = `${alumni.toLocaleString("en-US")} alumni, ${posts.toLocaleString("en-US")} posts in 40 groups`;
    const authSecret = newToken(32);
    const okaeriDb: ServerDatabase = database.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "okaeri-pglite") } : database;
    context.log(`loading ${data}`);
    const prepared = await prepare(okaeriDb, authSecret, alumni, posts);
    context.note(`${data}: loaded with plain SQL in ${prepared.seconds.toFixed(0)} s; each alumnus is in 3 groups.`);
    const statementsFile = join(context.workDir, "feed-statements.json");
    writeFileSync(statementsFile, JSON.stringify(prepared.feedStatements));
    const baselineDb: ServerDatabase = okaeriDb.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "baseline-pglite") } : okaeriDb;
    if (okaeriDb.kind === "pglite" && baselineDb.kind === "pglite") cpSync(okaeriDb.dataDir, baselineDb.dataDir, { recursive: true });

    context.log("starting servers");
    const [okaeri, baseline] = await Promise.all([
      startServer("okaeri", OKAERI_SERVER_SCRIPT, { ...serverDatabaseEnv(okaeriDb), BENCH_AUTH_SECRET: authSecret }),
      startServer("baseline", here("./baseline-server.ts"), { ...serverDatabaseEnv(baselineDb), BENCH_STATEMENTS: statementsFile }),
    ]);
    try {
      const headers = { cookie: `okaeri_session=${prepared.token}` };
      const notes = [
        `Okaeri sends ${prepared.statements.length} statements per request (${prepared.statements.join("; ")}); the baseline replays the ${prepared.feedStatements.length} feed statements among them.`,
      ];
      const rounds: { okaeri: Measurement[]; baseline: Measurement[] } = { okaeri: [], baseline: [] };
      for (let round = 1; round <= context.settings.rounds; round++) {
        for (const [side, server] of [
          ["baseline", baseline],
          ["okaeri", okaeri],
        ] as const) {
          const result = await measure(`http://127.0.0.1:${server.port}${PATH}`, headers, context.settings);
          rounds[side].push(result);
          context.log(`round ${round} ${side}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.rps.toFixed(0)} req/s`);
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
      const result: WorkloadResult = {
        workload: NAME,
        database: database.kind,
        data,
        okaeri: okaeriSummary,
        baseline: baselineSummary,
        ratio,
        target,
        met: target === null ? null : ratio <= target && p95Ratio <= target,
        notes,
        details: { path: PATH, p95Ratio, statements: prepared.statements, feedStatements: prepared.feedStatements.map((s) => s.text) },
      };
      return [result];
    } finally {
      await Promise.all([okaeri.stop(), baseline.stop()]);
    }
  },
};
