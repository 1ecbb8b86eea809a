// "authenticated /api/v1 read": GET /api/v1/me with a session cookie, Okaeri vs a bare Hono handler doing
// the one session lookup query (see baseline-server.ts), both as child processes on the same database.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hashToken, newToken } from "../../../src/server/platform/security/tokens";
import { startServer } from "../../lib/child";
import { type Measurement, measure, summarize } from "../../lib/load";
import { OKAERI_SERVER_SCRIPT, type ServerDatabase, serverDatabaseEnv } from "../../lib/server-database";
import type { Workload, WorkloadResult } from "../../lib/workload";
import { prepare } from "./prepare";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const PATH = "/api/v1/me";
const NAME = "authenticated /api/v1 read";

export const apiRead: Workload = {
  name: NAME,
  baseline: "bare Hono + pg, or + PGlite in-process (the one findSession query)",
  compare: "throughput",
  async run(database, context) {
    const authSecret = newToken(32);
    const okaeriDb: ServerDatabase = database.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "okaeri-pglite") } : database;
    context.log("seeding and signing in");
    const prepared = await prepare(okaeriDb, authSecret);
    // PGlite is one process per directory: the baseline gets an identical copy of the prepared database.
    const baselineDb: ServerDatabase = okaeriDb.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "baseline-pglite") } : okaeriDb;
    if (okaeriDb.kind === "pglite" && baselineDb.kind === "pglite") cpSync(okaeriDb.dataDir, baselineDb.dataDir, { recursive: true });

    context.log("starting servers");
    const [okaeri, baseline] = await Promise.all([
      startServer("okaeri", OKAERI_SERVER_SCRIPT, { ...serverDatabaseEnv(okaeriDb), BENCH_AUTH_SECRET: authSecret }),
      startServer("baseline", here("./baseline-server.ts"), { ...serverDatabaseEnv(baselineDb), BENCH_SESSION_HASH: hashToken(authSecret, prepared.token) }),
    ]);
    try {
      const headers = { cookie: `okaeri_session=${prepared.token}` };
      const notes = [
        `GET ${PATH} on Okaeri issues ${prepared.queriesPerRequest} SQL statements per request (${prepared.statements.join("; ")}); the baseline issues 1.`,
      ];
      for (const server of [okaeri, baseline]) {
        const response = await fetch(`http://127.0.0.1:${server.port}${PATH}`, { headers });
        const body = (await response.json()) as { user?: { id?: string } };
        if (response.status !== 200 || body.user?.id !== prepared.userId)
          throw new Error(`${server.name} answered ${response.status} ${JSON.stringify(body)} for the bench session`);
      }
      const rounds: { okaeri: Measurement[]; baseline: Measurement[] } = { okaeri: [], baseline: [] };
      for (let round = 1; round <= context.settings.rounds; round++) {
        for (const [side, server] of [
          ["baseline", baseline],
          ["okaeri", okaeri],
        ] as const) {
          const result = await measure(`http://127.0.0.1:${server.port}${PATH}`, headers, context.settings);
          rounds[side].push(result);
          context.log(`round ${round} ${side}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`);
          if (result.non2xx > 0 || result.errors > 0)
            notes.push(`round ${round} ${side}: ${result.non2xx} non-2xx responses, ${result.errors} errors/timeouts`);
        }
      }
      const okaeriSummary = summarize(rounds.okaeri);
      const baselineSummary = summarize(rounds.baseline);
      const ratio = okaeriSummary.rps / baselineSummary.rps;
      const target = database.kind === "postgresql" ? 0.5 : null;
      const result: WorkloadResult = {
        workload: NAME,
        database: database.kind,
        okaeri: okaeriSummary,
        baseline: baselineSummary,
        ratio,
        target,
        met: target === null ? null : ratio >= target,
        notes,
        details: { seededUsers: prepared.seededUsers, queriesPerRequest: prepared.queriesPerRequest, statements: prepared.statements },
      };
      return [result];
    } finally {
      await Promise.all([okaeri.stop(), baseline.stop()]);
    }
  },
};
