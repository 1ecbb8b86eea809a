import { and, eq, inArray, lt, sql } from "drizzle-orm";
import nodemailer from "nodemailer";
import { mailOutbox } from "../../db/schema/mail";
import type { AppDeps } from "../context";
import type { JobDefinition } from "../jobs/job-queue";
import { dispatchMail, MAIL_SEND_JOB } from "./outbox";

export const MAIL_SWEEP_JOB = "mail.sweep";
const MAX_ATTEMPTS = 6;

/** Sends one outbox row. Claiming the row first makes a duplicated job a no-op. */
export function mailSendJob(deps: AppDeps, smtpUrl: string, from: string): JobDefinition<{ outboxId: string }> {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  const transport = nodemailer.createTransport(url.toString());
  return {
    name: MAIL_SEND_JOB,
    retryLimit: MAX_ATTEMPTS - 1,
    async handle(job) {
      const { db } = deps.database;
      const [claimed] = await db
        .update(mailOutbox)
        .set({ status: "sending", attempts: sql`${mailOutbox.attempts} + 1` })
        .where(and(eq(mailOutbox.id, job.data.outboxId), eq(mailOutbox.status, "queued")))
        .returning();
      if (!claimed) return;
      try {
        await transport.sendMail({
          from,
          to: claimed.toAddress,
          subject: claimed.subject,
          text: claimed.textBody,
          html: claimed.htmlBody,
          messageId: `<${claimed.idempotencyKey.replace(/[^\w.-]/g, "_")}@okaeri>`,
          headers: { "X-Okaeri-Template": claimed.template },
        });
        await db.update(mailOutbox).set({ status: "sent", sentAt: new Date(), lastError: null }).where(eq(mailOutbox.id, claimed.id));
      } catch (error) {
        const finalAttempt = job.retryCount >= job.retryLimit;
        await db
          .update(mailOutbox)
          .set({ status: finalAttempt ? "failed" : "queued", lastError: String(error).slice(0, 500) })
          .where(eq(mailOutbox.id, claimed.id));
        deps.logger.warn("mail send failed", { outboxId: claimed.id, attempt: claimed.attempts, final: finalAttempt });
        if (!finalAttempt) throw error;
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
        .where(and(inArray(mailOutbox.status, ["queued"]), lt(mailOutbox.createdAt, sql`now() - interval '1 minute'`)))
        .limit(500);
      await dispatchMail(
        deps,
        stale.map((row) => row.id),
      );
    },
  };
}
