import { join } from "node:path";
import { type ColumnMapping, type ImportField, MAX_IMPORT_ROWS } from "../../../shared/contracts/imports";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import type { StoredPreviewRow, StoredProblem } from "../../db/schema/imports";
import type { AppDeps } from "../../platform/context";
import { rulesOf, tokyoToday } from "../alumni/eligibility.service";
import { ImportFailure, openImportSource } from "./import-source";
import type { ExistingAlumnus } from "./imports.repo";
import * as repo from "./imports.repo";
import { columnNameFor, detectPreset, HEADER_PRESETS, mapHeaders, normaliseHeader, type PresetId } from "./parsing/header-presets";
import { type FieldMapping, missingRequired, pickFields } from "./parsing/import-fields";
import { ImportFileError } from "./parsing/import-file-error";
import type { ImportRow as FileRow } from "./parsing/import-row";
import { type ImportedValues, rowToAlumnus } from "./row-to-alumnus";
import { type Staged, stageRow, type ValidImported } from "./stage-rows";

const BATCH_ROWS = 1000;
const PREVIEW_ROWS = 20;
export const HEARTBEAT_MS = 10_000;

interface Counts {
  processed: number;
  create: number;
  update: number;
  unchanged: number;
  rejected: number;
}

interface Pending {
  rowNumber: number;
  values: ValidImported;
}

/** Thrown when another import of the tenant is running: the job waits and tries again. */
export class ImportBusy extends Error {}

function resolveMapping(headers: string[], run: repo.ImportRow): { preset: string; mapping: FieldMapping; unmatched: string[] } {
  if (run.mapping) {
    const mapping: FieldMapping = {};
    for (const [field, header] of Object.entries(run.mapping as ColumnMapping)) {
      const index = headers.findIndex((h) => h === header || normaliseHeader(h) === normaliseHeader(header ?? ""));
      if (index === -1) throw new ImportFailure("mapping_header_not_found", { header: header ?? "" });
      mapping[field as ImportField] = index;
    }
    const used = new Set(Object.values(mapping));
    return { preset: run.preset ?? "custom", mapping, unmatched: headers.filter((_, i) => !used.has(i)) };
  }
  const builtIn = HEADER_PRESETS.find((preset) => preset.id === run.preset)?.id;
  const match = builtIn ? { presetId: builtIn, ...mapHeaders(headers, builtIn) } : detectPreset(headers);
  return { preset: match.presetId, mapping: match.mapping, unmatched: match.unmatched.map((u) => u.header) };
}

const headerMapping = (headers: string[], mapping: FieldMapping) =>
  Object.fromEntries(Object.entries(mapping).map(([field, index]) => [field, headers[index as number] ?? ""]));

function previewValues(values: ImportedValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, Array.isArray(value) ? value.join("、") : String(value)]));
}

/** Reads, checks and stages every row of the file (ADR 0004 step 2); the directory is not touched. */
async function stageFile(deps: AppDeps, run: repo.ImportRow): Promise<Counts> {
  const db = deps.database.db;
  const source = await openImportSource(join(deps.config.uploadsDir, run.fileKey), run.fileName);
  const first = await source.rows.next();
  if (first.done || first.value.kind !== "row") throw new ImportFailure("empty_file");
  const headers = first.value.cells;
  const { preset, mapping, unmatched } = resolveMapping(headers, run);
  const columnOf = (field: ImportField) => {
    const index = mapping[field];
    return index === undefined ? columnNameFor(field, preset as PresetId) : (headers[index] ?? field);
  };
  const missing = missingRequired(mapping).map((r) => ({
    code: r.code,
    columns: r.anyOf.map((fields) => fields.map((f) => columnNameFor(f, preset as PresetId))),
  }));
  const detection = {
    format: source.format,
    encoding: source.encoding,
    delimiter: source.delimiter,
    preset,
    headers,
    mapping: headerMapping(headers, mapping),
    unmatchedHeaders: unmatched,
    missing,
  };
  await repo.updateImport(db, run.id, { detection, totalRows: source.estimatedRows });
  if (missing.length > 0) {
    throw new ImportFailure("missing_columns", { columns: missing.map((m) => m.columns.map((names) => names.join("・")).join(" / ")).join("、") });
  }

  const rules = await rulesOf(db, run.tenantId);
  const today = tokyoToday();
  const counts: Counts = { processed: 0, create: 0, update: 0, unchanged: 0, rejected: 0 };
  const seen = new Set<string>();
  const preview: StoredPreviewRow[] = [];
  let pending: Pending[] = [];
  let rejects: repo.RejectRow[] = [];
  let writing: Promise<void> = Promise.resolve();

  const reject = (row: FileRow, problems: StoredProblem[]) => {
    counts.rejected++;
    rejects.push({ importId: run.id, rowNumber: row.rowNumber, cells: row.kind === "row" ? row.cells : [], problems });
  };
  const flush = async () => {
    const staged = await resolveBatch(db, run.tenantId, pending, rules, today);
    const outcomes = new Map<number, Staged["outcome"]>();
    const rows: repo.StagedRow[] = [];
    staged.forEach(({ rowNumber, stage }) => {
      counts[stage.outcome]++;
      outcomes.set(rowNumber, stage.outcome);
      if (stage.outcome !== "unchanged") rows.push({ importId: run.id, rowNumber, ...stage });
    });
    for (const item of preview) if (item.outcome === null) item.outcome = outcomes.get(item.row) ?? "reject";
    const progress = {
      processedRows: counts.processed,
      totalRows: Math.max(source.estimatedRows ?? 0, counts.processed) || null,
      rejected: counts.rejected,
      ...(preview.length > 0 ? { preview } : {}),
    };
    const batchRejects = rejects;
    pending = [];
    rejects = [];
    // One batch is written while the next is read and checked: PostgreSQL works in its own process meanwhile.
    await writing;
    writing = writeBatch(db, run.id, rows, batchRejects, progress);
    writing.catch(() => {}); // the error surfaces at the next flush or at the end
  };

  try {
    for await (const row of source.rows) {
      counts.processed++;
      if (counts.processed > MAX_IMPORT_ROWS) throw new ImportFailure("too_many_rows", { max: MAX_IMPORT_ROWS.toLocaleString("en") });
      const converted =
        row.kind === "row_error"
          ? { values: {}, problems: [{ column: null, code: row.code, params: { expected: row.expected, actual: row.actual } }] }
          : rowToAlumnus(pickFields(mapping, row.cells), columnOf);
      const key = converted.values.employeeNumber ? `n:${converted.values.employeeNumber}` : `e:${converted.values.workEmail ?? ""}`;
      if (converted.problems.length === 0 && seen.has(key))
        converted.problems.push({ column: columnOf(converted.values.employeeNumber ? "employeeNumber" : "workEmail"), code: "duplicate_in_file" });
      seen.add(key);
      const problems = converted.problems.map((p) => ({ ...p, row: row.rowNumber }));
      if (preview.length < PREVIEW_ROWS) {
        preview.push({ row: row.rowNumber, values: previewValues(converted.values), outcome: problems.length > 0 ? "reject" : null, problems });
      }
      if (problems.length > 0) reject(row, problems);
      else pending.push({ rowNumber: row.rowNumber, values: converted.values as ValidImported });
      if (pending.length + rejects.length >= BATCH_ROWS) await flush();
    }
    await flush();
    await writing;
  } finally {
    // The caller deletes the staging rows when this ends: no batch may still be on its way.
    await writing.catch(() => {});
  }
  return counts;
}

