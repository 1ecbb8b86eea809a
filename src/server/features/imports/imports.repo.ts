import { and, asc, count, desc, eq, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { alumni } from "../../db/schema/alumni";
import { alumniImportRejects, alumniImportRows, alumniImports, importMappingPresets, type StoredProblem } from "../../db/schema/imports";
import { RECORD_COLUMNS } from "./staged-record";

export type ImportRow = typeof alumniImports.$inferSelect;
export type NewImport = typeof alumniImports.$inferInsert;
export type StagedRow = typeof alumniImportRows.$inferInsert;
export type RejectRow = typeof alumniImportRejects.$inferInsert;
export type PresetRow = typeof importMappingPresets.$inferSelect;
export type ExistingAlumnus = typeof alumni.$inferSelect;

async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export async function insertImport(db: Db, values: NewImport): Promise<ImportRow> {
  const [row] = await db.insert(alumniImports).values(values).returning();
  if (!row) throw new Error("insert import returned nothing");
  return row;
}

export async function findImport(db: Db, tenantId: string, id: string): Promise<ImportRow | undefined> {
  const [row] = await db
    .select()
    .from(alumniImports)
    .where(and(eq(alumniImports.tenantId, tenantId), eq(alumniImports.id, id)))
    .limit(1);
  return row;
}

export async function listImports(db: Db, input: { tenantId: string; after: { c: string; i: string } | null; limit: number }) {
  const where = eq(alumniImports.tenantId, input.tenantId);
  const after = input.after;
  const page = after
    ? and(where, or(lt(alumniImports.createdAt, new Date(after.c)), and(eq(alumniImports.createdAt, new Date(after.c)), lt(alumniImports.id, after.i))))
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(alumniImports)
      .where(page)
      .orderBy(desc(alumniImports.createdAt), desc(alumniImports.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(alumniImports).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Marks a queued import running; "busy" when another import of the tenant runs (the partial unique index). */
export async function claimImport(db: Db, id: string): Promise<ImportRow | "busy" | undefined> {
  try {
    const [row] = await db
      .update(alumniImports)
      .set({ status: "running", startedAt: new Date(), heartbeatAt: new Date(), processedRows: 0 })
      .where(and(eq(alumniImports.id, id), eq(alumniImports.status, "queued")))
      .returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) return "busy";
    throw error;
  }
}

export async function updateImport(db: Db, id: string, values: Partial<NewImport>): Promise<void> {
  await db.update(alumniImports).set(values).where(eq(alumniImports.id, id));
}

/** Running imports whose process stopped beating (or every running one, at the boot of the only process). */
export async function failStaleImports(db: Db, staleSeconds: number, failure: StoredProblem): Promise<string[]> {
  const rows = await db
    .update(alumniImports)
    .set({ status: "failed", failure, finishedAt: new Date() })
    .where(and(eq(alumniImports.status, "running"), sql`${alumniImports.heartbeatAt} < now() - make_interval(secs => ${staleSeconds})`))
    .returning({ id: alumniImports.id });
  const ids = rows.map((row) => row.id);
  if (ids.length > 0) await deleteStaging(db, ids);
  return ids;
}

/** Stored files whose every import ended more than `days` ago (a rerun of a recent one still needs its file). */
export async function fileKeysOlderThan(db: Db, days: number): Promise<string[]> {
  const rows = await db
    .select({ fileKey: alumniImports.fileKey })
    .from(alumniImports)
    .groupBy(alumniImports.fileKey)
    .having(sql`bool_and(${alumniImports.finishedAt} is not null and ${alumniImports.finishedAt} < now() - make_interval(days => ${days}))`);
  return rows.map((row) => row.fileKey);
}

/** A batch as one JSON parameter: seven parameters a row cost most of the staging time of a large file. */
export async function insertStaged(db: Db, rows: StagedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into alumni_import_rows (import_id, row_number, outcome, alumnus_id, base_version, changed_fields, record)
    select r."importId", r."rowNumber", r.outcome, r."alumnusId", r."baseVersion", r."changedFields", r.record
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r("importId" uuid, "rowNumber" int, outcome text, "alumnusId" uuid, "baseVersion" int, "changedFields" text, record jsonb)`);
}

export async function insertRejects(db: Db, rows: RejectRow[]): Promise<void> {
  if (rows.length > 0) await db.insert(alumniImportRejects).values(rows);
}

export async function deleteStaging(db: Db, importIds: string[]): Promise<void> {
  await db.delete(alumniImportRows).where(inArray(alumniImportRows.importId, importIds));
}

/** The records a batch of rows may update: by employee number, else by work email. */
export async function existingFor(db: Db, tenantId: string, employeeNumbers: string[], workEmails: string[]) {
  if (employeeNumbers.length === 0 && workEmails.length === 0) return [];
  const byNumber = employeeNumbers.length > 0 ? inArray(alumni.employeeNumber, employeeNumbers) : undefined;
  const byEmail = workEmails.length > 0 ? inArray(sql`lower(${alumni.workEmail})`, workEmails) : undefined;
  return db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), or(byNumber, byEmail)))
    .orderBy(asc(alumni.createdAt));
}

export async function problemsOf(db: Db, importId: string, limit: number) {
  return db
    .select({ rowNumber: alumniImportRejects.rowNumber, problems: alumniImportRejects.problems })
    .from(alumniImportRejects)
    .where(eq(alumniImportRejects.importId, importId))
    .orderBy(asc(alumniImportRejects.rowNumber))
    .limit(limit);
}

export async function rejectsAfter(db: Db, importId: string, afterRow: number, limit: number) {
  return db
    .select()
    .from(alumniImportRejects)
    .where(and(eq(alumniImportRejects.importId, importId), sql`${alumniImportRejects.rowNumber} > ${afterRow}`))
    .orderBy(asc(alumniImportRejects.rowNumber))
    .limit(limit);
}

// Quoted: current_role is a reserved word in PostgreSQL.
const columnList = sql.raw(RECORD_COLUMNS.map((c) => `"${c}"`).join(", "));
const fromRecord = sql.raw(RECORD_COLUMNS.map((c) => `r."${c}"`).join(", "));

export interface MergeActor {
  tenantId: string;
  importId: string;
  actorType: string;
  actorId: string | null;
}

/**
 * Writes the staged rows into the directory, with their audit rows and first department period, in the
 * caller's transaction. Updates apply only where the record still has the version read while staging;
 * the counts tell the caller whether someone changed a record meanwhile.
 */
export async function mergeStaged(tx: Db, a: MergeActor): Promise<{ created: number; updated: number }> {
  const requestId = `import-${a.importId}`;
  const [created] = await rowsOf<{ n: number }>(
    tx,
    sql`
    with ins as (
      insert into alumni (tenant_id, ${columnList})
      select ${a.tenantId}, ${fromRecord}
      from alumni_import_rows s, jsonb_populate_record(null::alumni, s.record) r
      where s.import_id = ${a.importId} and s.outcome = 'create'
      returning id, department, hire_date, leave_date
    ), history as (
      insert into alumni_department_history (tenant_id, alumnus_id, department, from_date, to_date)
      select ${a.tenantId}, id, department, coalesce(hire_date, leave_date), leave_date from ins where department is not null
    ), audit as (
      insert into audit_events (tenant_id, actor_type, actor_id, action, target_type, target_id, request_id, meta)
      select ${a.tenantId}, ${a.actorType}, ${a.actorId}, 'alumnus.created', 'alumnus', id::text, ${requestId}, jsonb_build_object('importId', ${a.importId}::text)
      from ins
    )
    select count(*)::int as n from ins`,
  );
  const [updated] = await rowsOf<{ n: number }>(
    tx,
    sql`
    with upd as (
      update alumni a set (${columnList}) = (${fromRecord}), version = a.version + 1, updated_at = now()
      from alumni_import_rows s, jsonb_populate_record(null::alumni, s.record) r
      where s.import_id = ${a.importId} and s.outcome = 'update' and a.tenant_id = ${a.tenantId}
        and a.id = s.alumnus_id and a.version = s.base_version
      returning a.id, s.changed_fields
    ), audit as (
      insert into audit_events (tenant_id, actor_type, actor_id, action, target_type, target_id, request_id, meta)
      select ${a.tenantId}, ${a.actorType}, ${a.actorId}, 'alumnus.updated', 'alumnus', id::text, ${requestId},
        jsonb_build_object('importId', ${a.importId}::text, 'fields', changed_fields)
      from upd
    )
    select count(*)::int as n from upd`,
  );
  return { created: Number(created?.n ?? 0), updated: Number(updated?.n ?? 0) };
}

export async function listPresets(db: Db, tenantId: string): Promise<PresetRow[]> {
  return db.select().from(importMappingPresets).where(eq(importMappingPresets.tenantId, tenantId)).orderBy(asc(importMappingPresets.name));
}

export async function findPreset(db: Db, tenantId: string, id: string): Promise<PresetRow | undefined> {
  const [row] = await db
    .select()
    .from(importMappingPresets)
    .where(and(eq(importMappingPresets.tenantId, tenantId), eq(importMappingPresets.id, id)))
    .limit(1);
  return row;
}

export async function insertPreset(db: Db, tenantId: string, values: { name: string; mapping: Record<string, string> }): Promise<PresetRow | undefined> {
  const [row] = await db
    .insert(importMappingPresets)
    .values({ ...values, tenantId })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function deletePreset(db: Db, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(importMappingPresets)
    .where(and(eq(importMappingPresets.tenantId, tenantId), eq(importMappingPresets.id, id)))
    .returning({ id: importMappingPresets.id });
  return rows.length === 1;
}
