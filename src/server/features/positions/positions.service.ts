import type {
  HiringManagerList,
  PositionDetail,
  PositionInput,
  PositionListQuery,
  PositionPage,
  PositionStatusInput,
  PositionSummary,
  PositionUpdateInput,
} from "../../../shared/contracts/positions";
import type { Locale } from "../../../shared/locales";
import type { EmploymentType, PositionStatus, PositionVisibility } from "../../../shared/recruiting";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { actorId, type TenantContext } from "../../platform/context";
import { Conflict, Invalid, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { renderMarkdown } from "../../platform/markdown/render-markdown";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { isManager, positionScope } from "../pipeline/manager-scope";
import * as repo from "./positions.repo";

const iso = (d: Date | null) => d?.toISOString() ?? null;
const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Tags as typed, without blanks or repeats (compared the way the job board compares them). */
export function cleanSkills(skills: string[]): string[] {
  const seen = new Set<string>();
  return skills
    .map((s) => s.trim())
    .filter((s) => {
      const key = s.normalize("NFKC").toLowerCase();
      if (!s || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export const localTitle = (locale: Locale, row: { titleJa: string; titleEn: string }) => (locale === "en" ? row.titleEn || row.titleJa : row.titleJa);

function toSummary(row: repo.PositionRow, extra: { candidateCount: number; managerName: string | null }): PositionSummary {
  return {
    id: row.id,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    department: row.department,
    location: row.location,
    employmentType: row.employmentType as EmploymentType,
    visibility: row.visibility as PositionVisibility,
    status: row.status as PositionStatus,
    skills: row.skills,
    gradeMin: row.gradeMin,
    gradeMax: row.gradeMax,
    hiringManager: row.hiringManagerUserId ? { userId: row.hiringManagerUserId, name: extra.managerName ?? "" } : null,
    candidateCount: extra.candidateCount,
    openedAt: iso(row.openedAt),
    closedAt: iso(row.closedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

async function detailOf(db: Db, ctx: TenantContext, row: repo.PositionRow): Promise<PositionDetail> {
  const [counts, names] = await Promise.all([
    repo.candidateCounts(db, ctx.tenant.id, [row.id]),
    repo.userNames(db, row.hiringManagerUserId ? [row.hiringManagerUserId] : []),
  ]);
  return {
    ...toSummary(row, { candidateCount: counts.get(row.id) ?? 0, managerName: row.hiringManagerUserId ? (names.get(row.hiringManagerUserId) ?? null) : null }),
    descriptionJa: row.descriptionJa,
    descriptionEn: row.descriptionEn,
    descriptionHtmlJa: renderMarkdown(row.descriptionJa),
    descriptionHtmlEn: renderMarkdown(row.descriptionEn),
  };
}

/**
 * The values to store. A manager's postings always name the manager (they could not see them otherwise); anyone
 * else may name any active admin, HR person or manager of the tenant, or nobody.
 */
async function valuesOf(db: Db, ctx: TenantContext, input: PositionInput) {
  let hiringManagerUserId = input.hiringManagerUserId ?? null;
  if (isManager(ctx)) hiringManagerUserId = actorId(ctx.actor);
  else if (hiringManagerUserId && !(await repo.isHiringManager(db, ctx.tenant.id, hiringManagerUserId))) {
    throw Invalid([{ path: "hiringManagerUserId", code: "hiring_manager_invalid", message: translate(ctx.locale, "positions.errors.hiring_manager_invalid") }]);
  }
  return {
    titleJa: input.titleJa,
    titleEn: input.titleEn,
    department: blankToNull(input.department),
    descriptionJa: input.descriptionJa,
    descriptionEn: input.descriptionEn,
    skills: cleanSkills(input.skills),
    gradeMin: blankToNull(input.gradeMin),
    gradeMax: blankToNull(input.gradeMax),
    location: blankToNull(input.location),
    employmentType: input.employmentType,
    visibility: input.visibility,
    hiringManagerUserId,
  };
}

const audited = (ctx: TenantContext, tx: Db, action: string, id: string, meta: Record<string, string | number | boolean | null>) =>
  recordAudit(tx, { tenantId: ctx.tenant.id, actor: ctx.actor, action, targetType: "position", targetId: id, requestId: ctx.requestId, meta });

export async function listPositions({ ctx, query }: { ctx: TenantContext; query: PositionListQuery }): Promise<PositionPage> {
  const { cursor, limit, ...filter } = query;
  const { rows, total } = await repo.listPositions(ctx.db, {
    tenantId: ctx.tenant.id,
    filter,
    scope: positionScope(ctx),
    after: decodeCursor(cursor, isCreatedAtCursor),
    limit,
  });
  const shown = rows.slice(0, limit);
  const [counts, names] = await Promise.all([
    repo.candidateCounts(
      ctx.db,
      ctx.tenant.id,
      shown.map((r) => r.id),
    ),
    repo.userNames(ctx.db, [...new Set(shown.flatMap((r) => (r.hiringManagerUserId ? [r.hiringManagerUserId] : [])))]),
  ]);
  return toPage(
    rows,
    limit,
    total,
    (row) =>
      toSummary(row, {
        candidateCount: counts.get(row.id) ?? 0,
        managerName: row.hiringManagerUserId ? (names.get(row.hiringManagerUserId) ?? null) : null,
      }),
    createdAtCursorOf,
  );
}

export async function createPosition({ ctx, input }: { ctx: TenantContext; input: PositionInput }): Promise<PositionDetail> {
  const row = await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const created = await repo.insertPosition(tx, {
      tenantId: ctx.tenant.id,
      ...(await valuesOf(tx, ctx, input)),
      status: "draft",
      createdBy: actorId(ctx.actor),
    });
    await audited(ctx, tx, "position.created", created.id, { visibility: created.visibility, employmentType: created.employmentType });
    return created;
  });
  return detailOf(ctx.db, ctx, row);
}

async function loadPosition(ctx: TenantContext, id: string): Promise<repo.PositionRow> {
  const row = await repo.findPosition(ctx.db, ctx.tenant.id, id, positionScope(ctx));
  if (!row) throw NotFound();
  return row;
}

export async function readPosition({ ctx, id }: { ctx: TenantContext; id: string }): Promise<PositionDetail> {
  return detailOf(ctx.db, ctx, await loadPosition(ctx, id));
}

const stale = () => Conflict("stale_version", "errors.stale_version");

export async function updatePosition({ ctx, id, input }: { ctx: TenantContext; id: string; input: PositionUpdateInput }): Promise<PositionDetail> {
  const row = await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const current = await repo.lockPosition(tx, ctx.tenant.id, id, positionScope(ctx));
    if (!current) throw NotFound();
    if (current.version !== input.version) throw stale();
    const values = await valuesOf(tx, ctx, input);
    const updated = await repo.updatePosition(tx, ctx.tenant.id, id, input.version, values);
    if (!updated) throw stale();
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((k) => JSON.stringify(values[k]) !== JSON.stringify(current[k]));
    await audited(ctx, tx, "position.updated", id, { fields: changed.sort().join(",") || null, version: updated.version });
    return updated;
  });
  return detailOf(ctx.db, ctx, row);
}

const TRANSITIONS: Record<string, PositionStatus[]> = { draft: ["open"], open: ["closed"], closed: ["open"] };

/** draft → open → closed → open (reopen). Opening stamps `openedAt` (the board's "newest"); closing stamps `closedAt`. */
export async function changeStatus({ ctx, id, input }: { ctx: TenantContext; id: string; input: PositionStatusInput }): Promise<PositionDetail> {
  const row = await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const current = await repo.lockPosition(tx, ctx.tenant.id, id, positionScope(ctx));
    if (!current) throw NotFound();
    if (current.version !== input.version) throw stale();
    if (current.status === input.status) return current;
    if (!TRANSITIONS[current.status]?.includes(input.status)) throw Conflict("invalid_transition", "positions.errors.invalid_transition");
    const now = new Date();
    const updated = await repo.updatePosition(
      tx,
      ctx.tenant.id,
      id,
      input.version,
      input.status === "open" ? { status: "open", openedAt: now, closedAt: null } : { status: input.status, closedAt: now },
    );
    if (!updated) throw stale();
    await audited(ctx, tx, "position.status_changed", id, { from: current.status, to: input.status });
    return updated;
  });
  return detailOf(ctx.db, ctx, row);
}

/** Only a draft can go: a published posting has readers, saves and candidates, so it is closed instead. */
export async function deletePosition({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  await ctx.db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const current = await repo.lockPosition(tx, ctx.tenant.id, id, positionScope(ctx));
    if (!current) throw NotFound();
    if (current.status !== "draft") throw Conflict("not_draft", "positions.errors.not_draft");
    await repo.deletePosition(tx, ctx.tenant.id, id);
    await audited(ctx, tx, "position.deleted", id, {});
  });
}

export async function listHiringManagers({ ctx }: { ctx: TenantContext }): Promise<HiringManagerList> {
  const rows = await repo.hiringManagers(ctx.db, ctx.tenant.id);
  return { items: rows.map((r) => ({ userId: r.userId, name: r.name, email: r.email, role: r.role as "admin" | "hr" | "manager" })) };
}

/** A posting's title and hiring manager, for other features (casual talks, referrals); undefined when not in the tenant. */
export async function positionFacts(db: Db, tenantId: string, id: string) {
  const row = await repo.findPosition(db, tenantId, id);
  if (!row) return undefined;
  return {
    id: row.id,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    status: row.status as PositionStatus,
    visibility: row.visibility as PositionVisibility,
    hiringManagerUserId: row.hiringManagerUserId,
  };
}
