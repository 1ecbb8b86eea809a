import type { DeliveryQuery, MailMessage, MailPage, MailStatus, MailSummary } from "../../../shared/contracts/mailbox";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { Conflict, NotFound } from "../../platform/errors/domain-error";
import { dispatchMail } from "../../platform/mail/outbox";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import * as repo from "./mailbox.repo";

/** The dev mailbox exists only while no SMTP server is configured: then mail stays in the outbox. */
function assertEnabled(ctx: TenantContext) {
  if (ctx.deps.config.smtpEnabled) throw NotFound("dev_mailbox_disabled");
}

function toSummary(row: repo.MailRow): MailSummary {
  return {
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    template: row.template,
    locale: row.locale,
    status: row.status as MailStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    suppressedReason: row.suppressedReason,
    purpose: row.purpose,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export async function listMail({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<MailPage> {
  assertEnabled(ctx);
  const { rows, total } = await repo.listMail(ctx.db, {
    tenantId: ctx.tenant.id,
    status: null,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, toSummary, createdAtCursorOf);
}

export async function readMail({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MailMessage> {
  assertEnabled(ctx);
  const row = await repo.findMail(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  await recordAudit(ctx.db, { tenantId: ctx.tenant.id, actor: ctx.actor, action: "mail.viewed", targetType: "mail", targetId: id, requestId: ctx.requestId });
  return { ...toSummary(row), text: row.textBody, html: row.htmlBody };
}

/** The delivery page: the tenant's outbox with status, reason and attempts (bodies stay in the dev mailbox). */
export async function listDeliveries({ ctx, query }: { ctx: TenantContext; query: DeliveryQuery }): Promise<MailPage> {
  const { rows, total } = await repo.listMail(ctx.db, {
    tenantId: ctx.tenant.id,
    status: query.status ?? null,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(rows, query.limit, total, toSummary, createdAtCursorOf);
}

/** Sends a failed message again; its consent and case are checked again when it is sent. */
export async function retryDelivery({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MailSummary> {
  const row = await ctx.db.transaction(async (tx) => {
    const requeued = await repo.requeueFailed(tx, ctx.tenant.id, id);
    if (!requeued) {
      if (!(await repo.findMail(tx, ctx.tenant.id, id))) throw NotFound();
      throw Conflict("not_retryable", "mail.errors.not_retryable");
    }
    await recordAudit(tx, { tenantId: ctx.tenant.id, actor: ctx.actor, action: "mail.retried", targetType: "mail", targetId: id, requestId: ctx.requestId });
    return requeued;
  });
  await dispatchMail(ctx.deps, [row.id]);
  return toSummary(row);
}
