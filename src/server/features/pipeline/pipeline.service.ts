import { randomBytes, randomUUID } from "node:crypto";
import type { FieldError } from "../../../shared/contracts/common";
import type {
  Activity,
  ActivityPage,
  ActivityQuery,
  Board,
  CandidateCard,
  CandidateDetail,
  CandidateFilter,
  CandidateListQuery,
  CandidatePage,
  CandidatePatch,
  EmailInput,
  Interview,
  InterviewInput,
  InterviewPatch,
  MoveInput,
  NewCandidateInput,
  NoteInput,
  PipelineOptions,
  Stage,
  StageList,
  StagesInput,
} from "../../../shared/contracts/pipeline";
import { searchTermsOf } from "../../../shared/japanese-text";
import type { Locale } from "../../../shared/locales";
import { type ActivityKind, type CandidateSource, DEFAULT_STAGES, type RejectionReason, type StageKind } from "../../../shared/recruiting";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { publishDomainEvent } from "../../platform/domain-events/domain-events";
import { Conflict, DomainError, Invalid, NotFound } from "../../platform/errors/domain-error";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { type Outbox, transact } from "../../platform/mail/outbox";
import { renderMarkdown } from "../../platform/markdown/render-markdown";
import { createdAtCursorOf, decodeCursor, encodeCursor, isCreatedAtCursor } from "../../platform/pagination/cursor";
import { candidateScope, positionScope } from "./manager-scope";
import * as repo from "./pipeline.repo";
import { actorUserIdOf, enterPipeline, openCandidaciesOf, recordActivities } from "./pipeline-entry";
import { type InterviewFacts, type InterviewMailKind, interviewCalendar, renderCandidateEmail, renderInterviewMail } from "./pipeline-mail";
import { ensureStages } from "./stages.repo";

/** Cards per column on the first load of the board; more through the list with the column's cursor. */
export const BOARD_PAGE = 30;
const DAY = 86_400_000;
const HOUR = 3_600_000;
const BUILT_IN = new Set(DEFAULT_STAGES.map((s) => s.key));

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const field = (locale: Locale, path: string, code: string, key: MessageKey, params: Record<string, string | number> = {}): FieldError => ({
  path,
  code,
  message: translate(locale, key, params),
});
const stale = () => Conflict("stale", "pipeline.errors.stale");
const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
};

// ---------------------------------------------------------------- shapes

export function toStage(row: repo.StageRow): Stage {
  return {
    id: row.id,
    key: row.key,
    nameJa: row.nameJa,
    nameEn: row.nameEn,
    kind: row.kind as StageKind,
    position: row.position,
    builtIn: BUILT_IN.has(row.key),
  };
}

