import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { mailOutbox } from "../../db/schema/mail";
import type { AppDeps, RequestContext } from "../context";
import { headerSafe, type MailTemplates, renderMail, type TemplateName } from "./templates";

export const MAIL_SEND_JOB = "mail.send";

export interface OutgoingMail<K extends TemplateName = TemplateName> {
  tenantId: string | null;
  to: string;
  locale: Locale;
  template: K;
  vars: MailTemplates[K] & { link: string };
  /** Same key, same message: a retried request never sends twice. */
  idempotencyKey: string;
}

export interface Outbox {
  queue<K extends TemplateName>(mail: OutgoingMail<K>): Promise<void>;
}

/**
 * Runs `work` in one transaction; mail queued through the outbox is committed with the change
 * and handed to the job queue only after the commit.
 */
export async function transact<T>(ctx: RequestContext, work: (tx: Db, outbox: Outbox) => Promise<T>): Promise<T> {
  const queued: string[] = [];
  const result = await ctx.db.transaction(async (tx) => {
    const outbox: Outbox = {
      async queue(mail) {
        const rendered = renderMail(mail.template, mail.locale, mail.vars);
        const [row] = await (tx as unknown as Db)
          .insert(mailOutbox)
          .values({
            tenantId: mail.tenantId,
            idempotencyKey: mail.idempotencyKey,
            toAddress: headerSafe(mail.to),
            template: mail.template,
            locale: mail.locale,
            subject: rendered.subject,
            textBody: rendered.text,
            htmlBody: rendered.html,
          })
          .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
          .returning({ id: mailOutbox.id });
        if (row) queued.push(row.id);
      },
    };
    return work(tx as unknown as Db, outbox);
  });
  await dispatchMail(ctx.deps, queued);
  return result;
}

export async function dispatchMail(deps: AppDeps, outboxIds: string[]): Promise<void> {
  if (!deps.config.smtpEnabled) return;
  for (const outboxId of outboxIds) {
    try {
      await deps.jobs.send(MAIL_SEND_JOB, { outboxId }, { retryLimit: 5, retryDelay: 10, retryBackoff: true });
    } catch (error) {
      // The sweeper re-dispatches queued rows, so a failed hand-off delays mail but loses none.
      deps.logger.warn("mail dispatch deferred", { outboxId, error: String(error) });
    }
  }
}
