import type { SchemaObject } from "openapi3-ts/oas31";
import { z } from "zod";
import { Cursor, Limit } from "../../../shared/contracts/common";
import {
  AlumniImport,
  AlumniImportPage,
  ImportMappingPreset,
  ImportMappingPresetInput,
  MAX_IMPORT_BYTES,
  RerunImportInput,
} from "../../../shared/contracts/imports";
import { defineRoute, IdParams, jsonContent } from "../../platform/http/define-route";
import { receiveUpload } from "../../platform/http/receive-upload";
import { newRouter } from "../../platform/http/router";
import * as imports from "./imports.service";

const importers = { roles: ["admin", "hr"] } as const;
const Accepted = jsonContent(z.object({ id: z.string() }));

// A plain OpenAPI schema, not zod: the upload is streamed to disk, never parsed into memory by a validator.
const uploadForm: SchemaObject = {
  type: "object",
  required: ["file"],
  properties: {
    file: { type: "string", format: "binary", description: "CSV (UTF-8, UTF-8 with BOM, Shift_JIS/CP932) or XLSX; ≤ 50 MB, ≤ 200,000 rows" },
    preset: { type: "string", description: "smarthr | freee | jobcan | kaonavi | jinjer, or the id of a saved mapping; detected when absent" },
    mapping: { type: "string", description: 'JSON object: field → header as written in the file, e.g. {"employeeNumber":"社員CD"}' },
    dryRun: { type: "string", enum: ["true", "false"], description: "true: check and report what would change, change nothing" },
  },
};

const start = defineRoute(
  {
    method: "post",
    path: "/alumni/imports",
    tags: ["imports"],
    summary: "Upload a file of past leavers; it is checked and imported (or dry-run) by a background job",
    request: { body: { content: { "multipart/form-data": { schema: uploadForm } } } },
    responses: { 202: { description: "Queued; poll GET /alumni/imports/{id}", ...Accepted }, 413: { description: "Over 50 MB" } },
  },
  importers,
);
const list = defineRoute(
  {
    method: "get",
    path: "/alumni/imports",
    tags: ["imports"],
    summary: "Past imports and dry runs, newest first",
    request: { query: z.object({ cursor: Cursor.optional(), limit: Limit }) },
    responses: { 200: { description: "A page of imports", ...jsonContent(AlumniImportPage) } },
  },
  importers,
);
const read = defineRoute(
  {
    method: "get",
    path: "/alumni/imports/{id}",
    tags: ["imports"],
    summary: "Progress and result: counts, what was detected, the first rows with their outcome, row problems",
    request: { params: IdParams },
    responses: { 200: { description: "The import", ...jsonContent(AlumniImport) } },
  },
  { ...importers, resource: "alumniImport" },
);
const rerun = defineRoute(
  {
    method: "post",
    path: "/alumni/imports/{id}/rerun",
    tags: ["imports"],
    summary: "Run the stored file again as a new import: for real after a dry run, with another mapping, or after a failure",
    request: { params: IdParams, body: jsonContent(RerunImportInput) },
    responses: { 202: { description: "Queued", ...Accepted } },
  },
  { ...importers, resource: "alumniImport", problems: [410] },
);
const rejected = defineRoute(
  {
    method: "get",
    path: "/alumni/imports/{id}/rejected",
    tags: ["imports"],
    summary: "The rejected rows as CSV (UTF-8 with BOM): row number, the original cells, the reasons",
    request: { params: IdParams },
    responses: { 200: { description: "CSV file", content: { "text/csv": { schema: z.string() } } } },
  },
  { ...importers, resource: "alumniImport" },
);
const listPresets = defineRoute(
  {
    method: "get",
    path: "/alumni/import-mappings",
    tags: ["imports"],
    summary: "Saved column mappings",
    responses: { 200: { description: "Saved mappings", ...jsonContent(z.array(ImportMappingPreset)) } },
  },
  importers,
);
const createPreset = defineRoute(
  {
    method: "post",
    path: "/alumni/import-mappings",
    tags: ["imports"],
    summary: "Save a column mapping under a name, for the next file from the same system",
    request: { body: jsonContent(ImportMappingPresetInput) },
    responses: { 201: { description: "Saved", ...jsonContent(ImportMappingPreset) } },
  },
  { ...importers, problems: [409] },
);
const deletePreset = defineRoute(
  {
    method: "delete",
    path: "/alumni/import-mappings/{id}",
    tags: ["imports"],
    summary: "Delete a saved column mapping",
    request: { params: IdParams },
    responses: { 204: { description: "Deleted" } },
  },
  { ...importers, resource: "importMapping" },
);

export function importRoutes() {
  return newRouter()
    .openapi(start, async (c) => {
      const ctx = c.get("ctx");
      const upload = await receiveUpload(c, { uploadsDir: ctx.deps.config.uploadsDir, folder: ctx.tenant.id, maxBytes: MAX_IMPORT_BYTES });
      const options = imports.parseImportOptions(ctx, upload.fields);
      return c.json(await imports.startImport({ ctx, file: upload, options }), 202);
    })
    .openapi(list, async (c) => c.json(await imports.listImports({ ctx: c.get("ctx"), query: c.req.valid("query") }), 200))
    .openapi(read, async (c) => c.json(await imports.getImport({ ctx: c.get("ctx"), id: c.req.valid("param").id }), 200))
    .openapi(rerun, async (c) => c.json(await imports.rerunImport({ ctx: c.get("ctx"), id: c.req.valid("param").id, input: c.req.valid("json") }), 202))
    .openapi(rejected, async (c) => {
      const body = await imports.rejectedRowsCsv({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(body, 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": 'attachment; filename="rejected-rows.csv"',
        "Cache-Control": "no-store",
      });
    })
    .openapi(listPresets, async (c) => c.json(await imports.listPresets({ ctx: c.get("ctx") }), 200))
    .openapi(createPreset, async (c) => c.json(await imports.createPreset({ ctx: c.get("ctx"), input: c.req.valid("json") }), 201))
    .openapi(deletePreset, async (c) => {
      await imports.deletePreset({ ctx: c.get("ctx"), id: c.req.valid("param").id });
      return c.body(null, 204);
    });
}
