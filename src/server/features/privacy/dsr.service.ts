import type {
  DsrDetail,
  DsrKind,
  DsrPage,
  DsrQuery,
  DsrRequest,
  DsrStatus,
  DsrTransitionInput,
  EraseInput,
  ErasurePreview,
  OpenDsrInput,
} from "../../../shared/contracts/privacy";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { type Actor, actorId, type TenantContext } from "../../platform/context";
import { Conflict, Gone, Invalid, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { decodeCursor, toPage } from "../../platform/pagination/cursor";
import { newToken } from "../../platform/security/tokens";
import { collectPersonalData, personalDataCsv } from "../alumni-portal/my-data.service";
import * as repo from "./dsr.repo";
import { daysLeft, dueDateFor } from "./due-date";
import { erasePerson, previewErasure } from "./erasure.service";

export interface OpenSubjectRequestInput {
  tenantId: string;
  alumnusId: string;
  kind: DsrKind;
  details: string | null;
  requestedBy: "subject" | "hr";
  actor: Actor | { kind: "anonymous" };
  requestId: string | null;
}

/**
 * Records a data-subject request in the caller's transaction, due one calendar month after receipt. The
 * subject pseudonym is random (not derived from the id), so the record can outlive the erasure it asks for.
 */
export async function openSubjectRequest(tx: Db, input: OpenSubjectRequestInput): Promise<{ id: string; dueAt: string }> {
  if (!(await repo.alumnusExists(tx, input.tenantId, input.alumnusId))) throw NotFound();
  const now = new Date();
  const row = await repo.insertRequest(tx, {
    tenantId: input.tenantId,
    alumnusId: input.alumnusId,
    subjectPseudonym: `subject:${newToken(16)}`,
    kind: input.kind,
    details: input.details?.trim() || null,
    requestedBy: input.requestedBy,
    dueAt: dueDateFor(now),
    createdAt: now,
  });
  await recordAudit(tx, {
    tenantId: input.tenantId,
    actor: input.actor,
    action: "dsr.opened",
    targetType: "dsr_request",
    targetId: row.id,
    requestId: input.requestId,
    meta: { kind: input.kind, requestedBy: input.requestedBy },
  });
  return { id: row.id, dueAt: row.dueAt.toISOString() };
}

// ---------- HR console verbs ----------

const isDueCursor = (v: unknown): v is { d: string; i: string } =>
  typeof v === "object" && v !== null && typeof (v as { d: unknown }).d === "string" && typeof (v as { i: unknown }).i === "string";

function toRequest(row: repo.DsrWithSubject, now = new Date()): DsrRequest {
  const r = row.request;
  const left = daysLeft(r.dueAt, now);
  const closed = r.status === "completed" || r.status === "rejected";
  return {
    id: r.id,
    kind: r.kind as DsrKind,
    status: r.status as DsrStatus,
    alumnusId: r.alumnusId,
    subjectName: row.familyName !== null && row.givenName !== null ? `${row.familyName} ${row.givenName}` : null,
    subjectPseudonym: r.subjectPseudonym,
    details: r.details,
    requestedBy: r.requestedBy as "subject" | "hr",
    holdReason: r.holdReason,
    resolutionNote: r.resolutionNote,
    dueAt: r.dueAt.toISOString(),
    daysLeft: left,
    overdue: !closed && r.dueAt.getTime() < now.getTime(),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    completedAt: r.completedAt?.toISOString() ?? null,
    version: r.version,
  };
}

export async function listRequests({ ctx, query }: { ctx: TenantContext; query: DsrQuery }): Promise<DsrPage> {
  const { rows, total } = await repo.listRequests(ctx.db, {
    tenantId: ctx.tenant.id,
    status: query.status ?? null,
    after: decodeCursor(query.cursor, isDueCursor),
    limit: query.limit,
  });
  const now = new Date();
  return toPage(
    rows,
    query.limit,
    total,
    (row) => toRequest(row, now),
    (row) => ({ d: row.request.dueAt.toISOString(), i: row.request.id }),
  );
}

export async function getRequest({ ctx, id }: { ctx: TenantContext; id: string }): Promise<DsrDetail> {
  const row = await repo.findRequest(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  const history = await repo.historyOf(ctx.db, ctx.tenant.id, id);
  return {
    ...toRequest(row),
    history: history.map((h) => ({ id: String(h.id), at: h.at.toISOString(), action: h.action, actorType: h.actorType, meta: h.meta })),
  };
}

/** HR records a request received another way (a letter, a call) on the person's behalf. */
export async function openRequestForSubject({ ctx, input }: { ctx: TenantContext; input: OpenDsrInput }): Promise<DsrDetail> {
  const opened = await ctx.db.transaction((tx) =>
    openSubjectRequest(tx, { ...input, tenantId: ctx.tenant.id, requestedBy: "hr", actor: ctx.actor, requestId: ctx.requestId }),
  );
  return getRequest({ ctx, id: opened.id });
}

const NEXT: Record<DsrStatus, DsrStatus[]> = {
  open: ["in_progress", "on_hold", "completed", "rejected"],
  in_progress: ["on_hold", "completed", "rejected"],
  on_hold: ["in_progress", "completed", "rejected"],
  completed: [],
  rejected: [],
};

const reasonRequired = (ctx: TenantContext) =>
  Invalid([{ path: "reason", code: "reason_required", message: translate(ctx.locale, "privacy.errors.reason_required") }]);

/** Moves a request on. The due date never moves: a request on hold stays due when it was due. */
export async function transitionRequest({ ctx, id, input }: { ctx: TenantContext; id: string; input: DsrTransitionInput }): Promise<DsrDetail> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findRequest(tx, ctx.tenant.id, id, { lock: true });
    if (!row) throw NotFound();
    const current = row.request;
    if (current.version !== input.version) throw Conflict("stale_version", "errors.stale_version");
    if (current.status === "completed" || current.status === "rejected") throw Conflict("request_closed", "privacy.errors.request_closed");
    if (!NEXT[current.status as DsrStatus].includes(input.status)) throw Conflict("transition_not_allowed", "privacy.errors.transition_not_allowed");
    if ((input.status === "on_hold" || input.status === "rejected") && !input.reason) throw reasonRequired(ctx);
    if (input.status === "completed" && current.kind === "erasure" && current.alumnusId !== null) {
      throw Conflict("erasure_required", "privacy.errors.erasure_required");
    }
    const closing = input.status === "completed" || input.status === "rejected";
    const updated = await repo.updateRequest(tx, ctx.tenant.id, id, input.version, {
      status: input.status,
      holdReason: input.status === "on_hold" ? input.reason : null,
      resolutionNote: closing ? input.reason : current.resolutionNote,
      handledBy: actorId(ctx.actor),
      completedAt: closing ? new Date() : null,
    });
    if (!updated) throw Conflict("stale_version", "errors.stale_version");
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "dsr.status_changed",
      targetType: "dsr_request",
      targetId: id,
      requestId: ctx.requestId,
      meta: { from: current.status, to: input.status },
    });
  });
  return getRequest({ ctx, id });
}

