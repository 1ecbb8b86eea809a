// "mail fan-out": an announcement to N consenting alumni through Okaeri (POST /api/v1/announcements → fan-out job
// → outbox → pg-boss send jobs → SMTP) vs bare nodemailer (pool: true) sending N messages, both to the same SMTP
// sink in the driver, in the same run. Timed from the trigger to the sink holding N distinct Message-IDs; the sink
// also counts duplicates and lost messages.
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { newToken } from "../../../src/server/platform/security/tokens";
import { startServer } from "../../lib/child";
import { median } from "../../lib/load";
import type { ServerDatabase } from "../../lib/server-database";
import { serverDatabaseEnv } from "../../lib/server-database";
import type { DurationResult, DurationSummary, Workload } from "../../lib/workload";
import { BODY_EN, BODY_JA } from "./message";
import { prepare } from "./prepare";
import { startCountingSink } from "./sink";

const NAME = "mail fan-out";
/** Okaeri's delivery should reach at least half of bare nodemailer's throughput: at most twice its time. */
const TARGET = 2;
const TIMEOUT_MS = 15 * 60_000;
const OKAERI_SCRIPT = fileURLToPath(new URL("./okaeri-mail-server.ts", import.meta.url));
const BASELINE_SCRIPT = fileURLToPath(new URL("./baseline-sender.ts", import.meta.url));

function recipientsFromEnv(): number {
  const value = Number(process.env.BENCH_MAIL_COUNT ?? "10000");
  if (!Number.isInteger(value) || value < 10 || value > 100_000)
    throw new Error(`BENCH_MAIL_COUNT must be 10 to 100,000, got "${process.env.BENCH_MAIL_COUNT}"`);
  return value;
}

const summary = (rounds: number[], n: number): DurationSummary => ({ seconds: median(rounds), rowsPerSecond: n / median(rounds), rounds });

/** Seconds from the trigger until the fan-out job has written every message (the announcement says "sent"). */
async function watchFanout(url: string, headers: Record<string, string>, started: number): Promise<number> {
  for (;;) {
    const res = await fetch(url, { headers }).catch(() => null);
    if (res?.ok && ((await res.json()) as { status: string }).status === "sent") return (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export const mailFanout: Workload = {
  name: NAME,
  baseline:
    "bare nodemailer (`pool: true`, 5 connections) sending the same number of messages of the same size at once, from its own process, to the same SMTP sink",
  compare: "duration",
  async run(database, context) {
    const n = recipientsFromEnv();
    const rounds = context.settings.rounds;
    const authSecret = newToken(32);
    const target: ServerDatabase = database.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "okaeri-pglite") } : database;
    context.log(`preparing ${n.toLocaleString("en-US")} consenting alumni`);
    const { apiKey } = await prepare(target, authSecret, n);
    const sink = await startCountingSink();
    const okaeri = await startServer("okaeri", OKAERI_SCRIPT, { ...serverDatabaseEnv(target), BENCH_AUTH_SECRET: authSecret, BENCH_SMTP_URL: sink.url });
    const okaeriRounds: number[] = [];
    const baselineRounds: number[] = [];
    const faults = { okaeriDuplicates: 0, okaeriLost: 0, baselineDuplicates: 0, baselineLost: 0 };
    const statuses: Record<string, number>[] = [];
    const fanoutSeconds: number[] = [];
    try {
      for (let round = 1; round <= rounds; round++) {
        // Baseline.
        const runId = randomBytes(4).toString("hex");
        // The sender prints its ready line just before it starts sending: the clock starts there, not at its boot.
        const sender = await startServer("baseline", BASELINE_SCRIPT, { BENCH_SMTP_URL: sink.url, BENCH_MAIL_COUNT: String(n), BENCH_RUN_ID: runId });
        const started = performance.now();
        const ended = await sink.waitFor(`<baseline_${runId}_`, n, TIMEOUT_MS);
        baselineRounds.push((ended - started) / 1000);
        await sender.stop();
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const base = sink.count(`<baseline_${runId}_`);
        faults.baselineDuplicates += base.total - base.distinct;
        faults.baselineLost += n - base.distinct;
        context.log(`round ${round}: nodemailer ${baselineRounds.at(-1)!.toFixed(1)} s`);

        // Okaeri.
        const headers = { authorization: `Bearer ${apiKey}`, "content-type": "application/json" };
        const okaeriStarted = performance.now();
        const res = await fetch(`http://127.0.0.1:${okaeri.port}/api/v1/announcements`, {
          method: "POST",
          headers,
          body: JSON.stringify({ subjectJa: `お知らせ ${round}`, bodyJa: BODY_JA, subjectEn: `News ${round}`, bodyEn: BODY_EN }),
        });
        if (res.status !== 201) throw new Error(`POST /api/v1/announcements answered ${res.status}: ${await res.text()}`);
        const { id } = (await res.json()) as { id: string };
        const fanout = watchFanout(`http://127.0.0.1:${okaeri.port}/api/v1/announcements/${id}`, headers, okaeriStarted);
        const okaeriEnded = await sink.waitFor(`<announcement_${id}_`, n, TIMEOUT_MS);
        fanoutSeconds.push(await fanout);
        okaeriRounds.push((okaeriEnded - okaeriStarted) / 1000);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const got = sink.count(`<announcement_${id}_`);
        faults.okaeriDuplicates += got.total - got.distinct;
        faults.okaeriLost += n - got.distinct;
        const detail = (await (await fetch(`http://127.0.0.1:${okaeri.port}/api/v1/announcements/${id}`, { headers })).json()) as {
          counts: Record<string, number>;
        };
        statuses.push(detail.counts);
        context.log(
          `round ${round}: Okaeri ${okaeriRounds.at(-1)!.toFixed(1)} s, all written to the outbox after ${fanoutSeconds.at(-1)!.toFixed(1)} s (${JSON.stringify(detail.counts)})`,
        );
      }
    } finally {
      await okaeri.stop();
      await sink.close();
    }
    const ok = summary(okaeriRounds, n);
    const base = summary(baselineRounds, n);
    const ratio = ok.seconds / base.seconds;
    const throughputRatio = ok.rowsPerSecond / base.rowsPerSecond;
    const clean = faults.okaeriDuplicates === 0 && faults.okaeriLost === 0;
    const result: DurationResult = {
      workload: NAME,
      database: database.kind,
      data: `${n.toLocaleString("en-US")} messages`,
      ratio,
      target: TARGET,
      met: ratio <= TARGET && clean,
      notes: [
        `throughput ratio (Okaeri msg/s ÷ nodemailer msg/s) ${throughputRatio.toFixed(2)}, target ≥ 0.50`,
        `Okaeri: ${faults.okaeriDuplicates} duplicates, ${faults.okaeriLost} lost; nodemailer: ${faults.baselineDuplicates} duplicates, ${faults.baselineLost} lost (by Message-ID at the sink)`,
      ],
      details: { throughputRatio, faults, outboxCounts: statuses, fanoutSeconds },
      okaeri: ok,
      baseline: base,
      memory: null,
    };
    return [result];
  },
};
