import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenants } from "./tenancy";

export interface StoredProblem {
  row: number | null;
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
}

export interface StoredPreviewRow {
  row: number;
  values: Record<string, string>;
  outcome: "create" | "update" | "unchanged" | "reject" | null;
  problems: StoredProblem[];
}

/** One run of an uploaded alumni file (ADR 0004); a dry run and the real import are separate runs of one file. */
export const alumniImports = pgTable(
  "alumni_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    /** Who started it, as the audit log names actors: role and user or API key id. */
    actorType: text("actor_type").notNull(),
    actorId: text("actor_id"),
    fileKey: text("file_key").notNull(),
    fileName: text("file_name").notNull(),
    fileSize: bigint("file_size", { mode: "number" }).notNull(),
    format: text("format").notNull(),
    dryRun: boolean("dry_run").notNull(),
    sourceImportId: uuid("source_import_id"),
    preset: text("preset"),
    mapping: jsonb("mapping").$type<Record<string, string>>(),
    locale: text("locale").notNull(),
    status: text("status").notNull().default("queued"),
    totalRows: integer("total_rows"),
    processedRows: integer("processed_rows").notNull().default(0),
    created: integer("created").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    detection: jsonb("detection").$type<Record<string, unknown>>(),
    failure: jsonb("failure").$type<StoredProblem>(),
    preview: jsonb("preview").$type<StoredPreviewRow[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true, precision: 3 }),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true, precision: 3 }),
    finishedAt: timestamp("finished_at", { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index("alumni_imports_tenant_created_idx").on(t.tenantId, t.createdAt),
    // One running import per tenant, whichever process runs it.
    uniqueIndex("alumni_imports_one_running_key").on(t.tenantId).where(sql`${t.status} = 'running'`),
  ],
);

/** Valid rows of a running import, already merged with the record they update; deleted when the run ends. */
export const alumniImportRows = pgTable(
  "alumni_import_rows",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => alumniImports.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    outcome: text("outcome").notNull(),
    alumnusId: uuid("alumnus_id"),
    baseVersion: integer("base_version"),
    changedFields: text("changed_fields"),
    /** The alumni columns (snake_case keys) the row writes, read back with jsonb_populate_record. */
    record: jsonb("record").notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
);

/** Rows an import refused, with the original cells, for the rejected-rows CSV. */
export const alumniImportRejects = pgTable(
  "alumni_import_rejects",
  {
    importId: uuid("import_id")
      .notNull()
      .references(() => alumniImports.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    cells: jsonb("cells").$type<string[]>().notNull(),
    problems: jsonb("problems").$type<StoredProblem[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNumber] })],
);

/** A column mapping HR saved for files from a system Okaeri does not recognise. */
export const importMappingPresets = pgTable(
  "import_mapping_presets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tenantId: uuid("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    mapping: jsonb("mapping").$type<Record<string, string>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("import_mapping_presets_tenant_name_key").on(t.tenantId, t.name)],
);