function toCard(row: repo.CardRow, now = Date.now()): CandidateCard {
  const entered = new Date(row.stageEnteredAt);
  return {
    id: row.id,
    name: row.fullName,
    nameKana: row.fullNameKana,
    alumnusId: row.alumnusId,
    positionId: row.positionId,
    positionTitleJa: row.positionTitleJa,
    positionTitleEn: row.positionTitleEn,
    stageId: row.stageId,
    source: row.source as CandidateSource,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    stageEnteredAt: entered.toISOString(),
    daysInStage: Math.max(0, Math.floor((now - entered.getTime()) / DAY)),
    nextInterviewAt: row.nextInterviewAt,
    closed: row.closedAt !== null,
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

function filterOf(ctx: TenantContext, query: CandidateFilter & { alumnusId?: string }): repo.CandidateFilterSql {
  return {
    tenantId: ctx.tenant.id,
    scope: candidateScope(ctx),
    positionId: query.positionId,
    ownerUserId: query.ownerUserId,
    source: query.source,
    alumnusId: query.alumnusId,
    terms: query.q ? searchTermsOf(query.q) : [],
  };
}

async function audit(ctx: TenantContext, tx: Db, action: string, id: string, meta: Record<string, string | number | boolean | null> = {}) {
  await recordAudit(tx, { tenantId: ctx.tenant.id, actor: ctx.actor, action, targetType: "candidate", targetId: id, requestId: ctx.requestId, meta });
}

/** The candidate in the caller's scope, or 404 (another tenant's, or another manager's). */
async function candidateFor(ctx: TenantContext, db: Db, id: string, forUpdate = false) {
  const row = await repo.findCandidate(db, ctx.tenant.id, id, candidateScope(ctx), forUpdate);
  if (!row) throw NotFound();
  return row;
}

// ---------------------------------------------------------------- stages

export async function listStages({ ctx }: { ctx: TenantContext }): Promise<StageList> {
  return { items: (await ensureStages(ctx.db, ctx.tenant.id)).map(toStage) };
}

/**
 * Saves the whole ordered list: renames, a new order of the open stages, new custom stages, and removal of custom
 * stages nobody is in. Built-in stages stay; the closed ones (hired, declined, withdrawn) stay after every open one.
 */
export async function saveStages({ ctx, input }: { ctx: TenantContext; input: StagesInput }): Promise<StageList> {
  await ctx.db.transaction(async (tx) => {
    await ensureStages(tx, ctx.tenant.id);
    const existing = await repo.lockStages(tx, ctx.tenant.id);
    const byId = new Map(existing.map((s) => [s.id, s]));
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    let closedSeen = false;
    input.stages.forEach((stage, index) => {
      const current = stage.id ? byId.get(stage.id) : undefined;
      if (stage.id && !current) errors.push(field(ctx.locale, `stages.${index}.id`, "unknown_stage", "pipeline.errors.unknown_stage"));
      if (stage.id && seen.has(stage.id)) errors.push(field(ctx.locale, `stages.${index}.id`, "duplicate_stage", "pipeline.errors.duplicate_stage"));
      if (stage.id) seen.add(stage.id);
      const open = !current || current.kind === "open";
      if (!open) closedSeen = true;
      else if (closedSeen) errors.push(field(ctx.locale, `stages.${index}`, "closed_last", "pipeline.errors.closed_last"));
    });
    const removed = existing.filter((s) => !seen.has(s.id));
    for (const stage of removed.filter((s) => BUILT_IN.has(s.key))) {
      errors.push(field(ctx.locale, "stages", "stage_required", "pipeline.errors.stage_required", { name: ctx.locale === "en" ? stage.nameEn : stage.nameJa }));
    }
    if (errors.length) throw Invalid(errors);
    const counts = await repo.countByStage(
      tx,
      ctx.tenant.id,
      removed.map((s) => s.id),
    );
    const occupied = removed.filter((s) => (counts.get(s.id) ?? 0) > 0);
    if (occupied.length) {
      throw new DomainError(
        409,
        "stage_not_empty",
        "pipeline.errors.stage_not_empty",
        occupied.map((s) =>
          field(ctx.locale, "stages", "stage_not_empty", "pipeline.errors.stage_not_empty_count", {
            name: ctx.locale === "en" ? s.nameEn : s.nameJa,
            count: counts.get(s.id) ?? 0,
          }),
        ),
      );
    }
    await repo.deleteStages(
      tx,
      ctx.tenant.id,
      removed.map((s) => s.id),
    );
    let added = 0;
    for (const [position, stage] of input.stages.entries()) {
      if (stage.id) await repo.updateStage(tx, ctx.tenant.id, stage.id, { nameJa: stage.nameJa, nameEn: stage.nameEn, position });
      else {
        added++;
        await repo.insertStage(tx, {
          tenantId: ctx.tenant.id,
          key: `custom_${randomBytes(5).toString("hex")}`,
          kind: "open",
          nameJa: stage.nameJa,
          nameEn: stage.nameEn,
          position,
        });
      }
    }
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "pipeline.stages_changed",
      targetType: "pipeline",
      requestId: ctx.requestId,
      meta: { stages: input.stages.length, added, removed: removed.length },
    });
  });
  return listStages({ ctx });
}

// ---------------------------------------------------------------- board and list

/**
 * Every stage with its total and newest cards. Three statements whatever the tenant's size: the stages, the totals
 * grouped by stage, and a lateral top-N per stage (the last two in parallel).
 */
export async function getBoard({ ctx, query }: { ctx: TenantContext; query: CandidateFilter }): Promise<Board> {
  const stages = await ensureStages(ctx.db, ctx.tenant.id);
  const filter = filterOf(ctx, query);
  const [totals, cards] = await Promise.all([repo.stageTotals(ctx.db, filter), repo.topCardsPerStage(ctx.db, filter, BOARD_PAGE + 1)]);
  const now = Date.now();
  const byStage = new Map<string, repo.CardRow[]>();
  for (const card of cards) byStage.set(card.stageId, [...(byStage.get(card.stageId) ?? []), card]);
  return {
    columns: stages.map((stage) => {
      const rows = byStage.get(stage.id) ?? [];
      const last = rows.length > BOARD_PAGE ? rows[BOARD_PAGE - 1] : undefined;
      return {
        stage: toStage(stage),
        total: totals.get(stage.id) ?? 0,
        cards: rows.slice(0, BOARD_PAGE).map((r) => toCard(r, now)),
        nextCursor: last ? encodeCursor({ v: new Date(last.stageEnteredAt).toISOString(), i: last.id }) : null,
      };
    }),
  };
}

