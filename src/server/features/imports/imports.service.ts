import { existsSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import {
  type AlumniImport,
  type AlumniImportPage,
  type AlumniImportSummary,
  BUILT_IN_PRESETS,
  ColumnMapping,
  type ImportMappingPreset,
  type ImportMappingPresetInput,
  type RerunImportInput,
} from "../../../shared/contracts/imports";
import { recordAudit } from "../../platform/audit/audit";
import { actorId, type TenantContext } from "../../platform/context";
import { Conflict, Gone, Invalid, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { neutraliseCell } from "../alumni/alumni-export.service";
import { enqueueImport } from "./import-job";
import { localiseProblem } from "./import-messages";
import { formatOf } from "./import-source";
import * as repo from "./imports.repo";

const ERRORS_SHOWN = 200;
const REJECTS_BATCH = 1000;

export interface UploadedFile {
  key: string;
  fileName: string;
  size: number;
}

export interface ImportOptions {
  preset?: string;
  mapping?: ColumnMapping;
  dryRun: boolean;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

function toSummary(row: repo.ImportRow): AlumniImportSummary {
  return {
    id: row.id,
    status: row.status as AlumniImportSummary["status"],
    dryRun: row.dryRun,
    fileName: row.fileName,
    fileSize: row.fileSize,
    sourceImportId: row.sourceImportId,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: row.rejected,
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
  };
}

/** Options as a multipart form sends them (all text), checked like any request body. */
export function parseImportOptions(ctx: TenantContext, fields: Record<string, string>): ImportOptions {
  let mapping: ColumnMapping | undefined;
  if (fields.mapping) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fields.mapping);
    } catch {
      parsed = null;
    }
    const checked = ColumnMapping.safeParse(parsed);
    if (!checked.success) throw Invalid([{ path: "mapping", code: "invalid_mapping", message: translate(ctx.locale, "validation.invalid_format") }]);
    mapping = checked.data;
  }
  return { preset: fields.preset || undefined, mapping, dryRun: fields.dryRun === "true" || fields.dryRun === "1" };
}

/** A built-in layout is kept by name; a saved mapping is copied into the run, so later edits don't change it. */
async function resolvePreset(ctx: TenantContext, options: Omit<ImportOptions, "dryRun">): Promise<Layout> {
  if (options.mapping) return { preset: "custom", mapping: options.mapping };
  if (!options.preset) return { preset: null, mapping: null };
  if ((BUILT_IN_PRESETS as readonly string[]).includes(options.preset)) return { preset: options.preset, mapping: null };
  const saved = /^[0-9a-f-]{36}$/i.test(options.preset) ? await repo.findPreset(ctx.db, ctx.tenant.id, options.preset) : undefined;
  if (!saved) throw Invalid([{ path: "preset", code: "unknown_preset", message: translate(ctx.locale, "validation.unknown_preset") }]);
  return { preset: "saved", mapping: saved.mapping };
}

type Layout = { preset: string | null; mapping: ColumnMapping | null };

async function queueRun(ctx: TenantContext, file: UploadedFile, dryRun: boolean, layout: Layout, sourceImportId: string | null): Promise<{ id: string }> {
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertImport(tx, {
      tenantId: ctx.tenant.id,
      actorType: ctx.actor.kind === "system" ? "system" : ctx.actor.role,
      actorId: actorId(ctx.actor),
      fileKey: file.key,
      fileName: file.fileName.slice(0, 255),
      fileSize: file.size,
      format: formatOf(file.fileName),
      dryRun,
      sourceImportId,
      ...layout,
      locale: ctx.locale,
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: dryRun ? "alumni_import.dry_run_started" : "alumni_import.started",
      targetType: "alumni_import",
      targetId: created.id,
      requestId: ctx.requestId,
      meta: { sourceImportId },
    });
    return created;
  });
  await enqueueImport(ctx.deps, row.id);
  return { id: row.id };
}

export async function startImport({ ctx, file, options }: { ctx: TenantContext; file: UploadedFile; options: ImportOptions }) {
  return queueRun(ctx, file, options.dryRun, await resolvePreset(ctx, options), null);
}

