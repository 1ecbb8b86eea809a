import type {
  AlumniPage,
  AlumniQuery,
  Alumnus,
  AlumnusInput,
  AlumnusPatch,
  AlumnusView,
  BulkTagInput,
  RestrictedAlumnus,
} from "../../../shared/contracts/alumni";
import type { AuditPage } from "../../../shared/contracts/audit";
import { searchTermsOf } from "../../../shared/japanese-text";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { Conflict, Invalid, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { decodeCursor, toPage } from "../../platform/pagination/cursor";
import * as audit from "../audit/audit.service";
import * as repo from "./alumni.repo";
import { searchFieldsOf } from "./alumnus-search-fields";
import { effectiveStatus, rulesOf, tokyoToday } from "./eligibility.service";
import { evaluateEligibility } from "./evaluate-eligibility";

/** Hiring managers get the restricted view: no exit reason note, no HR notes, no date of birth. */
const fullView = (ctx: TenantContext) => ctx.actor.role === "admin" || ctx.actor.role === "hr";

function toAlumnus(row: repo.AlumnusRow, history: repo.DepartmentRow[]): Alumnus {
  return {
    id: row.id,
    version: row.version,
    employeeNumber: row.employeeNumber,
    familyName: row.familyName,
    givenName: row.givenName,
    familyNameKana: row.familyNameKana,
    givenNameKana: row.givenNameKana,
    formerFamilyName: row.formerFamilyName,
    birthDate: row.birthDate,
    workEmail: row.workEmail,
    privateEmail: row.privateEmail,
    phone: row.phone,
    snsLinks: row.snsLinks,
    department: row.department,
    jobTitle: row.jobTitle,
    grade: row.grade,
    employmentType: row.employmentType,
    hireDate: row.hireDate,
    leaveDate: row.leaveDate,
    exitType: row.exitType as Alumnus["exitType"],
    exitReasonCategory: row.exitReasonCategory,
    exitReasonNote: row.exitReasonNote,
    skills: row.skills,
    currentEmployer: row.currentEmployer,
    currentRole: row.currentRole,
    returnInterest: row.returnInterest as Alumnus["returnInterest"],
    doNotRehire: row.doNotRehire,
    tags: row.tags,
    hrNotes: row.hrNotes,
    departmentHistory: history.map((h) => ({ department: h.department, from: h.fromDate, to: h.toDate })),
    eligibility: row.eligibility as Alumnus["eligibility"],
    openToReturn: row.openToReturn,
    lookingFor: row.lookingFor,
    openToReturnAt: row.openToReturnAt?.toISOString() ?? null,
    returnedAt: row.returnedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The stored verdict for a record about to be written, under the tenant's current rules. */
async function eligibilityOf(
  db: Db,
  ctx: TenantContext,
  subject: Pick<repo.AlumnusRow, "hireDate" | "leaveDate" | "exitType" | "doNotRehire" | "eligibilityOverride">,
) {
  const evaluated = evaluateEligibility(subject, await rulesOf(db, ctx.tenant.id), tokyoToday());
  return effectiveStatus(evaluated.status, subject.eligibilityOverride);
}

function viewFor(ctx: TenantContext, alumnus: Alumnus): AlumnusView {
  if (fullView(ctx)) return alumnus;
  const { exitReasonNote: _note, hrNotes: _hr, birthDate: _birth, ...restricted } = alumnus;
  return restricted satisfies RestrictedAlumnus;
}

function assertDates(ctx: TenantContext, input: { hireDate?: string | null; leaveDate?: string }) {
  if (input.hireDate && input.leaveDate && input.leaveDate < input.hireDate) {
    throw Invalid([{ path: "leaveDate", code: "leave_before_hire", message: translate(ctx.locale, "validation.leave_before_hire") }]);
  }
}

function valuesOf(input: Partial<AlumnusInput>): Partial<repo.AlumnusValues> {
  const { departmentHistory: _history, ...values } = input;
  return { ...values, workEmail: values.workEmail?.toLowerCase() ?? values.workEmail, privateEmail: values.privateEmail?.toLowerCase() ?? values.privateEmail };
}

const historyOf = (periods: AlumnusInput["departmentHistory"]) => (periods ?? []).map((p) => ({ department: p.department, fromDate: p.from, toDate: p.to }));

const isCursor = (v: unknown): v is { k: string; i: string } =>
  typeof v === "object" && v !== null && typeof (v as { k: unknown }).k === "string" && typeof (v as { i: unknown }).i === "string";

export async function listAlumni({ ctx, query }: { ctx: TenantContext; query: AlumniQuery }): Promise<AlumniPage> {
  const { q, cursor, limit, ...filters } = query;
  const { rows, total } = await repo.listAlumni(ctx.db, {
    tenantId: ctx.tenant.id,
    filter: { ...filters, terms: q ? searchTermsOf(q) : [] },
    after: decodeCursor(cursor, isCursor),
    limit,
  });
  return toPage(
    rows,
    limit,
    total,
    (row) => viewFor(ctx, toAlumnus(row, [])),
    (row) => ({ k: row.sortKey, i: row.id }),
  );
}

async function loadAlumnus(db: Db, ctx: TenantContext, id: string): Promise<Alumnus> {
  const row = await repo.findAlumnus(db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  return toAlumnus(row, await repo.departmentHistoryOf(db, ctx.tenant.id, id));
}

/** Reading one person's record is itself recorded: the audit log answers "who looked at X". */
export async function getAlumnus({ ctx, id }: { ctx: TenantContext; id: string }): Promise<AlumnusView> {
  const alumnus = await loadAlumnus(ctx.db, ctx, id);
  await recordAudit(ctx.db, {
    tenantId: ctx.tenant.id,
    actor: ctx.actor,
    action: "alumnus.viewed",
    targetType: "alumnus",
    targetId: id,
    requestId: ctx.requestId,
  });
  return viewFor(ctx, alumnus);
}

export async function createAlumnus({ ctx, input }: { ctx: TenantContext; input: AlumnusInput }): Promise<Alumnus> {
  assertDates(ctx, input);
  return ctx.db.transaction(async (tx) => {
    if (input.employeeNumber && (await repo.findByEmployeeNumber(tx, ctx.tenant.id, input.employeeNumber))) {
      throw Conflict("employee_number_taken", "errors.employee_number_taken");
    }
    const values = valuesOf(input) as repo.AlumnusValues;
    const eligibility = await eligibilityOf(tx, ctx, { hireDate: null, eligibilityOverride: null, ...values } as repo.AlumnusRow);
    const row = await repo.insertAlumnus(tx, ctx.tenant.id, { ...values, ...searchFieldsOf(values), eligibility });
    await repo.replaceDepartmentHistory(tx, ctx.tenant.id, row.id, historyOf(input.departmentHistory));
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "alumnus.created",
      targetType: "alumnus",
      targetId: row.id,
      requestId: ctx.requestId,
    });
    return loadAlumnus(tx, ctx, row.id);
  });
}

export async function updateAlumnus({ ctx, id, input }: { ctx: TenantContext; id: string; input: AlumnusPatch }): Promise<Alumnus> {
  const { version, ...changes } = input;
  return ctx.db.transaction(async (tx) => {
    const current = await repo.findAlumnus(tx, ctx.tenant.id, id);
    if (!current) throw NotFound();
    if (current.version !== version) throw Conflict("stale_version", "errors.stale_version");
    assertDates(ctx, { hireDate: changes.hireDate === undefined ? current.hireDate : changes.hireDate, leaveDate: changes.leaveDate ?? current.leaveDate });
    if (changes.employeeNumber && changes.employeeNumber !== current.employeeNumber) {
      if (await repo.findByEmployeeNumber(tx, ctx.tenant.id, changes.employeeNumber)) throw Conflict("employee_number_taken", "errors.employee_number_taken");
    }
    const values = valuesOf(changes);
    const eligibility = await eligibilityOf(tx, ctx, { ...current, ...values } as repo.AlumnusRow);
    const row = await repo.updateAlumnus(tx, ctx.tenant.id, id, version, { ...values, ...searchFieldsOf({ ...current, ...values }), eligibility });
    if (!row) throw Conflict("stale_version", "errors.stale_version");
    if (changes.departmentHistory) await repo.replaceDepartmentHistory(tx, ctx.tenant.id, id, historyOf(changes.departmentHistory));
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "alumnus.updated",
      targetType: "alumnus",
      targetId: id,
      requestId: ctx.requestId,
      meta: { fields: Object.keys(changes).sort().join(",") },
    });
    return loadAlumnus(tx, ctx, id);
  });
}