const isKeyCursor = (v: unknown): v is { v: string; i: string } =>
  typeof v === "object" && v !== null && typeof (v as { v: unknown }).v === "string" && typeof (v as { i: unknown }).i === "string";
const isOffsetCursor = (v: unknown): v is { o: number } =>
  typeof v === "object" && v !== null && Number.isInteger((v as { o: unknown }).o) && (v as { o: number }).o >= 0;

export async function listCandidates({ ctx, query }: { ctx: TenantContext; query: CandidateListQuery }): Promise<CandidatePage> {
  const keyset = query.sort === "days" || query.sort === "updated";
  // "Days in stage, most first" is the oldest stage entry first.
  const order = query.sort === "days" ? (query.order === "desc" ? "asc" : "desc") : query.order;
  const after = keyset ? decodeCursor(query.cursor, isKeyCursor) : null;
  const offset = keyset ? 0 : (decodeCursor(query.cursor, isOffsetCursor)?.o ?? 0);
  const { rows, total } = await repo.listCards(ctx.db, {
    ...filterOf(ctx, query),
    stageId: query.stageId,
    sort: query.sort,
    order,
    after,
    offset,
    limit: query.limit,
  });
  const now = Date.now();
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  const column = query.sort === "days" ? "stageEnteredAt" : "updatedAt";
  return {
    items: rows.slice(0, query.limit).map((r) => toCard(r, now)),
    total,
    nextCursor: last ? encodeCursor(keyset ? { v: new Date(last[column]).toISOString(), i: last.id } : { o: offset + query.limit }) : null,
  };
}

export async function pipelineOptions({ ctx }: { ctx: TenantContext }): Promise<PipelineOptions> {
  const [positions, people] = await Promise.all([repo.positionsFor(ctx.db, ctx.tenant.id, positionScope(ctx)), repo.consoleMembers(ctx.db, ctx.tenant.id)]);
  return { positions, people: people.map((p) => ({ userId: p.userId, name: p.name, role: p.role })) };
}

async function cardOf(ctx: TenantContext, id: string): Promise<CandidateCard> {
  const { rows } = await repo.listCards(ctx.db, {
    tenantId: ctx.tenant.id,
    scope: candidateScope(ctx),
    ids: [id],
    sort: "updated",
    order: "desc",
    after: null,
    offset: 0,
    limit: 1,
  });
  if (!rows[0]) throw NotFound();
  return toCard(rows[0]);
}

// ---------------------------------------------------------------- moves

/**
 * Moves a candidate to a stage, if the board that asked was current (`version`). Declining or withdrawing needs a
 * reason; hiring closes the candidacy, marks an alumnus as returned and tells the rest of the product.
 */