async function writeBatch(db: Db, importId: string, rows: repo.StagedRow[], rejects: repo.RejectRow[], progress: Partial<repo.NewImport>) {
  await repo.insertStaged(db, rows);
  await repo.insertRejects(db, rejects);
  await repo.updateImport(db, importId, progress);
}

/** Matches a batch against the directory (employee number first, else work email) and stages each row. */
async function resolveBatch(db: Db, tenantId: string, pending: Pending[], rules: Awaited<ReturnType<typeof rulesOf>>, today: string) {
  const numbers = pending.flatMap((p) => (p.values.employeeNumber ? [p.values.employeeNumber] : []));
  const emails = pending.flatMap((p) => (!p.values.employeeNumber && p.values.workEmail ? [p.values.workEmail] : []));
  const existing = await repo.existingFor(db, tenantId, numbers, emails);
  const byNumber = new Map<string, ExistingAlumnus>();
  const byEmail = new Map<string, ExistingAlumnus>();
  for (const row of existing) {
    if (row.employeeNumber) byNumber.set(row.employeeNumber, row);
    const email = row.workEmail?.toLowerCase();
    if (email && !byEmail.has(email)) byEmail.set(email, row);
  }
  return pending.map(({ rowNumber, values }) => {
    const match = values.employeeNumber ? byNumber.get(values.employeeNumber) : byEmail.get(values.workEmail ?? "");
    return { rowNumber, stage: stageRow(values, match, rules, today) };
  });
}

function failureOf(error: unknown): StoredProblem | null {
  if (error instanceof ImportFailure) return { row: error.row, column: null, code: error.code, params: error.params };
  if (error instanceof ImportFileError) return { row: error.rowNumber ?? null, column: null, code: error.code };
  if (isUniqueViolation(error)) return { row: null, column: null, code: "changed_during_import" };
  return null;
}

/** Runs one import (ADR 0004): stage, then merge in one transaction, or for a dry run only report. */
export async function runImport(deps: AppDeps, importId: string): Promise<void> {
  const db = deps.database.db;
  const run = await repo.claimImport(db, importId);
  if (run === "busy") throw new ImportBusy();
  if (!run) return;
  // Beats from its own timer, so a long merge still shows the import alive to the watchdog of other processes.
  const beat = setInterval(() => void repo.updateImport(db, run.id, { heartbeatAt: new Date() }).catch(() => {}), HEARTBEAT_MS);
  try {
    const counts = await stageFile(deps, run);
    const result = { created: counts.create, updated: counts.update, unchanged: counts.unchanged, rejected: counts.rejected, processedRows: counts.processed };
    if (run.dryRun) {
      await repo.updateImport(db, run.id, { ...result, totalRows: counts.processed, status: "succeeded", finishedAt: new Date() });
    } else {
      await repo.updateImport(db, run.id, { totalRows: counts.processed });
      await db.transaction(async (tx) => {
        const merged = await repo.mergeStaged(tx, { tenantId: run.tenantId, importId: run.id, actorType: run.actorType, actorId: run.actorId });
        if (merged.created !== counts.create || merged.updated !== counts.update) throw new ImportFailure("changed_during_import");
        await repo.updateImport(tx, run.id, { ...result, status: "succeeded", finishedAt: new Date() });
      });
    }
  } catch (error) {
    const failure = failureOf(error);
    if (!failure) deps.logger.error("alumni import failed", { importId, error: error instanceof Error ? error.name : "unknown" });
    await repo.updateImport(db, run.id, { status: "failed", failure: failure ?? { row: null, column: null, code: "internal_error" }, finishedAt: new Date() });
  } finally {
    clearInterval(beat);
    await repo.deleteStaging(db, [run.id]);
  }
}