export async function deleteAlumnus({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.deleteAlumnus(tx, ctx.tenant.id, id))) throw NotFound();
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "alumnus.deleted",
      targetType: "alumnus",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
}

/** Adds and removes tags on many alumni at once; each changed record is versioned and audited. */
export async function bulkTag({ ctx, input }: { ctx: TenantContext; input: BulkTagInput }): Promise<{ updated: number }> {
  return ctx.db.transaction(async (tx) => {
    let updated = 0;
    for (const current of await repo.findAlumniByIds(tx, ctx.tenant.id, [...new Set(input.ids)])) {
      const id = current.id;
      const tags = [...new Set([...current.tags.filter((tag) => !input.remove.includes(tag)), ...input.add])];
      if (tags.length === current.tags.length && tags.every((tag) => current.tags.includes(tag))) continue;
      await repo.updateAlumnus(tx, ctx.tenant.id, id, current.version, { tags, ...searchFieldsOf({ ...current, tags }) });
      await recordAudit(tx, {
        tenantId: ctx.tenant.id,
        actor: ctx.actor,
        action: "alumnus.updated",
        targetType: "alumnus",
        targetId: id,
        requestId: ctx.requestId,
        meta: { fields: "tags", bulk: true },
      });
      updated++;
    }
    return { updated };
  });
}

