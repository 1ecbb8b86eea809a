import { and, asc, count, eq, gt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { auditEvents } from "../../db/schema/audit";
import { dsrRequests } from "../../db/schema/privacy";

export type DsrRow = typeof dsrRequests.$inferSelect;

export async function alumnusExists(db: Db, tenantId: string, alumnusId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: alumni.id })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.id, alumnusId)))
    .limit(1);
  return Boolean(row);
}

export async function insertRequest(
  db: Db,
  values: {
    tenantId: string;
    alumnusId: string;
    subjectPseudonym: string;
    kind: string;
    details: string | null;
    requestedBy: string;
    dueAt: Date;
    createdAt: Date;
  },
): Promise<DsrRow> {
  const [row] = await db
    .insert(dsrRequests)
    .values({ ...values, updatedAt: values.createdAt })
    .returning();
  if (!row) throw new Error("insert dsr request returned nothing");
  return row;
}

const withSubject = {
  request: dsrRequests,
  familyName: alumni.familyName,
  givenName: alumni.givenName,
};

export type DsrWithSubject = { request: DsrRow; familyName: string | null; givenName: string | null };

export async function listRequests(db: Db, input: { tenantId: string; status: string | null; after: { d: string; i: string } | null; limit: number }) {
  const where = and(eq(dsrRequests.tenantId, input.tenantId), input.status ? eq(dsrRequests.status, input.status) : undefined);
  const page = input.after
    ? and(where, or(gt(dsrRequests.dueAt, new Date(input.after.d)), and(eq(dsrRequests.dueAt, new Date(input.after.d)), gt(dsrRequests.id, input.after.i))))
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select(withSubject)
      .from(dsrRequests)
      .leftJoin(alumni, eq(alumni.id, dsrRequests.alumnusId))
      .where(page)
      .orderBy(asc(dsrRequests.dueAt), asc(dsrRequests.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(dsrRequests).where(where),
  ]);
  return { rows: rows as DsrWithSubject[], total: Number(total?.n ?? 0) };
}

export async function findRequest(db: Db, tenantId: string, id: string, options: { lock?: boolean } = {}): Promise<DsrWithSubject | undefined> {
  const query = db
    .select(withSubject)
    .from(dsrRequests)
    .leftJoin(alumni, eq(alumni.id, dsrRequests.alumnusId))
    .where(and(eq(dsrRequests.tenantId, tenantId), eq(dsrRequests.id, id)))
    .limit(1);
  const [row] = options.lock ? await query.for("update", { of: dsrRequests }) : await query;
  return row as DsrWithSubject | undefined;
}

export async function updateRequest(
  db: Db,
  tenantId: string,
  id: string,
  version: number,
  values: Partial<Pick<DsrRow, "status" | "holdReason" | "resolutionNote" | "handledBy" | "completedAt">>,
): Promise<DsrRow | undefined> {
  const [row] = await db
    .update(dsrRequests)
    .set({ ...values, updatedAt: new Date(), version: sql`${dsrRequests.version} + 1` })
    .where(and(eq(dsrRequests.tenantId, tenantId), eq(dsrRequests.id, id), eq(dsrRequests.version, version)))
    .returning();
  return row;
}

export async function historyOf(db: Db, tenantId: string, id: string) {
  return db
    .select({ id: auditEvents.id, at: auditEvents.at, action: auditEvents.action, actorType: auditEvents.actorType, meta: auditEvents.meta })
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.targetType, "dsr_request"), eq(auditEvents.targetId, id)))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id))
    .limit(200);
}