/** The person's data package for an export request; the download is audited. */
export async function exportForRequest({ ctx, id, format }: { ctx: TenantContext; id: string; format: "json" | "csv" }) {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.findRequest(tx, ctx.tenant.id, id);
    if (!row) throw NotFound();
    if (row.request.kind !== "export") throw Conflict("not_export", "privacy.errors.not_export");
    if (!row.request.alumnusId) throw Gone("subject_gone", "privacy.errors.subject_gone");
    const data = await collectPersonalData(tx, ctx.tenant.id, row.request.alumnusId);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "dsr.exported",
      targetType: "dsr_request",
      targetId: id,
      requestId: ctx.requestId,
      meta: { format },
    });
    return format === "csv"
      ? { body: personalDataCsv(data, ctx.locale), contentType: "text/csv; charset=utf-8", extension: "csv" }
      : { body: JSON.stringify(data, null, 2), contentType: "application/json; charset=utf-8", extension: "json" };
  });
}

async function erasureSubject(db: Db, ctx: TenantContext, id: string, lock: boolean) {
  const row = await repo.findRequest(db, ctx.tenant.id, id, { lock });
  if (!row) throw NotFound();
  if (row.request.kind !== "erasure") throw Conflict("not_erasure", "privacy.errors.not_erasure");
  if (!row.request.alumnusId) throw Gone("subject_gone", "privacy.errors.subject_gone");
  return { row, alumnusId: row.request.alumnusId };
}

export async function erasurePreview({ ctx, id }: { ctx: TenantContext; id: string }): Promise<ErasurePreview> {
  const { alumnusId } = await erasureSubject(ctx.db, ctx, id, false);
  return previewErasure(ctx.db, { tenantId: ctx.tenant.id, alumnusId, uploadsDir: ctx.deps.config.uploadsDir });
}

const confirmationOf = (value: string) => value.normalize("NFKC").replace(/\s+/g, "");

/** Erases the person the request is about, after the name was typed again, and completes the request. */
export async function eraseForRequest({ ctx, id, input }: { ctx: TenantContext; id: string; input: EraseInput }): Promise<DsrDetail> {
  await ctx.db.transaction(async (tx) => {
    const { row, alumnusId } = await erasureSubject(tx, ctx, id, true);
    if (row.request.version !== input.version) throw Conflict("stale_version", "errors.stale_version");
    if (row.request.status === "completed" || row.request.status === "rejected") throw Conflict("request_closed", "privacy.errors.request_closed");
    const expected = confirmationOf(`${row.familyName ?? ""}${row.givenName ?? ""}`);
    if (confirmationOf(input.confirmation) !== expected) {
      throw Invalid([{ path: "confirmation", code: "confirmation_mismatch", message: translate(ctx.locale, "privacy.errors.confirmation_mismatch") }]);
    }
    await erasePerson(tx, {
      tenantId: ctx.tenant.id,
      alumnusId,
      actor: ctx.actor,
      requestId: ctx.requestId,
      uploadsDir: ctx.deps.config.uploadsDir,
      authSecret: ctx.deps.config.authSecret,
    });
    const updated = await repo.updateRequest(tx, ctx.tenant.id, id, input.version, {
      status: "completed",
      holdReason: null,
      handledBy: actorId(ctx.actor),
      completedAt: new Date(),
    });
    if (!updated) throw Conflict("stale_version", "errors.stale_version");
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "dsr.status_changed",
      targetType: "dsr_request",
      targetId: id,
      requestId: ctx.requestId,
      meta: { from: row.request.status, to: "completed", erased: true },
    });
  });
  return getRequest({ ctx, id });
}
