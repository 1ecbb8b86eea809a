import type { ActivityKind, CandidateSource, DefaultStageKey } from "../../../shared/recruiting";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import * as repo from "./pipeline-entry.repo";
import { ensureStages } from "./stages.repo";

export type { CandidateRow } from "./pipeline-entry.repo";

export const emailKeyOf = (email: string | null | undefined): string | null => (email ? email.trim().toLowerCase() : null);

export const actorUserIdOf = (ctx: Pick<TenantContext, "actor">): string | null => (ctx.actor.kind === "member" ? ctx.actor.userId : null);

export interface ActivityInput {
  kind: ActivityKind;
  body?: string | null;
  data?: Record<string, unknown>;
}

export interface PipelineEntry {
  person: { alumnusId?: string | null; fullName: string; fullNameKana?: string | null; email?: string | null; phone?: string | null };
  positionId: string | null;
  source: CandidateSource;
  sourceDetail?: string | null;
  referrerUserId?: string | null;
  ownerUserId?: string | null;
  /** Where a new candidacy starts; an existing one moves forward to it, never back. */
  stageKey: DefaultStageKey;
  /** What brought the person in (an application, a talk, a referral); HR's own additions may have none. */
  activity?: ActivityInput;
}

export interface PipelineEntryResult {
  candidate: repo.CandidateRow;
  /** False when the person was already in the pipeline (for this position, or not yet tied to one). */
  created: boolean;
}

/** Adds timeline entries written by the caller (HR-only; never shown to referrers or candidates). */
export async function recordActivities(tx: Db, ctx: TenantContext, candidateId: string, activities: ActivityInput[]): Promise<void> {
  const actorUserId = actorUserIdOf(ctx);
  // One millisecond apart, so the timeline keeps the order they were written in ("created" before its reason).
  const base = Date.now();
  await repo.insertActivities(
    tx,
    activities.map((a, i) => ({
      tenantId: ctx.tenant.id,
      candidateId,
      kind: a.kind,
      body: a.body ?? null,
      data: a.data ?? {},
      actorUserId,
      createdAt: new Date(base + i),
    })),
  );
}

/** The person's open candidacies: a referral of someone listed here is "already known". */
export async function openCandidaciesOf(tx: Db, ctx: TenantContext, person: { alumnusId?: string | null; email?: string | null }) {
  return repo.openCandidacies(tx, ctx.tenant.id, { alumnusId: person.alumnusId, emailKey: emailKeyOf(person.email) });
}

/**
 * The one door into the pipeline (applications, casual talks, referrals, HR's own additions): a person is never
 * created twice. An open candidacy for the same position — or one not yet tied to a position — is reused and moved
 * forward; otherwise a new one starts. Runs in the caller's transaction.
 */
export async function enterPipeline(tx: Db, ctx: TenantContext, entry: PipelineEntry): Promise<PipelineEntryResult> {
  const stages = await ensureStages(tx, ctx.tenant.id);
  const target = stages.find((s) => s.key === entry.stageKey);
  if (!target) throw new Error(`pipeline stage ${entry.stageKey} missing`);
  const person = { alumnusId: entry.person.alumnusId ?? null, emailKey: emailKeyOf(entry.person.email) };
  for (let attempt = 0; attempt < 2; attempt++) {
    const open = await repo.openCandidacies(tx, ctx.tenant.id, person);
    const match = open.find((c) => c.positionId === entry.positionId) ?? (entry.positionId ? open.find((c) => c.positionId === null) : open[0]);
    if (match) {
      await joinExisting(tx, ctx, match, entry, stages);
      return { candidate: match, created: false };
    }
    const created = await repo.insertCandidate(tx, {
      tenantId: ctx.tenant.id,
      alumnusId: person.alumnusId,
      fullName: entry.person.fullName,
      fullNameKana: entry.person.fullNameKana ?? null,
      email: entry.person.email ?? null,
      emailKey: person.emailKey,
      phone: entry.person.phone ?? null,
      positionId: entry.positionId,
      stageId: target.id,
      source: entry.source,
      sourceDetail: entry.sourceDetail ?? null,
      referrerUserId: entry.referrerUserId ?? null,
      ownerUserId: entry.ownerUserId ?? null,
    });
    if (!created) continue;
    await recordActivities(tx, ctx, created.id, [
      { kind: "created", data: { source: entry.source, stage: target.key } },
      ...(entry.activity ? [entry.activity] : []),
    ]);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "candidate.created",
      targetType: "candidate",
      targetId: created.id,
      requestId: ctx.requestId,
      meta: { source: entry.source },
    });
    return { candidate: created, created: true };
  }
  throw new Error("pipeline entry raced twice");
}

async function joinExisting(
  tx: Db,
  ctx: TenantContext,
  match: repo.CandidateRow,
  entry: PipelineEntry,
  stages: { id: string; key: string; position: number }[],
) {
  const current = stages.find((s) => s.id === match.stageId);
  const target = stages.find((s) => s.key === entry.stageKey);
  const moveForward = Boolean(current && target && target.position > current.position);
  const patch: Partial<repo.NewCandidate> = {};
  const activities: ActivityInput[] = entry.activity ? [entry.activity] : [];
  if (entry.positionId && !match.positionId) {
    patch.positionId = entry.positionId;
    activities.push({ kind: "position_changed", data: { positionId: entry.positionId } });
  }
  if (moveForward && target) {
    patch.stageId = target.id;
    patch.stageEnteredAt = new Date();
    activities.push({ kind: "stage_changed", data: { from: current?.key ?? null, to: target.key } });
  }
  if (Object.keys(patch).length) await repo.updateCandidate(tx, ctx.tenant.id, match.id, patch);
  await recordActivities(tx, ctx, match.id, activities);
}