/** The record's history of changes and reads, from the audit log. */
export async function changeHistory({ ctx, id, cursor, limit }: { ctx: TenantContext; id: string; cursor?: string; limit: number }): Promise<AuditPage> {
  if (!(await repo.findAlumnus(ctx.db, ctx.tenant.id, id))) throw NotFound();
  return audit.listAuditEvents({ ctx, query: { targetType: "alumnus", targetId: id, cursor, limit } });
}

/** Contact facts of some alumni of a tenant, for inviting them to register (offboarding bulk invitations). */
export async function contactsOf(
  db: Db,
  tenantId: string,
  ids: string[],
): Promise<
  {
    id: string;
    familyName: string;
    givenName: string;
    workEmail: string | null;
    privateEmail: string | null;
    employeeNumber: string | null;
    department: string | null;
    leaveDate: string;
    registered: boolean;
  }[]
> {
  const rows = await repo.findAlumniByIds(db, tenantId, ids);
  return rows.map((row) => ({
    id: row.id,
    familyName: row.familyName,
    givenName: row.givenName,
    workEmail: row.workEmail,
    privateEmail: row.privateEmail,
    employeeNumber: row.employeeNumber,
    department: row.department,
    leaveDate: row.leaveDate,
    registered: Boolean(row.userId || row.registeredAt),
  }));
}

/*
 * Verbs for features where the person writes their own record (registration, the alumni portal). Search
 * columns and the eligibility verdict are computed as for any edit; the calling verb records the audit row.
 */
export type AlumnusRecord = repo.AlumnusRow;
export type AlumnusRecordValues = repo.AlumnusValues;

async function tenantEligibilityOf(
  db: Db,
  tenantId: string,
  subject: Pick<repo.AlumnusRow, "hireDate" | "leaveDate" | "exitType" | "doNotRehire" | "eligibilityOverride">,
) {
  const evaluated = evaluateEligibility(subject, await rulesOf(db, tenantId), tokyoToday());
  return effectiveStatus(evaluated.status, subject.eligibilityOverride);
}

/** The directory record a leaver belongs to: the case's own record, else the same employee number, else work email. */
export async function findRecordOfLeaver(
  db: Db,
  tenantId: string,
  leaver: { alumnusId: string | null; employeeNumber: string | null; workEmail: string | null },
): Promise<AlumnusRecord | undefined> {
  if (leaver.alumnusId) {
    const row = await repo.findAlumnus(db, tenantId, leaver.alumnusId);
    if (row) return row;
  }
  if (leaver.employeeNumber) {
    const row = await repo.findByEmployeeNumber(db, tenantId, leaver.employeeNumber);
    if (row) return row;
  }
  return leaver.workEmail ? repo.findByWorkEmail(db, tenantId, leaver.workEmail) : undefined;
}

export const findRecordOfUser = repo.findByUserId;
export const lockRecord = repo.lockAlumnus;

export async function insertRecord(db: Db, tenantId: string, values: AlumnusRecordValues): Promise<AlumnusRecord> {
  const eligibility = await tenantEligibilityOf(db, tenantId, { hireDate: null, eligibilityOverride: null, doNotRehire: false, exitType: "other", ...values });
  return repo.insertAlumnus(db, tenantId, { ...values, ...searchFieldsOf(values), eligibility });
}

/** Writes `values` over the record read (and locked) by the caller; the version moves on like any edit. */
export async function updateRecord(db: Db, current: AlumnusRecord, values: Partial<AlumnusRecordValues>): Promise<AlumnusRecord> {
  const merged = { ...current, ...values };
  const eligibility = await tenantEligibilityOf(db, current.tenantId, merged);
  const row = await repo.updateAlumnus(db, current.tenantId, current.id, current.version, { ...values, ...searchFieldsOf(merged), eligibility });
  if (!row) throw Conflict("stale_version", "errors.stale_version");
  return row;
}
