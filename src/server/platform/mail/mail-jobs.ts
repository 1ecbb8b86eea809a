import { and, eq, inArray, lt, type SQL, sql } from "drizzle-orm";
import nodemailer, { type SendMailOptions } from "nodemailer";
import type { Db } from "../../db/client";
import { type MailCalendar, mailOutbox } from "../../db/schema/mail";
import type { AppDeps } from "../context";
import type { JobDefinition } from "../jobs/job-queue";
import { assertHeaderSafe } from "./header-safe";
import { dispatchMail, MAIL_SEND_JOB } from "./outbox";

export const MAIL_SWEEP_JOB = "mail.sweep";

/** A send job names a chunk of outbox rows (older jobs named one). */
export interface MailSendData {
  outboxIds?: string[];
  outboxId?: string;
}

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  calendar: MailCalendar | null;
  template: string;
  idempotency_key: string;
  unsubscribe_url: string | null;
  status: string;
  mail_format: string;
}

async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/**
 * Claims the rows in one statement, deciding at that moment whether each may still be sent: mail with a purpose
 * only with the consent granted, the account active and its email verified; offboarding mail only while the case
 * is open. The others become `suppressed` with their reason. A consent withdrawal suppresses queued rows in its
 * own transaction, so it either wins the row lock first (the row is no longer queued here) or comes after the
 * decision to send. `reclaim` lets a retried job take back rows its killed predecessor left in `sending`.
 */
async function claim(db: Db, ids: string[], reclaim: boolean): Promise<Claimed[]> {
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const claimable = (alias: string) => (reclaim ? sql.raw(`${alias}.status in ('queued', 'sending')`) : sql.raw(`${alias}.status = 'queued'`));
  return rows<Claimed>(
    db,
    sql`
    update mail_outbox m set
      status = case when v.reason is null then 'sending' else 'suppressed' end,
      suppressed_reason = v.reason,
      attempts = m.attempts + case when v.reason is null then 1 else 0 end
    from (
      select o.id,
        case
          when o.offboarding_case_id is not null and not exists (
            select 1 from offboarding_cases c where c.id = o.offboarding_case_id and c.status in ('scheduled', 'invited')) then 'case_closed'
          when o.purpose is not null and not exists (
            select 1 from alumni_consents ac where ac.alumnus_id = o.alumnus_id and ac.purpose = o.purpose and ac.granted) then 'consent_withdrawn'
          when o.purpose is not null and not exists (
            select 1 from alumni a join memberships ms on ms.user_id = a.user_id and ms.tenant_id = a.tenant_id and ms.status = 'active'
            where a.id = o.alumnus_id) then 'account_inactive'
          when o.purpose is not null and not exists (
            select 1 from alumni a join users u on u.id = a.user_id where a.id = o.alumnus_id and u.email_verified_at is not null) then 'email_unverified'
        end as reason,
        coalesce((select a.mail_format from alumni a where a.id = o.alumnus_id), 'html') as mail_format
      from mail_outbox o
      where o.id in (${idList}) and ${claimable("o")}
    ) v
    where m.id = v.id and ${claimable("m")}
    returning m.id, m.to_address, m.subject, m.text_body, m.html_body, m.calendar, m.template, m.idempotency_key, m.unsubscribe_url, m.status, v.mail_format`,
  );
}

export const messageIdOf = (idempotencyKey: string) => `<${idempotencyKey.replace(/[^\w.-]/g, "_")}@okaeri>`;

