// "alumni import": a SmartHR-style Shift_JIS CSV uploaded to POST /api/v1/alumni/imports and imported by the
// job worker of a real Okaeri server process, vs COPY of the same rows (as Okaeri stores them) into an equivalent
// table of the same database. Compared on wall time; the server's memory is watched during the import.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { newToken } from "../../../src/server/platform/security/tokens";
import { type LoadSettings, loadSettingsFromEnv, median } from "../../lib/load";
import type { ServerDatabase } from "../../lib/server-database";
import { type BenchDatabase, type DurationResult, Skip, type Workload } from "../../lib/workload";
import { copyRows } from "./copy-baseline";
import { type CaseFiles, writeCaseFiles } from "./files";
import { describeImport, type ImportRun, importOnFreshServer } from "./okaeri-import";
import { prepare } from "./prepare";
import { type RowsCheck, sameRows } from "./same-rows";

const NAME = "alumni import";
/** Okaeri's import may take at most this many times COPY's time (issue 3), for 100,000 rows on PostgreSQL. */
const TARGET = 3;
const TARGET_ROWS = 100_000;
/** A file this many times smaller shows whether memory grows with the file's size. */
const SMALLER = 5;

const count = (n: number) => n.toLocaleString("en-US");

function rowsFromEnv(): number {
  const raw = process.env.BENCH_IMPORT_ROWS;
  if (raw === undefined || raw === "") return TARGET_ROWS;
  const value = Number(raw);
  if (value === 0) throw new Skip("BENCH_IMPORT_ROWS=0");
  if (!Number.isInteger(value) || value < 100 || value > 200_000)
    throw new Error(`BENCH_IMPORT_ROWS must be 0 or a whole number from 100 to 200,000, got "${raw}"`);
  return value;
}

interface Measured {
  files: CaseFiles;
  /** Per round: the tenant imported into, Okaeri's import and the baseline's seconds. */
  tenantIds: string[];
  okaeri: ImportRun[];
  baseline: number[];
}

export const alumniImport: Workload = {
  name: NAME,
  baseline:
    "`COPY alumni_copy (…) FROM STDIN (FORMAT csv)` of the same rows as Okaeri stores them (its canonical, search and eligibility columns, decoded UTF-8) into a table `LIKE alumni INCLUDING ALL` plus the tenant foreign key (the same indexes and constraints), in one transaction timed from the COPY's start to its commit: pg + pg-copy-streams, or PGlite's `/dev/blob`",
  compare: "duration",
  // Each import takes up to a minute: one round unless asked for more.
  settings: (run: LoadSettings) => loadSettingsFromEnv("BENCH_IMPORT", { ...run, rounds: 1 }),
  async run(database, context) {
    const fullRows = rowsFromEnv();
    const sizes = [Math.round(fullRows / SMALLER), fullRows];
    const rounds = context.settings.rounds;
    const authSecret = newToken(32);
    const target: ServerDatabase = database.kind === "pglite" ? { kind: "pglite", dataDir: join(context.workDir, "okaeri-pglite") } : database;
    const uploadsDir = join(context.workDir, "uploads");
    mkdirSync(uploadsDir, { recursive: true });

    context.log(`preparing ${sizes.length * rounds} empty tenants`);
    const prepared = await prepare(target, authSecret, sizes.length * rounds);
    const measured: Measured[] = [];
    for (const [size, rows] of sizes.entries()) {
      context.log(`writing ${count(rows)} rows`);
      const paths = { upload: join(context.workDir, `alumni-${rows}.csv`), copy: join(context.workDir, `copy-${rows}.csv`) };
      const files = await writeCaseFiles(rows, paths, prepared.rules, prepared.today);
      const tenantIds = Array.from({ length: rounds }, (_, round) => prepared.tenants[round * sizes.length + size]!.id);
      measured.push({ files, tenantIds, okaeri: [], baseline: [] });
    }
    const apiKeyOf = new Map(prepared.tenants.map((t) => [t.id, t.apiKey]));

    for (let round = 0; round < rounds; round++) {
      for (const m of measured) {
        const tenantId = m.tenantIds[round]!;
        const prefix = `round ${round + 1}, ${count(m.files.rows)} rows`;
        m.baseline.push(await copyRows(target, m.files, tenantId));
        context.log(`${prefix}: COPY ${m.baseline.at(-1)!.toFixed(1)} s`);
        m.okaeri.push(await importOnFreshServer(target, { authSecret, uploadsDir }, apiKeyOf.get(tenantId)!, m.files.upload));
        context.log(`${prefix}: Okaeri ${describeImport(m.okaeri.at(-1)!)}`);
      }
    }
    const results: DurationResult[] = [];
    for (const m of measured) {
      const checks = await sameRows(target, m.tenantIds, m.files.columns);
      results.push(resultOf(database.kind, m, checks));
    }
    return results;
  },
};

function resultOf(database: BenchDatabase["kind"], m: Measured, checks: RowsCheck[]): DurationResult {
  const okaeriSeconds = median(m.okaeri.map((r) => r.seconds));
  const baselineSeconds = median(m.baseline);
  const ratio = okaeriSeconds / baselineSeconds;
  const mismatched = checks.filter((c) => !c.same);
  const target = database === "postgresql" && m.files.rows === TARGET_ROWS && mismatched.length === 0 ? TARGET : null;
  const notes = m.okaeri.map(
    (r, i) =>
      `round ${i + 1}: COPY ${m.baseline[i]!.toFixed(1)} s; Okaeri ${describeImport(r)}; created ${count(r.result.created)}, rejected ${count(r.result.rejected)}.`,
  );
  notes.push(
    mismatched.length === 0
      ? `Okaeri stored exactly the rows COPY wrote (count and md5 of the ${m.files.columns.length} imported columns, per tenant).`
      : `**Okaeri's rows differ from COPY's** (${mismatched.map((c) => `${c.okaeri.rows} vs ${c.baseline.rows} rows`).join("; ")}): the ratio compares different work, so no target applies.`,
  );
  const rows = m.files.rows;
  return {
    workload: NAME,
    database,
    case: `${count(rows)} rows`,
    data: `Shift_JIS SmartHR CSV, ${(m.files.uploadBytes / 1024 / 1024).toFixed(1)} MB, ${count(rows)} new alumni`,
    okaeri: { seconds: okaeriSeconds, rowsPerSecond: rows / okaeriSeconds, rounds: m.okaeri.map((r) => r.seconds) },
    baseline: { seconds: baselineSeconds, rowsPerSecond: rows / baselineSeconds, rounds: m.baseline },
    ratio,
    target,
    met: target === null ? null : ratio <= target,
    memory: m.okaeri.reduce((a, b) => (b.memory.peakMb > a.memory.peakMb ? b : a)).memory,
    notes,
    details: { rows, uploadBytes: m.files.uploadBytes, imports: m.okaeri.map(({ result, ...r }) => ({ ...r, importId: result.id })), checks },
  };
}
