import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { LOCALES, type Locale } from "../../../shared/locales";
import type { AppDeps } from "../../platform/context";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { transact } from "../../platform/mail/outbox";
import type { RenderedMail } from "../../platform/mail/templates";
import { systemContext } from "../../platform/system-context";
import { segmentRecipients } from "../alumni/alumni-segment.service";
import { renderAnnouncement } from "./announcement-mail";
import * as repo from "./announcements.repo";
import { ANNOUNCEMENT_DISPATCH_JOB, ANNOUNCEMENT_FANOUT_JOB, dispatchDueAnnouncements, segmentOf } from "./announcements.service";

/** Recipients per transaction: one outbox insert, then one hand-off to the send queue. */
const BATCH = 1000;

/**
 * Writes one outbox message per recipient of the segment, in their language, batch by batch. A retried job
 * starts again from the beginning: the idempotency key `announcement:<id>:<alumnusId>` makes the batches
 * already written no-ops. Whether opens are measured is the tenant's setting at the moment the first message is written.
 */
export function announcementFanoutJob(deps: AppDeps): JobDefinition<{ announcementId: string }> {
  return {
    name: ANNOUNCEMENT_FANOUT_JOB,
    retryLimit: 5,
    async handle(job) {
      const found = await repo.findForFanout(deps.database.db, job.data.announcementId);
      if (found?.announcement.status !== "sending") return;
      const { announcement, tenant } = found;
      const ctx = systemContext(deps, { id: tenant.id, slug: tenant.slug, name: tenant.name, mfaRequiredForStaff: tenant.mfaRequiredForStaff });
      const purpose = announcement.purpose as ConsentPurpose;
      const segment = segmentOf(announcement);
      let trackOpens = announcement.openTracking;
      if ((await repo.countMessages(ctx.db, tenant.id, announcement.id)) === 0 && trackOpens !== tenant.newsletterOpenTracking) {
        trackOpens = tenant.newsletterOpenTracking;
        await repo.updateIfStatus(ctx.db, { tenantId: tenant.id, id: announcement.id, from: "sending", values: { openTracking: trackOpens } });
      }
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
        const recipients = await segmentRecipients(ctx.db, { tenantId: tenant.id, purpose, segment, afterId, limit: BATCH });
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
                trackOpens,
              };
            }),
          );
        });
        afterId = recipients.at(-1)?.alumnusId ?? null;
        if (recipients.length < BATCH) break;
      }
      await repo.markSent(ctx.db, announcement.id, await repo.countMessages(ctx.db, tenant.id, announcement.id));
    },
  };
}

/** Every minute: scheduled newsletters whose time has come move to `sending` (one conditional update) and fan out. */
export function announcementDispatchJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: ANNOUNCEMENT_DISPATCH_JOB,
    retryLimit: 0,
    cron: "* * * * *",
    async handle() {
      await dispatchDueAnnouncements(deps);
    },
  };
}