export async function moveCandidate({ ctx, id, input }: { ctx: TenantContext; id: string; input: MoveInput }): Promise<CandidateCard> {
  await ctx.db.transaction(async (tx) => {
    const { candidate: c } = await candidateFor(ctx, tx, id, true);
    if (c.version !== input.version) throw stale();
    const stages = await ensureStages(tx, ctx.tenant.id);
    const target = stages.find((s) => s.id === input.stageId);
    if (!target) throw Invalid([field(ctx.locale, "stageId", "unknown_stage", "pipeline.errors.unknown_stage")]);
    if (target.id === c.stageId) return;
    const from = stages.find((s) => s.id === c.stageId);
    const rejected = target.kind === "declined" || target.kind === "withdrawn";
    const reason: RejectionReason | null = rejected ? (input.rejectionReason ?? null) : null;
    if (rejected && !reason) throw Invalid([field(ctx.locale, "rejectionReason", "reason_required", "pipeline.errors.reason_required")]);
    if (target.kind === "open" && c.closedAt && (await repo.otherOpenCandidacy(tx, c))) throw Conflict("reopen_conflict", "pipeline.errors.reopen_conflict");
    const now = new Date();
    const hired = target.kind === "hired";
    let updated: repo.CandidateRow | undefined;
    try {
      updated = await repo.updateIfVersion(tx, ctx.tenant.id, c.id, c.version, {
        stageId: target.id,
        stageEnteredAt: now,
        closedAt: target.kind === "open" ? null : now,
        hiredAt: hired ? now : null,
        rejectionReason: reason,
        rejectionNote: rejected ? (input.rejectionNote ?? null) : null,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw Conflict("reopen_conflict", "pipeline.errors.reopen_conflict");
      throw error;
    }
    if (!updated) throw stale();
    const kind: ActivityKind = hired ? "hired" : rejected ? "rejected" : "stage_changed";
    await recordActivities(tx, ctx, c.id, [
      { kind, body: rejected ? (input.rejectionNote ?? null) : null, data: { from: from?.key ?? null, to: target.key, ...(reason ? { reason } : {}) } },
    ]);
    await audit(ctx, tx, "candidate.stage_changed", c.id, { from: from?.key ?? null, to: target.key, reason });
    if (!hired) return;
    if (c.alumnusId && (await repo.markReturned(tx, ctx.tenant.id, c.alumnusId, now))) {
      await recordAudit(tx, {
        tenantId: ctx.tenant.id,
        actor: ctx.actor,
        action: "alumnus.returned",
        targetType: "alumnus",
        targetId: c.alumnusId,
        requestId: ctx.requestId,
        meta: { candidateId: c.id },
      });
    }
    await publishDomainEvent(ctx.deps, tx, {
      tenantId: ctx.tenant.id,
      type: "candidate.hired",
      subjectId: c.id,
      actorUserId: actorUserIdOf(ctx),
      payload: { candidateId: c.id, alumnusId: c.alumnusId, positionId: c.positionId, source: c.source, referrerUserId: c.referrerUserId },
    });
  });
  return cardOf(ctx, id);
}

/** Owner and position; the position must be one the caller may see, and not one the person is already in. */
export async function updateCandidate({ ctx, id, input }: { ctx: TenantContext; id: string; input: CandidatePatch }): Promise<CandidateDetail> {
  await ctx.db.transaction(async (tx) => {
    const { candidate: c } = await candidateFor(ctx, tx, id, true);
    if (c.version !== input.version) throw stale();
    const change: Partial<typeof c> = {};
    const activities: { kind: ActivityKind; data: Record<string, unknown> }[] = [];
    if (input.ownerUserId !== undefined && input.ownerUserId !== c.ownerUserId) {
      if (input.ownerUserId && !(await repo.consoleMembers(tx, ctx.tenant.id, [input.ownerUserId])).length)
        throw Invalid([field(ctx.locale, "ownerUserId", "unknown_member", "pipeline.errors.unknown_member")]);
      change.ownerUserId = input.ownerUserId;
      activities.push({ kind: "owner_changed", data: { from: c.ownerUserId, to: input.ownerUserId } });
    }
    if (input.positionId !== undefined && input.positionId !== c.positionId) {
      if (input.positionId && !(await repo.findPosition(tx, ctx.tenant.id, input.positionId, positionScope(ctx))))
        throw Invalid([field(ctx.locale, "positionId", "unknown_position", "pipeline.errors.unknown_position")]);
      change.positionId = input.positionId;
      activities.push({ kind: "position_changed", data: { positionId: input.positionId } });
    }
    if (!activities.length) return;
    try {
      if (!(await repo.updateIfVersion(tx, ctx.tenant.id, c.id, c.version, change))) throw stale();
    } catch (error) {
      if (isUniqueViolation(error)) throw Conflict("already_in_pipeline", "pipeline.errors.already_in_pipeline");
      throw error;
    }
    await recordActivities(tx, ctx, c.id, activities);
    await audit(ctx, tx, "candidate.updated", c.id, { owner: "ownerUserId" in change, position: "positionId" in change });
  });
  return readCandidate({ ctx, id });
}

// ---------------------------------------------------------------- adding people

/**
 * HR adds someone: an alumnus from the directory or a person by name and contact. A person already in the
 * pipeline for that position is not added twice: 409 `already_in_pipeline`, naming the existing candidate in
 * `errors[0].message` (path `candidateId`) so the UI can link to it.
 */
export async function addCandidate({ ctx, input }: { ctx: TenantContext; input: NewCandidateInput }): Promise<CandidateDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    const person = await personOf(ctx, tx, input);
    if (input.positionId && !(await repo.findPosition(tx, ctx.tenant.id, input.positionId, positionScope(ctx))))
      throw Invalid([field(ctx.locale, "positionId", "unknown_position", "pipeline.errors.unknown_position")]);
    if (input.ownerUserId && !(await repo.consoleMembers(tx, ctx.tenant.id, [input.ownerUserId])).length)
      throw Invalid([field(ctx.locale, "ownerUserId", "unknown_member", "pipeline.errors.unknown_member")]);
    const positionId = input.positionId ?? null;
    const open = await openCandidaciesOf(tx, ctx, person);
    const known = open.find((c) => c.positionId === positionId) ?? (positionId ? open.find((c) => c.positionId === null) : open[0]);
    if (known) throw alreadyInPipeline(known.id);
    const source: CandidateSource = input.source ?? (person.alumnusId ? "alumni" : "direct");
    const { candidate, created } = await enterPipeline(tx, ctx, {
      person,
      positionId,
      source,
      sourceDetail: input.sourceDetail ?? null,
      ownerUserId: input.ownerUserId ?? actorUserIdOf(ctx),
      stageKey: input.stageKey,
      activity: input.note ? { kind: "note", body: input.note } : undefined,
    });
    if (!created) throw alreadyInPipeline(candidate.id);
    return candidate.id;
  });
  return readCandidate({ ctx, id });
}

