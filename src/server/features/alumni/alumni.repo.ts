import { and, asc, count, eq, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni, alumniDepartmentHistory } from "../../db/schema/alumni";

export type AlumnusRow = typeof alumni.$inferSelect;
export type AlumnusValues = Omit<typeof alumni.$inferInsert, "id" | "tenantId" | "version" | "createdAt" | "updatedAt">;
export type DepartmentRow = typeof alumniDepartmentHistory.$inferSelect;

export interface AlumniFilter {
  /** Folded terms; each must match (ADR 0003). */
  terms: string[];
  department?: string;
  leftFrom?: number;
  leftTo?: number;
  exitType?: string;
  returnInterest?: string;
  skills?: string[];
  tags?: string[];
  eligibility?: string;
  openToReturn?: "true";
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

export function filterOf(tenantId: string, f: AlumniFilter): SQL | undefined {
  const conditions: SQL[] = [eq(alumni.tenantId, tenantId)];
  for (const term of f.terms) {
    conditions.push([...term].length >= 3 ? sql`${alumni.searchText} like ${`%${escapeLike(term)}%`}` : sql`${alumni.searchGrams} @> array[${term}]::text[]`);
  }
  if (f.department) conditions.push(eq(alumni.department, f.department));
  if (f.leftFrom) conditions.push(gte(alumni.leaveDate, `${f.leftFrom}-01-01`));
  if (f.leftTo) conditions.push(lt(alumni.leaveDate, `${f.leftTo + 1}-01-01`));
  if (f.exitType) conditions.push(eq(alumni.exitType, f.exitType));
  if (f.returnInterest) conditions.push(eq(alumni.returnInterest, f.returnInterest));
  if (f.skills?.length) conditions.push(sql`${alumni.skills} @> ${sql.param(f.skills)}::text[]`);
  if (f.eligibility) conditions.push(eq(alumni.eligibility, f.eligibility));
  if (f.openToReturn === "true") conditions.push(eq(alumni.openToReturn, true));
  if (f.tags?.length) conditions.push(sql`${alumni.tags} @> ${sql.param(f.tags)}::text[]`);
  return and(...conditions);
}

export async function listAlumni(db: Db, input: { tenantId: string; filter: AlumniFilter; after: { k: string; i: string } | null; limit: number }) {
  const where = filterOf(input.tenantId, input.filter);
  const page = input.after
    ? and(where, or(sql`${alumni.sortKey} > ${input.after.k}`, and(eq(alumni.sortKey, input.after.k), sql`${alumni.id} > ${input.after.i}`)))
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(alumni)
      .where(page)
      .orderBy(asc(alumni.sortKey), asc(alumni.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(alumni).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function findAlumnus(db: Db, tenantId: string, id: string): Promise<AlumnusRow | undefined> {
  const [row] = await db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, id)))
    .limit(1);
  return row;
}

export async function findAlumniByIds(db: Db, tenantId: string, ids: string[]): Promise<AlumnusRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), inArray(alumni.id, ids)));
}

export async function findByEmployeeNumber(db: Db, tenantId: string, employeeNumber: string): Promise<AlumnusRow | undefined> {
  const [row] = await db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.employeeNumber, employeeNumber)))
    .limit(1);
  return row;
}

export async function insertAlumnus(db: Db, tenantId: string, values: AlumnusValues): Promise<AlumnusRow> {
  const [row] = await db
    .insert(alumni)
    .values({ ...values, tenantId })
    .returning();
  if (!row) throw new Error("insert alumnus returned nothing");
  return row;
}

/** Updates only when the stored version is the one the caller read; undefined otherwise. */
export async function updateAlumnus(db: Db, tenantId: string, id: string, version: number, values: Partial<AlumnusValues>): Promise<AlumnusRow | undefined> {
  const [row] = await db
    .update(alumni)
    .set({ ...values, version: sql`${alumni.version} + 1`, updatedAt: new Date() })
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, id), eq(alumni.version, version)))
    .returning();
  return row;
}

export async function deleteAlumnus(db: Db, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, id)))
    .returning({ id: alumni.id });
  return rows.length === 1;
}

export async function departmentHistoryOf(db: Db, tenantId: string, alumnusId: string): Promise<DepartmentRow[]> {
  return db
    .select()
    .from(alumniDepartmentHistory)
    .where(and(eq(alumniDepartmentHistory.tenantId, tenantId), eq(alumniDepartmentHistory.alumnusId, alumnusId)))
    .orderBy(asc(alumniDepartmentHistory.fromDate));
}

export async function replaceDepartmentHistory(
  db: Db,
  tenantId: string,
  alumnusId: string,
  periods: { department: string; fromDate: string; toDate: string | null }[],
): Promise<void> {
  await db.delete(alumniDepartmentHistory).where(and(eq(alumniDepartmentHistory.tenantId, tenantId), eq(alumniDepartmentHistory.alumnusId, alumnusId)));
  if (periods.length > 0) await db.insert(alumniDepartmentHistory).values(periods.map((p) => ({ ...p, tenantId, alumnusId })));
}

export async function findByWorkEmail(db: Db, tenantId: string, workEmail: string): Promise<AlumnusRow | undefined> {
  const [row] = await db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), sql`lower(${alumni.workEmail}) = ${workEmail.toLowerCase()}`))
    .orderBy(asc(alumni.createdAt))
    .limit(1);
  return row;
}

export async function findByUserId(db: Db, tenantId: string, userId: string): Promise<AlumnusRow | undefined> {
  const [row] = await db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.userId, userId)))
    .limit(1);
  return row;
}

/** Locks the record for a read-modify-write by its own person (registration, the alumni portal). */
export async function lockAlumnus(db: Db, tenantId: string, id: string): Promise<AlumnusRow | undefined> {
  const [row] = await db
    .select()
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, id)))
    .for("update");
  return row;
}
