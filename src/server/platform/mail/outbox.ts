import { randomUUID } from "node:crypto";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { mailOutbox } from "../../db/schema/mail";
import type { AppDeps, RequestContext } from "../context";
import { translate } from "../i18n/messages";
import { assertHeaderSafe } from "./header-safe";
import { openPixelUrlFor, openToken, withOpenPixel } from "./open-tracking";
import { escapeHtml, type MailTemplates, type RenderedMail, renderMail, type TemplateName } from "./templates";
import { unsubscribePageFor, unsubscribeToken, unsubscribeUrlFor } from "./unsubscribe-token";

export const MAIL_SEND_JOB = "mail.send";
/** Outbox ids per send job: one claim, one "sent" update and parallel SMTP sends per job. */
export const MAIL_JOB_CHUNK = 100;

/**
 * Who the message concerns and why; decides the send-time checks and the unsubscribe headers. A message with a
 * purpose or an offboarding case is non-transactional: the outbox gives it a one-click unsubscribe link.
 */
export interface MailScope {
  /** The consent purpose, re-checked when the message is sent. */
  purpose?: string | null;
  alumnusId?: string | null;
  /** Sent only while the case is scheduled or invited. */
  offboardingCaseId?: string | null;
  announcementId?: string | null;
  /** A newsletter of a tenant that measures opens: the HTML part gets a tracking image signed with the outbox id. */
  trackOpens?: boolean;
}

interface MailBase extends MailScope {
  tenantId: string | null;
  to: string;
  locale: Locale;
  /** Same key, same message: a retried request never sends twice. */
  idempotencyKey: string;
}

/** A message written from one of Okaeri's built-in templates. */
export interface TemplateMail<K extends TemplateName = TemplateName> extends MailBase {
  template: K;
  vars: MailTemplates[K] & { link: string };
}

/** A message whose copy was written elsewhere (a tenant's edited template, an announcement). */
export interface ComposedMail extends MailBase {
  template: string;
  content: RenderedMail;
}

export type OutgoingMail<K extends TemplateName = TemplateName> = TemplateMail<K> | ComposedMail;

export interface Outbox {
  queue<K extends TemplateName>(mail: OutgoingMail<K>): Promise<void>;
  /** Many messages in one statement (a fan-out batch). */
  queueMany(mails: OutgoingMail[]): Promise<void>;
}

function contentOf(mail: OutgoingMail): RenderedMail {
  return "content" in mail ? mail.content : renderMail(mail.template as TemplateName, mail.locale, (mail as TemplateMail).vars);
}

export const isNonTransactional = (scope: MailScope): boolean => Boolean(scope.purpose || scope.offboardingCaseId);

/** Adds the human unsubscribe link to both bodies, worded for the kind of mail. */
function withFooter(content: RenderedMail, locale: Locale, scope: MailScope, pageUrl: string): RenderedMail {
  const label = translate(locale, scope.offboardingCaseId && !scope.purpose ? "mail.footer.offboarding" : "mail.footer.unsubscribe");
  const text = `${content.text}\n\n${label}${/[?？]$/.test(label) ? " " : ": "}${pageUrl}\n`;
  const link = `<p style="font-size:12px;color:#52606d"><a href="${escapeHtml(pageUrl)}" style="color:#52606d">${escapeHtml(label)}</a></p>`;
  const html = /<\/body>/i.test(content.html) ? content.html.replace(/<\/body>/i, `${link}</body>`) : `${content.html}${link}`;
  return { ...content, text, html };
}

type OutboxRow = typeof mailOutbox.$inferInsert;

/** The row for one message: its id is chosen here, so its unsubscribe token can be signed before the insert. */
export function outboxRowOf(deps: AppDeps, baseUrl: string, mail: OutgoingMail): OutboxRow {
  const id = randomUUID();
  let content = contentOf(mail);
  let unsubscribeUrl: string | null = null;
  if (isNonTransactional(mail)) {
    const token = unsubscribeToken(deps.config.authSecret, id);
    unsubscribeUrl = unsubscribeUrlFor(baseUrl, token);
    content = withFooter(content, mail.locale, mail, unsubscribePageFor(baseUrl, token));
  }
  if (mail.trackOpens) content = { ...content, html: withOpenPixel(content.html, escapeHtml(openPixelUrlFor(baseUrl, openToken(deps.config.authSecret, id)))) };
  return {
    id,
    tenantId: mail.tenantId,
    idempotencyKey: mail.idempotencyKey,
    toAddress: assertHeaderSafe("to", mail.to),
    template: assertHeaderSafe("template", mail.template),
    locale: mail.locale,
    subject: assertHeaderSafe("subject", content.subject),
    textBody: content.text,
    htmlBody: content.html,
    calendar: content.calendar ?? null,
    purpose: mail.purpose ?? null,
    alumnusId: mail.alumnusId ?? null,
    offboardingCaseId: mail.offboardingCaseId ?? null,
    announcementId: mail.announcementId ?? null,
    unsubscribeUrl: unsubscribeUrl && assertHeaderSafe("list-unsubscribe", unsubscribeUrl),
  };
}

/** An outbox bound to a transaction: rows are inserted in it; their ids are collected for the hand-off after commit. */
export function outboxIn(tx: Db, deps: AppDeps, baseUrl: string, queued: string[]): Outbox {
  const insert = async (mails: OutgoingMail[]) => {
    if (!mails.length) return;
    const rows = await tx
      .insert(mailOutbox)
      .values(mails.map((mail) => outboxRowOf(deps, baseUrl, mail)))
      .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
      .returning({ id: mailOutbox.id });
    for (const row of rows) queued.push(row.id);
  };
  return { queue: (mail) => insert([mail]), queueMany: insert };
}

/**
 * Runs `work` in one transaction; mail queued through the outbox is committed with the change
 * and handed to the job queue only after the commit.
 */
export async function transact<T>(ctx: RequestContext, work: (tx: Db, outbox: Outbox) => Promise<T>): Promise<T> {
  const queued: string[] = [];
  const result = await ctx.db.transaction(async (tx) => work(tx as unknown as Db, outboxIn(tx as unknown as Db, ctx.deps, ctx.baseUrl, queued)));
  await dispatchMail(ctx.deps, queued);
  return result;
}

/** Hands committed outbox rows to the send queue, in chunks; a lost hand-off is picked up by the sweeper. */
export async function dispatchMail(deps: AppDeps, outboxIds: string[]): Promise<void> {
  if (!deps.config.smtpEnabled) return;
  const retry = deps.config.mailRetry ?? { limit: 5, delaySeconds: 10 };
  // A job whose worker died is retried after its expiry; its retry takes back the rows left in "sending".
  const options = { retryLimit: retry.limit, retryDelay: retry.delaySeconds, retryBackoff: true, expireInSeconds: 300 };
  for (let i = 0; i < outboxIds.length; i += MAIL_JOB_CHUNK) {
    const chunk = outboxIds.slice(i, i + MAIL_JOB_CHUNK);
    try {
      await deps.jobs.send(MAIL_SEND_JOB, { outboxIds: chunk }, options);
    } catch (error) {
      // The sweeper re-dispatches queued rows, so a failed hand-off delays mail but loses none.
      deps.logger.warn("mail dispatch deferred", { count: chunk.length, error: String(error) });
    }
  }
}