function alreadyInPipeline(candidateId: string) {
  return new DomainError(409, "already_in_pipeline", "pipeline.errors.already_in_pipeline", [
    { path: "candidateId", code: "already_in_pipeline", message: candidateId },
  ]);
}

async function personOf(ctx: TenantContext, tx: Db, input: NewCandidateInput) {
  if (input.alumnusId) {
    const a = await repo.alumnusAsPerson(tx, ctx.tenant.id, input.alumnusId);
    if (!a) throw Invalid([field(ctx.locale, "alumnusId", "unknown_alumnus", "pipeline.errors.unknown_alumnus")]);
    const kana = [a.familyNameKana, a.givenNameKana].filter(Boolean).join(" ");
    return {
      alumnusId: a.id,
      fullName: `${a.familyName} ${a.givenName}`,
      fullNameKana: kana || null,
      email: input.email ?? a.accountEmail ?? a.privateEmail ?? null,
      phone: input.phone || a.phone || null,
    };
  }
  const errors: FieldError[] = [];
  if (!input.fullName) errors.push(field(ctx.locale, "fullName", "person_required", "pipeline.errors.person_required"));
  if (!input.email && !input.phone) errors.push(field(ctx.locale, "email", "contact_required", "pipeline.errors.contact_required"));
  if (errors.length) throw Invalid(errors);
  return {
    alumnusId: null,
    fullName: input.fullName as string,
    fullNameKana: input.fullNameKana ?? null,
    email: input.email ?? null,
    phone: input.phone || null,
  };
}

// ---------------------------------------------------------------- candidate page

function toInterview(row: repo.InterviewRow, names: Map<string, string>): Interview {
  return {
    id: row.id,
    candidateId: row.candidateId,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    format: row.format as Interview["format"],
    location: row.location,
    interviewers: row.interviewerUserIds.map((userId) => ({ userId, name: names.get(userId) ?? "—" })),
    status: row.status as Interview["status"],
    sequence: row.sequence,
    version: row.version,
  };
}

export async function readCandidate({ ctx, id }: { ctx: TenantContext; id: string }): Promise<CandidateDetail> {
  const row = await candidateFor(ctx, ctx.db, id);
  const c = row.candidate;
  const [stages, interviewRows] = await Promise.all([ensureStages(ctx.db, ctx.tenant.id), repo.interviewsOf(ctx.db, ctx.tenant.id, c.id)]);
  const names = new Map((await repo.userNames(ctx.db, [...new Set(interviewRows.flatMap((i) => i.interviewerUserIds))])).map((u) => [u.id, u.name]));
  const stage = stages.find((s) => s.id === c.stageId);
  if (!stage) throw NotFound();
  const upcoming = interviewRows
    .filter((i) => i.status === "scheduled" && i.startsAt.getTime() > Date.now())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  const card = toCard({
    ...c,
    positionTitleJa: row.positionTitleJa,
    positionTitleEn: row.positionTitleEn,
    ownerName: row.ownerName,
    nextInterviewAt: iso(upcoming?.startsAt),
  });
  return {
    ...card,
    email: c.email,
    phone: c.phone,
    sourceDetail: c.sourceDetail,
    referrerName: row.referrerName,
    rejectionReason: c.rejectionReason as RejectionReason | null,
    rejectionNote: c.rejectionNote,
    hiredAt: iso(c.hiredAt),
    closedAt: iso(c.closedAt),
    createdAt: c.createdAt.toISOString(),
    stage: toStage(stage),
    alumnus: c.alumnusId ? { id: c.alumnusId, returnedAt: iso(row.alumnusReturnedAt), department: row.alumnusDepartment } : null,
    interviews: interviewRows.map((i) => toInterview(i, names)),
  };
}

