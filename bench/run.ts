// `npm run bench`: every workload against its baseline in the same run, on PGlite and (when reachable) PostgreSQL.
// Writes bench/results/latest.json and latest.md and prints the Markdown table. Measures; asserts nothing.
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { loadSettingsFromEnv } from "./lib/load";
import { type Report, type Skipped, toMarkdown, type WorkloadSection } from "./lib/report";
import { type BenchDatabase, Skip, type Workload, type WorkloadResult } from "./lib/workload";
import { alumniImport } from "./workloads/alumni-import";
import { alumniSearch } from "./workloads/alumni-search";
import { apiRead } from "./workloads/api-read";
import { homeFeed } from "./workloads/home-feed";
import { mailFanout } from "./workloads/mail-fanout";
import { recruitingBoards } from "./workloads/recruiting";

const ALL_WORKLOADS: Workload[] = [apiRead, alumniSearch, alumniImport, mailFanout, homeFeed, recruitingBoards];
/** BENCH_ONLY=<text>: only the workloads whose name contains it (for working on one; the results say so). */
const only = process.env.BENCH_ONLY?.trim().toLowerCase();
const WORKLOADS = only ? ALL_WORKLOADS.filter((w) => w.name.toLowerCase().includes(only)) : ALL_WORKLOADS;
const DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres";

const log = (message: string) => console.error(`[bench] ${message}`);

/** A fresh okaeri_bench_<random> database, or the reason PostgreSQL can't be used. */
async function createPostgresDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> } | { reason: string }> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => {});
    return { reason: `PostgreSQL at ${redact(adminUrl)} is not reachable (${error instanceof Error ? error.message : String(error)})` };
  }
  const name = `okaeri_bench_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`).catch((error: unknown) => log(`could not drop ${name}: ${String(error)}`));
      await admin.end().catch(() => {});
    },
  };
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const settings = loadSettingsFromEnv();
  const workRoot = mkdtempSync(join(tmpdir(), "okaeri-bench-"));
  const results: WorkloadResult[] = [];
  const skipped: Skipped[] = [];
  const sections: WorkloadSection[] = WORKLOADS.map((w) => ({
    name: w.name,
    baseline: w.baseline,
    compare: w.compare,
    settings: w.settings?.(settings) ?? settings,
    notes: [],
  }));
  const notes: string[] = [];
  const adminUrl = process.env.BENCH_DATABASE_URL || DEFAULT_DATABASE_URL;
  const postgres = await createPostgresDatabase(adminUrl);
  const databases: BenchDatabase[] = [{ kind: "pglite" }];
  if ("url" in postgres) databases.push({ kind: "postgresql", url: postgres.url });
  else for (const w of WORKLOADS) skipped.push({ workload: w.name, database: "postgresql", reason: postgres.reason });

  try {
    for (const [index, workload] of WORKLOADS.entries()) {
      const section = sections[index]!;
      for (const database of databases) {
        const workDir = join(workRoot, `${index}-${database.kind}`);
        mkdirSync(workDir, { recursive: true });
        const prefix = `${workload.name} / ${database.kind}`;
        try {
          const context = {
            settings: section.settings,
            workDir,
            log: (m: string) => log(`${prefix}: ${m}`),
            note: (m: string) => section.notes.push(`${database.kind}: ${m}`),
          };
          results.push(...(await workload.run(database, context)));
        } catch (error) {
          if (error instanceof Skip) {
            log(`${prefix} skipped: ${error.message}`);
            skipped.push({ workload: workload.name, database: database.kind, reason: error.message });
            continue;
          }
          log(`${prefix} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
          skipped.push({
            workload: workload.name,
            database: database.kind,
            reason: `failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          });
        }
      }
    }
  } finally {
    if ("drop" in postgres) await postgres.drop();
    rmSync(workRoot, { recursive: true, force: true });
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  notes.push(`Total run time ${seconds} s. Servers run as child processes (npx tsx), autocannon in the driver process.`);
  if (only) notes.push(`Only the workloads matching BENCH_ONLY="${only}" ran.`);
  const cpuList = cpus();
  if (loadBefore > cpuList.length / 2) {
    notes.push(`The machine was already busy before the run (1-min load average ${loadBefore.toFixed(2)} on ${cpuList.length} cores): expect noisier numbers.`);
  }
  const report: Report = {
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model.trim() ?? "unknown",
      platform: `${process.platform}-${process.arch}`,
      loadAverageBefore: loadBefore,
    },
    settings,
    workloads: sections,
    results,
    skipped,
    notes,
  };
  const markdown = toMarkdown(report);
  const resultsDir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(resultsDir, "latest.md"), markdown);
  process.stdout.write(markdown);
}

// Ctrl-C: exit normally so the server child processes (own process groups) are ended too.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
