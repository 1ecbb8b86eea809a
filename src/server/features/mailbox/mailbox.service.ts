import type { MailMessage, MailPage, MailStatus, MailSummary } from "../../../shared/contracts/mailbox";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { NotFound } from "../../platform/errors/domain-error";
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
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export async function listMail({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<MailPage> {
  assertEnabled(ctx);
  const { rows, total } = await repo.listMail(ctx.db, { tenantId: ctx.tenant.id, after: decodeCursor(query.cursor, isCreatedAtCursor), limit: query.limit });
  return toPage(rows, query.limit, total, toSummary, createdAtCursorOf);
}

export async function readMail({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MailMessage> {
  assertEnabled(ctx);
  const row = await repo.findMail(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  await recordAudit(ctx.db, { tenantId: ctx.tenant.id, actor: ctx.actor, action: "mail.viewed", targetType: "mail", targetId: id, requestId: ctx.requestId });
  return { ...toSummary(row), text: row.textBody, html: row.htmlBody };
}