function toActivity(row: { activity: repo.ActivityRow; actorName: string | null }): Activity {
  const a = row.activity;
  return {
    id: a.id,
    kind: a.kind as ActivityKind,
    actorName: row.actorName,
    body: a.body,
    bodyHtml: a.kind === "note" && a.body ? renderMarkdown(a.body) : null,
    data: a.data,
    createdAt: a.createdAt.toISOString(),
  };
}

export async function listActivities({ ctx, id, query }: { ctx: TenantContext; id: string; query: ActivityQuery }): Promise<ActivityPage> {
  await candidateFor(ctx, ctx.db, id);
  const { rows, total } = await repo.listActivities(ctx.db, {
    tenantId: ctx.tenant.id,
    candidateId: id,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return { items: rows.slice(0, query.limit).map(toActivity), total, nextCursor: last ? encodeCursor(createdAtCursorOf(last.activity)) : null };
}

/** An internal note (Markdown): on the timeline only, never shown to referrers or the candidate. */
export async function addNote({ ctx, id, input }: { ctx: TenantContext; id: string; input: NoteInput }): Promise<Activity> {
  const activityId = await ctx.db.transaction(async (tx) => {
    await candidateFor(ctx, tx, id, true);
    const [created] = await repo.insertActivity(tx, {
      tenantId: ctx.tenant.id,
      candidateId: id,
      kind: "note",
      body: input.body,
      actorUserId: actorUserIdOf(ctx),
    });
    await audit(ctx, tx, "candidate.note_added", id);
    return created!.id;
  });
  const page = await listActivities({ ctx, id, query: { limit: 100 } });
  const made = page.items.find((a) => a.id === activityId);
  if (!made) throw NotFound();
  return made;
}

/**
 * A mail to the candidate. To an alumnus it is a job opportunity: sent only while they consent to those (re-checked
 * at sending); to others it is part of their application. The timeline keeps the subject only.
 */
export async function emailCandidate({ ctx, id, input }: { ctx: TenantContext; id: string; input: EmailInput }): Promise<Activity> {
  const activityId = await transact(ctx, async (tx, outbox) => {
    const { candidate: c } = await candidateFor(ctx, tx, id, true);
    const alumnus = c.alumnusId ? await repo.alumnusAsPerson(tx, ctx.tenant.id, c.alumnusId) : undefined;
    const to = alumnus ? (alumnus.accountEmail ?? c.email ?? alumnus.privateEmail) : c.email;
    if (!to) throw Invalid([field(ctx.locale, "to", "no_email", "pipeline.errors.no_email")]);
    const locale = (alumnus?.locale as Locale | null) ?? "ja";
    const mailId = randomUUID();
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to,
      locale,
      template: "candidate_email",
      content: renderCandidateEmail(locale, { tenant: ctx.tenant.name, name: c.fullName, subject: input.subject, body: input.body }),
      ...(c.alumnusId ? { purpose: "job_opportunities", alumnusId: c.alumnusId } : {}),
      idempotencyKey: `candidate-email:${mailId}`,
    });
    const [created] = await repo.insertActivity(tx, {
      tenantId: ctx.tenant.id,
      candidateId: id,
      kind: "email",
      actorUserId: actorUserIdOf(ctx),
      data: { subject: input.subject, mailKey: `candidate-email:${mailId}` },
    });
    await audit(ctx, tx, "candidate.emailed", id, { alumnus: Boolean(c.alumnusId) });
    return created!.id;
  });
  const page = await listActivities({ ctx, id, query: { limit: 100 } });
  const made = page.items.find((a) => a.id === activityId);
  if (!made) throw NotFound();
  return made;
}

// ---------------------------------------------------------------- interviews