/** The stored file again: the real import after a dry run, a dry run with another mapping, or a retry. */
export async function rerunImport({ ctx, id, input }: { ctx: TenantContext; id: string; input: RerunImportInput }) {
  const source = await repo.findImport(ctx.db, ctx.tenant.id, id);
  if (!source) throw NotFound();
  if (!existsSync(join(ctx.deps.config.uploadsDir, source.fileKey))) throw Gone("import_file_gone", "errors.import_file_gone");
  const layout = input.mapping || input.preset ? await resolvePreset(ctx, { ...input }) : { preset: source.preset, mapping: source.mapping };
  return queueRun(ctx, { key: source.fileKey, fileName: source.fileName, size: source.fileSize }, input.dryRun, layout, source.id);
}

export async function getImport({ ctx, id }: { ctx: TenantContext; id: string }): Promise<AlumniImport> {
  const row = await repo.findImport(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  const problems = await repo.problemsOf(ctx.db, id, ERRORS_SHOWN);
  const errors = problems.flatMap((r) => r.problems).slice(0, ERRORS_SHOWN);
  return {
    ...toSummary(row),
    detection: (row.detection as AlumniImport["detection"]) ?? null,
    failure: row.failure ? localiseProblem(ctx.locale, row.failure, "failure") : null,
    errors: errors.map((problem) => localiseProblem(ctx.locale, problem, "problem")),
    preview: row.preview.map((item) => ({ ...item, problems: item.problems.map((p) => localiseProblem(ctx.locale, p, "problem")) })),
  };
}

export async function listImports({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<AlumniImportPage> {
  const { rows, total } = await repo.listImports(ctx.db, { tenantId: ctx.tenant.id, after: decodeCursor(query.cursor, isCreatedAtCursor), limit: query.limit });
  return toPage(rows, query.limit, total, toSummary, createdAtCursorOf);
}

/** The refused rows as the file had them, plus row number and reasons: fix them in Excel and import again. */
export async function rejectedRowsCsv({ ctx, id }: { ctx: TenantContext; id: string }): Promise<ReadableStream<Uint8Array>> {
  const run = await repo.findImport(ctx.db, ctx.tenant.id, id);
  if (!run) throw NotFound();
  await recordAudit(ctx.db, {
    tenantId: ctx.tenant.id,
    actor: ctx.actor,
    action: "alumni_import.rejected_rows_downloaded",
    targetType: "alumni_import",
    targetId: id,
    requestId: ctx.requestId,
    meta: { rows: run.rejected },
  });
  const headers = ((run.detection as { headers?: string[] } | null)?.headers ?? []).map(neutraliseCell);
  const encoder = new TextEncoder();
  const line = (cells: string[]) => encoder.encode(stringify([cells], { record_delimiter: "windows" }));
  let afterRow = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("\uFEFF"));
        controller.enqueue(line([translate(ctx.locale, "imports.rejected.row_column"), ...headers, translate(ctx.locale, "imports.rejected.reason_column")]));
        return;
      }
      const rows = await repo.rejectsAfter(ctx.db, id, afterRow, REJECTS_BATCH);
      for (const row of rows) {
        const reasons = row.problems.map((p) => {
          const { column, message } = localiseProblem(ctx.locale, p, "problem");
          return column ? `${column}: ${message}` : message;
        });
        controller.enqueue(line([String(row.rowNumber), ...row.cells.map(neutraliseCell), reasons.join(" / ")]));
      }
      const last = rows.at(-1);
      if (!last || rows.length < REJECTS_BATCH) controller.close();
      else afterRow = last.rowNumber;
    },
  });
}

const toPreset = (row: repo.PresetRow): ImportMappingPreset => ({ id: row.id, name: row.name, mapping: row.mapping, createdAt: row.createdAt.toISOString() });

export async function listPresets({ ctx }: { ctx: TenantContext }): Promise<ImportMappingPreset[]> {
  return (await repo.listPresets(ctx.db, ctx.tenant.id)).map(toPreset);
}

export async function createPreset({ ctx, input }: { ctx: TenantContext; input: ImportMappingPresetInput }): Promise<ImportMappingPreset> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertPreset(tx, ctx.tenant.id, input);
    if (!row) throw Conflict("preset_name_taken", "errors.preset_name_taken");
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "import_mapping.created",
      targetType: "import_mapping",
      targetId: row.id,
      requestId: ctx.requestId,
    });
    return toPreset(row);
  });
}

export async function deletePreset({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deletePreset(tx, ctx.tenant.id, id))) throw NotFound();
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "import_mapping.deleted",
      targetType: "import_mapping",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
}
