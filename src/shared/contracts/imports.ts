import { z } from "zod";
import { pageOf } from "./common";

/** The canonical fields an alumni import can fill, whatever the source system calls its columns. */
export const IMPORT_FIELDS = [
  "employeeNumber",
  "familyName",
  "givenName",
  "fullName",
  "familyNameKana",
  "givenNameKana",
  "fullNameKana",
  "formerFamilyName",
  "birthDate",
  "workEmail",
  "privateEmail",
  "phone",
  "department",
  "jobTitle",
  "grade",
  "employmentType",
  "hireDate",
  "leaveDate",
  "exitType",
  "exitReason",
  "exitReasonNote",
  "skills",
  "currentEmployer",
  "currentRole",
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

export const BUILT_IN_PRESETS = ["smarthr", "freee", "jobcan", "kaonavi", "jinjer"] as const;
export const BuiltInPreset = z.enum(BUILT_IN_PRESETS);
export type BuiltInPreset = z.infer<typeof BuiltInPreset>;

/** Which header (as written in the file) fills each field. */
export const ColumnMapping = z.partialRecord(ImportField, z.string().min(1).max(200));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const IMPORT_STATUSES = ["queued", "running", "succeeded", "failed"] as const;
export const ImportStatus = z.enum(IMPORT_STATUSES);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** A problem with the file (row null) or one cell of one row; `message` is in the reader's language. */
export const ImportProblem = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/** A required field group the mapping leaves empty, with the column names that would fill it. */
export const MissingRequirement = z.object({ code: z.enum(["identifier", "name", "leaveDate"]), columns: z.array(z.array(z.string())) });

/** What Okaeri recognised in the file. */
export const ImportDetection = z.object({
  format: z.enum(["csv", "xlsx"]),
  encoding: z.enum(["utf-8", "utf-8-bom", "cp932"]).nullable(),
  delimiter: z.string().nullable(),
  /** A built-in layout, "saved" for a saved mapping, "custom" for a mapping sent with the request, "generic" otherwise. */
  preset: z.string(),
  headers: z.array(z.string()),
  mapping: ColumnMapping,
  unmatchedHeaders: z.array(z.string()),
  missing: z.array(MissingRequirement),
});
export type ImportDetection = z.infer<typeof ImportDetection>;

export const ROW_OUTCOMES = ["create", "update", "unchanged", "reject"] as const;
/** One of the first rows of the file as Okaeri read it, with what the import does (or would do) with it. */
export const ImportPreviewRow = z.object({
  row: z.number().int(),
  values: z.partialRecord(ImportField, z.string()),
  outcome: z.enum(ROW_OUTCOMES).nullable(),
  problems: z.array(ImportProblem),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const AlumniImportSummary = z.object({
  id: z.string(),
  status: ImportStatus,
  dryRun: z.boolean(),
  fileName: z.string(),
  fileSize: z.number().int(),
  /** The import whose stored file this one runs again (a dry run followed by the real import). */
  sourceImportId: z.string().nullable(),
  totalRows: z.number().int().nullable(),
  processedRows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type AlumniImportSummary = z.infer<typeof AlumniImportSummary>;

export const AlumniImport = AlumniImportSummary.extend({
  detection: ImportDetection.nullable(),
  /** The file-level reason a failed import stopped, if any. */
  failure: ImportProblem.nullable(),
  /** The first 200 row problems; `rejected` counts them all, the rejected-rows CSV lists them all. */
  errors: z.array(ImportProblem),
  preview: z.array(ImportPreviewRow),
});
export type AlumniImport = z.infer<typeof AlumniImport>;

export const AlumniImportPage = pageOf(AlumniImportSummary);
export type AlumniImportPage = z.infer<typeof AlumniImportPage>;

/** Runs the stored file of an import again: the real import after a dry run, or a retry after a failure. */
export const RerunImportInput = z.object({
  dryRun: z.boolean().default(false),
  preset: z.string().max(100).optional(),
  mapping: ColumnMapping.optional(),
});
export type RerunImportInput = z.infer<typeof RerunImportInput>;

export const ImportMappingPreset = z.object({ id: z.string(), name: z.string(), mapping: ColumnMapping, createdAt: z.string() });
export type ImportMappingPreset = z.infer<typeof ImportMappingPreset>;

export const ImportMappingPresetInput = z.object({ name: z.string().trim().min(1).max(100), mapping: ColumnMapping });
export type ImportMappingPresetInput = z.infer<typeof ImportMappingPresetInput>;

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 200_000;