function parseInstant(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function checkTimes(locale: Locale, startsRaw: string, endsRaw: string): { startsAt: Date; endsAt: Date } {
  const startsAt = parseInstant(startsRaw);
  const endsAt = parseInstant(endsRaw);
  const errors: FieldError[] = [];
  if (!startsAt) errors.push(field(locale, "startsAt", "invalid_time", "pipeline.errors.invalid_time"));
  if (!endsAt) errors.push(field(locale, "endsAt", "invalid_time", "pipeline.errors.invalid_time"));
  if (startsAt && endsAt && endsAt <= startsAt) errors.push(field(locale, "endsAt", "end_before_start", "pipeline.errors.end_before_start"));
  if (startsAt && endsAt && endsAt.getTime() - startsAt.getTime() > 8 * HOUR) errors.push(field(locale, "endsAt", "too_long", "pipeline.errors.too_long"));
  if (errors.length || !startsAt || !endsAt) throw Invalid(errors);
  return { startsAt, endsAt };
}

async function checkInterviewers(ctx: TenantContext, tx: Db, ids: string[]) {
  const unique = [...new Set(ids)];
  const found = await repo.consoleMembers(tx, ctx.tenant.id, unique);
  if (found.length !== unique.length) throw Invalid([field(ctx.locale, "interviewerUserIds", "unknown_member", "pipeline.errors.unknown_member")]);
  return unique;
}

const candidateLink = (ctx: TenantContext, id: string) => `${ctx.baseUrl}/admin/pipeline/candidates/${id}`;

/** The invitation (or its change or cancellation) to every interviewer and, when reachable, the candidate. */
async function mailInterview(
  ctx: TenantContext,
  tx: Db,
  outbox: Outbox,
  c: repo.CandidateRow,
  row: repo.InterviewRow,
  kind: InterviewMailKind,
  cancelledFor: string[] = [],
) {
  const everyone = [...new Set([...row.interviewerUserIds, ...cancelledFor])];
  const people = await repo.consoleMembers(tx, ctx.tenant.id, everyone);
  const alumnus = c.alumnusId ? await repo.alumnusAsPerson(tx, ctx.tenant.id, c.alumnusId) : undefined;
  const candidateEmail = alumnus ? (alumnus.accountEmail ?? c.email ?? alumnus.privateEmail) : c.email;
  const organizer = ctx.user ? { name: ctx.tenant.name, email: ctx.user.email } : undefined;
  const facts: InterviewFacts = {
    id: row.id,
    tenantName: ctx.tenant.name,
    title: row.title,
    candidateName: c.fullName,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    format: row.format,
    location: row.location,
    sequence: row.sequence,
    attendees: [
      ...people.filter((p) => row.interviewerUserIds.includes(p.userId)).map((p) => ({ name: p.name, email: p.email })),
      ...(candidateEmail ? [{ name: c.fullName, email: candidateEmail }] : []),
    ],
    organizer,
  };
  for (const person of people) {
    const locale = person.locale as Locale;
    const theirKind = cancelledFor.includes(person.userId) && !row.interviewerUserIds.includes(person.userId) ? "cancelled" : kind;
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: person.email,
      locale,
      template: `interview_${theirKind}`,
      content: renderInterviewMail(locale, theirKind, facts, { name: person.name, side: "interviewer", link: candidateLink(ctx, c.id) }),
      idempotencyKey: `interview:${row.id}:${row.sequence}:${theirKind}:${person.userId}`,
    });
  }
  if (candidateEmail) {
    const locale = (alumnus?.locale as Locale | null) ?? "ja";
    await outbox.queue({
      tenantId: ctx.tenant.id,
      to: candidateEmail,
      locale,
      template: `interview_${kind}`,
      content: renderInterviewMail(locale, kind, facts, { name: c.fullName, side: "candidate", link: alumnus?.accountEmail ? `${ctx.baseUrl}/alumni` : null }),
      alumnusId: c.alumnusId,
      idempotencyKey: `interview:${row.id}:${row.sequence}:${kind}:candidate`,
    });
  }
}

async function interviewActivity(ctx: TenantContext, tx: Db, candidateId: string, kind: ActivityKind, row: repo.InterviewRow) {
  await recordActivities(tx, ctx, candidateId, [
    { kind, data: { interviewId: row.id, title: row.title, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() } },
  ]);
}

async function readInterview(ctx: TenantContext, id: string): Promise<Interview> {
  const row = await repo.findInterview(ctx.db, ctx.tenant.id, id, candidateScope(ctx));
  if (!row) throw NotFound();
  const names = new Map((await repo.userNames(ctx.db, row.interviewerUserIds)).map((u) => [u.id, u.name]));
  return toInterview(row, names);
}

