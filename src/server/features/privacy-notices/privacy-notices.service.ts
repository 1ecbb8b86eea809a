import type { NoticePage, PrivacyNotice, PublishNoticeInput } from "../../../shared/contracts/privacy";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import { actorId, type TenantContext } from "../../platform/context";
import { Conflict, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { decodeCursor, toPage } from "../../platform/pagination/cursor";
import { defaultNoticeEn, defaultNoticeJa } from "./default-notice";
import * as repo from "./privacy-notices.repo";

export interface CurrentNotice {
  version: number;
  bodyJa: string;
  bodyEn: string;
  publishedAt: string;
}

/**
 * The latest published notice. A tenant without one gets version 1 from Okaeri's default text; two first
 * readers racing each other end with the same single version 1 (the unique (tenant, version) key decides).
 */
export async function currentNotice(db: Db, tenantId: string): Promise<CurrentNotice> {
  const [notice, opens] = await Promise.all([latestOrDefault(db, tenantId), repo.measuresNewsletterOpens(db, tenantId)]);
  return opens ? withOpenTrackingStatement(notice) : notice;
}

/** While (and only while) the tenant measures newsletter opens, the notice alumni read says so, in each language. */
function withOpenTrackingStatement(notice: CurrentNotice): CurrentNotice {
  return {
    ...notice,
    bodyJa: `${notice.bodyJa.trimEnd()}\n\n${translate("ja", "mail.open_tracking_notice")}\n`,
    bodyEn: `${notice.bodyEn.trimEnd()}\n\n${translate("en", "mail.open_tracking_notice")}\n`,
  };
}

async function latestOrDefault(db: Db, tenantId: string): Promise<CurrentNotice> {
  const existing = await repo.latestNotice(db, tenantId);
  if (existing) return toCurrent(existing);
  const company = await repo.tenantName(db, tenantId);
  const inserted = await repo.insertNoticeIfAbsent(db, {
    tenantId,
    version: 1,
    bodyJa: defaultNoticeJa(company),
    bodyEn: defaultNoticeEn(company),
    changeSummary: null,
    publishedBy: null,
  });
  if (inserted) {
    await recordAudit(db, {
      tenantId,
      actor: { kind: "system", role: "admin" },
      action: "privacy_notice.published",
      targetType: "privacy_notice",
      targetId: inserted.id,
      requestId: null,
      meta: { version: 1, source: "default" },
    });
    return toCurrent(inserted);
  }
  const winner = await repo.latestNotice(db, tenantId);
  if (!winner) throw new Error("privacy notice vanished after a concurrent insert");
  return toCurrent(winner);
}

function toCurrent(row: repo.NoticeRow): CurrentNotice {
  return { version: row.version, bodyJa: row.bodyJa, bodyEn: row.bodyEn, publishedAt: row.publishedAt.toISOString() };
}

function toNotice(row: repo.NoticeRow): PrivacyNotice {
  return {
    version: row.version,
    changeSummary: row.changeSummary,
    publishedAt: row.publishedAt.toISOString(),
    bodyJa: row.bodyJa,
    bodyEn: row.bodyEn,
  };
}

const isVersionCursor = (v: unknown): v is { v: number } => typeof v === "object" && v !== null && Number.isInteger((v as { v: unknown }).v);

export async function listNotices({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<NoticePage> {
  const current = await currentNotice(ctx.db, ctx.tenant.id);
  const { rows, total } = await repo.listNotices(ctx.db, ctx.tenant.id, {
    beforeVersion: decodeCursor(query.cursor, isVersionCursor)?.v ?? null,
    limit: query.limit,
  });
  const review = await repo.countPendingReview(ctx.db, ctx.tenant.id, current.version);
  const page = toPage(
    rows,
    query.limit,
    total,
    (row) => ({ version: row.version, changeSummary: row.changeSummary, publishedAt: row.publishedAt.toISOString() }),
    (row) => ({ v: row.version }),
  );
  return { ...page, currentVersion: current.version, pendingReview: review.pending, registered: review.registered };
}

export async function getNotice({ ctx, version }: { ctx: TenantContext; version: number }): Promise<PrivacyNotice> {
  await currentNotice(ctx.db, ctx.tenant.id);
  const row = await repo.findNotice(ctx.db, ctx.tenant.id, version);
  if (!row) throw NotFound();
  return toNotice(row);
}

/**
 * Publishes version n+1; published versions never change. `baseVersion` must be the current one, so two
 * editors cannot silently overwrite each other's wording. Alumni are asked to review it at next sign-in.
 */
export async function publishNotice({ ctx, input }: { ctx: TenantContext; input: PublishNoticeInput }): Promise<PrivacyNotice> {
  const current = await currentNotice(ctx.db, ctx.tenant.id);
  if (current.version !== input.baseVersion) throw Conflict("stale_version", "errors.stale_version");
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertNoticeIfAbsent(tx, {
      tenantId: ctx.tenant.id,
      version: input.baseVersion + 1,
      bodyJa: input.bodyJa,
      bodyEn: input.bodyEn,
      changeSummary: input.changeSummary,
      publishedBy: actorId(ctx.actor),
    });
    if (!row) throw Conflict("stale_version", "errors.stale_version");
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "privacy_notice.published",
      targetType: "privacy_notice",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { version: row.version },
    });
    return toNotice(row);
  });
}