function messageOf(row: Claimed, from: string): SendMailOptions {
  const headers: Record<string, string> = { "X-Okaeri-Template": assertHeaderSafe("template", row.template) };
  if (row.unsubscribe_url) {
    headers["List-Unsubscribe"] = `<${assertHeaderSafe("list-unsubscribe", row.unsubscribe_url)}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return {
    from,
    to: assertHeaderSafe("to", row.to_address),
    subject: assertHeaderSafe("subject", row.subject),
    text: row.text_body,
    ...(row.mail_format === "text" ? {} : { html: row.html_body }),
    ...(row.calendar ? { icalEvent: { filename: row.calendar.filename, method: row.calendar.method, content: row.calendar.content } } : {}),
    messageId: messageIdOf(row.idempotency_key),
    headers,
  };
}

/**
 * Sends a chunk of outbox rows over one pooled SMTP transport: one claim, the sends in parallel, one update for
 * the sent ones. Claiming first makes a duplicated job a no-op; a failed send returns its row to `queued` and the
 * job is retried with backoff, until the last attempt marks the row `failed` with its reason.
 */
export function mailSendJob(deps: AppDeps, smtpUrl: string, from: string): JobDefinition<MailSendData> {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  const transport = nodemailer.createTransport(url.toString());
  const sender = assertHeaderSafe("from", from);
  return {
    name: MAIL_SEND_JOB,
    retryLimit: deps.config.mailRetry?.limit ?? 5,
    // The chunks of a fetched batch share the pooled transport: sent together, its connections never wait for a chunk's tail.
    concurrent: true,
    async handle(job) {
      const { db } = deps.database;
      const ids = job.data.outboxIds ?? (job.data.outboxId ? [job.data.outboxId] : []);
      if (!ids.length) return;
      const claimed = (await claim(db, ids, job.retryCount > 0)).filter((row) => row.status === "sending");
      if (!claimed.length) return;
      const results = await Promise.allSettled(claimed.map((row) => transport.sendMail(messageOf(row, sender))));
      const sent = claimed.filter((_, i) => results[i]?.status === "fulfilled").map((row) => row.id);
      if (sent.length) await db.update(mailOutbox).set({ status: "sent", sentAt: new Date(), lastError: null }).where(inArray(mailOutbox.id, sent));
      const finalAttempt = job.retryCount >= job.retryLimit;
      let firstError: unknown = null;
      for (const [i, result] of results.entries()) {
        if (result.status === "fulfilled") continue;
        firstError ??= result.reason;
        await db
          .update(mailOutbox)
          .set({ status: finalAttempt ? "failed" : "queued", lastError: String(result.reason).slice(0, 500) })
          .where(eq(mailOutbox.id, claimed[i]!.id));
      }
      if (firstError) {
        deps.logger.warn("mail send failed", { jobId: job.id, failed: claimed.length - sent.length, final: finalAttempt });
        if (!finalAttempt) throw firstError;
      }
    },
  };
}

/** Every minute: re-dispatch mail that was committed but never handed to the queue (crash, queue outage). */
export function mailSweepJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: MAIL_SWEEP_JOB,
    retryLimit: 0,
    cron: "* * * * *",
    async handle() {
      const { db } = deps.database;
      await db
        .update(mailOutbox)
        .set({ status: "queued" })
        .where(and(eq(mailOutbox.status, "sending"), lt(mailOutbox.createdAt, sql`now() - interval '15 minutes'`)));
      const stale = await db
        .select({ id: mailOutbox.id })
        .from(mailOutbox)
        .where(and(eq(mailOutbox.status, "queued"), lt(mailOutbox.createdAt, sql`now() - interval '1 minute'`)))
        .limit(2000);
      await dispatchMail(
        deps,
        stale.map((row) => row.id),
      );
    },
  };
}

/**
 * At worker start on the embedded database (one process per data directory, so no other worker can be sending):
 * rows a killed process left in `sending` go back to `queued`, and every queued row is handed to the queue again.
 * A message the SMTP server had already accepted is then sent a second time: delivery is at least once (ADR 0005).
 * On PostgreSQL other workers may be alive: there the job's expiry and retry take the rows back.
 */
export async function recoverInterruptedMail(deps: AppDeps): Promise<void> {
  if (deps.database.kind !== "pglite" || !deps.config.smtpEnabled) return;
  const { db } = deps.database;
  await db.update(mailOutbox).set({ status: "queued" }).where(eq(mailOutbox.status, "sending"));
  const queued = await db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.status, "queued"));
  await dispatchMail(
    deps,
    queued.map((row) => row.id),
  );
}