export async function scheduleInterview({ ctx, id, input }: { ctx: TenantContext; id: string; input: InterviewInput }): Promise<Interview> {
  const interviewId = await transact(ctx, async (tx, outbox) => {
    const { candidate: c } = await candidateFor(ctx, tx, id, true);
    const times = checkTimes(ctx.locale, input.startsAt, input.endsAt);
    if (c.closedAt) throw Conflict("candidate_closed", "pipeline.errors.candidate_closed");
    const interviewerUserIds = await checkInterviewers(ctx, tx, input.interviewerUserIds);
    const row = await repo.insertInterview(tx, {
      tenantId: ctx.tenant.id,
      candidateId: c.id,
      title: input.title,
      ...times,
      format: input.format,
      location: input.location ?? null,
      interviewerUserIds,
      createdBy: actorUserIdOf(ctx),
    });
    await interviewActivity(ctx, tx, c.id, "interview_scheduled", row);
    await audit(ctx, tx, "candidate.interview_scheduled", c.id, { interviewId: row.id, interviewers: interviewerUserIds.length });
    await mailInterview(ctx, tx, outbox, c, row, "scheduled");
    return row.id;
  });
  return readInterview(ctx, interviewId);
}

async function interviewFor(ctx: TenantContext, tx: Db, id: string) {
  const row = await repo.findInterview(tx, ctx.tenant.id, id, candidateScope(ctx), true);
  if (!row) throw NotFound();
  const found = await repo.findCandidate(tx, ctx.tenant.id, row.candidateId);
  if (!found) throw NotFound();
  return { interview: row, candidate: found.candidate };
}

export async function changeInterview({ ctx, id, input }: { ctx: TenantContext; id: string; input: InterviewPatch }): Promise<Interview> {
  await transact(ctx, async (tx, outbox) => {
    const { interview: before, candidate: c } = await interviewFor(ctx, tx, id);
    if (before.version !== input.version) throw stale();
    if (before.status === "cancelled") throw Conflict("interview_closed", "pipeline.errors.interview_closed");
    const times = checkTimes(ctx.locale, input.startsAt ?? before.startsAt.toISOString(), input.endsAt ?? before.endsAt.toISOString());
    const interviewerUserIds = input.interviewerUserIds ? await checkInterviewers(ctx, tx, input.interviewerUserIds) : before.interviewerUserIds;
    const after = await repo.updateInterview(tx, ctx.tenant.id, id, {
      title: input.title ?? before.title,
      ...times,
      format: input.format ?? before.format,
      location: input.location === undefined ? before.location : input.location,
      interviewerUserIds,
      sequence: before.sequence + 1,
    });
    const dropped = before.interviewerUserIds.filter((u) => !interviewerUserIds.includes(u));
    await interviewActivity(ctx, tx, c.id, "interview_updated", after);
    await audit(ctx, tx, "candidate.interview_updated", c.id, { interviewId: id, sequence: after.sequence });
    await mailInterview(ctx, tx, outbox, c, after, "updated", dropped);
  });
  return readInterview(ctx, id);
}

export async function cancelInterview({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Interview> {
  await transact(ctx, async (tx, outbox) => {
    const { interview: before, candidate: c } = await interviewFor(ctx, tx, id);
    if (before.status === "cancelled") return;
    const after = await repo.updateInterview(tx, ctx.tenant.id, id, { status: "cancelled", sequence: before.sequence + 1 });
    await interviewActivity(ctx, tx, c.id, "interview_cancelled", after);
    await audit(ctx, tx, "candidate.interview_cancelled", c.id, { interviewId: id });
    await mailInterview(ctx, tx, outbox, c, after, "cancelled");
  });
  return readInterview(ctx, id);
}

export async function interviewIcs({ ctx, id }: { ctx: TenantContext; id: string }): Promise<{ filename: string; content: string }> {
  const row = await repo.findInterview(ctx.db, ctx.tenant.id, id, candidateScope(ctx));
  if (!row) throw NotFound();
  const found = await repo.findCandidate(ctx.db, ctx.tenant.id, row.candidateId);
  if (!found) throw NotFound();
  const people = await repo.consoleMembers(ctx.db, ctx.tenant.id, row.interviewerUserIds);
  const calendar = interviewCalendar(
    ctx.locale,
    {
      id: row.id,
      tenantName: ctx.tenant.name,
      title: row.title,
      candidateName: found.candidate.fullName,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      format: row.format,
      location: row.location,
      sequence: row.sequence,
      attendees: people.map((p) => ({ name: p.name, email: p.email })),
    },
    row.status === "cancelled",
  );
  return { filename: calendar.filename, content: calendar.content };
}
