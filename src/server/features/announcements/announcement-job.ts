import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { LOCALES, type Locale } from "../../../shared/locales";
import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { transact } from "../../platform/mail/outbox";
import type { RenderedMail } from "../../platform/mail/templates";
import { systemContext } from "../../platform/system-context";
import { renderAnnouncement } from "./announcement-mail";
import * as repo from "./announcements.repo";
import { ANNOUNCEMENT_FANOUT_JOB } from "./announcements.service";

/** Recipients per transaction: one outbox insert, then one hand-off to the send queue. */
const BATCH = 1000;

/**
 * Writes one outbox message per recipient, in their language, batch by batch. A retried job starts again from the
 * beginning: the idempotency key `announcement:<id>:<alumnusId>` makes the batches already written no-ops.
 */
export function announcementFanoutJob(deps: AppDeps): JobDefinition<{ announcementId: string }> {
  return {
    name: ANNOUNCEMENT_FANOUT_JOB,
    retryLimit: 5,
    async handle(job) {
      const found = await repo.findForFanout(deps.database.db, job.data.announcementId);
      if (!found || found.announcement.status === "sent") return;
      const { announcement, tenant } = found;
      const ctx = systemContext(deps, { id: tenant.id, slug: tenant.slug, name: tenant.name, mfaRequiredForStaff: tenant.mfaRequiredForStaff });
      const purpose = announcement.purpose as ConsentPurpose;
      const copy = Object.fromEntries(
        LOCALES.map((locale) => [
          locale,
          renderAnnouncement(locale, {
            tenantName: tenant.name,
            purpose,
            subject: locale === "ja" ? announcement.subjectJa : announcement.subjectEn,
            body: locale === "ja" ? announcement.bodyJa : announcement.bodyEn,
          }),
        ]),
      ) as Record<Locale, RenderedMail>;
      let afterId: string | null = null;
      for (;;) {
        const recipients = await repo.audienceBatch(ctx.db, { tenantId: tenant.id, purpose, afterId, limit: BATCH });
        if (!recipients.length) break;
        await transact(ctx, async (_tx, outbox) => {
          await outbox.queueMany(
            recipients.map((r) => {
              const locale: Locale = r.locale === "en" ? "en" : "ja";
              return {
                tenantId: tenant.id,
                to: r.email,
                locale,
                template: "announcement",
                content: copy[locale],
                idempotencyKey: `announcement:${announcement.id}:${r.alumnusId}`,
                purpose,
                alumnusId: r.alumnusId,
                announcementId: announcement.id,
              };
            }),
          );
        });
        afterId = recipients.at(-1)?.alumnusId ?? null;
        if (recipients.length < BATCH) break;
      }
      await repo.markSent(ctx.db, announcement.id);
    },
  };
}
