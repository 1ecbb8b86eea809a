import { randomUUID } from "node:crypto";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type {
  Announcement,
  AnnouncementInput,
  AnnouncementPage,
  AnnouncementSummary,
  Audience,
  AudienceInput,
  DeliveryCounts,
  TestSendResult,
} from "../../../shared/contracts/announcements";
import { LOCALES, type Locale } from "../../../shared/locales";
import { recordAudit } from "../../platform/audit/audit";
import { actorId, type TenantContext } from "../../platform/context";
import { DomainError, Forbidden, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { transact } from "../../platform/mail/outbox";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { consume } from "../../platform/security/rate-limit";
import { renderAnnouncement } from "./announcement-mail";
import * as repo from "./announcements.repo";

export const ANNOUNCEMENT_FANOUT_JOB = "announcements.fanout";

const emptyCounts = (): DeliveryCounts => ({ queued: 0, sending: 0, sent: 0, suppressed: 0, failed: 0 });

async function countsOf(ctx: TenantContext, ids: string[]): Promise<Map<string, DeliveryCounts>> {
  const counts = new Map(ids.map((id) => [id, emptyCounts()]));
  for (const row of await repo.deliveryCounts(ctx.db, ctx.tenant.id, ids)) {
    const entry = row.announcementId ? counts.get(row.announcementId) : undefined;
    if (entry && row.status in entry) entry[row.status as keyof DeliveryCounts] = row.n;
  }
  return counts;
}

function toSummary(row: repo.AnnouncementRow, counts: DeliveryCounts): AnnouncementSummary {
  return {
    id: row.id,
    purpose: row.purpose as ConsentPurpose,
    subjectJa: row.subjectJa,
    subjectEn: row.subjectEn,
    status: row.status === "sent" ? "sent" : "sending",
    recipientCount: row.recipientCount,
    counts,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

export async function countAudience({ ctx, input }: { ctx: TenantContext; input: AudienceInput }): Promise<Audience> {
  return { purpose: input.purpose, count: await repo.countAudience(ctx.db, ctx.tenant.id, input.purpose) };
}

/** Records the announcement and hands the fan-out to a job: a request never waits for thousands of recipients. */
export async function createAnnouncement({ ctx, input }: { ctx: TenantContext; input: AnnouncementInput }): Promise<Announcement> {
  const row = await ctx.db.transaction(async (tx) => {
    const recipients = await repo.countAudience(tx, ctx.tenant.id, input.purpose);
    if (!recipients) throw new DomainError(422, "empty_audience", "mail.errors.empty_audience");
    const created = await repo.insertAnnouncement(tx, {
      tenantId: ctx.tenant.id,
      purpose: input.purpose,
      subjectJa: input.subjectJa,
      bodyJa: input.bodyJa,
      subjectEn: input.subjectEn,
      bodyEn: input.bodyEn,
      status: "sending",
      recipientCount: recipients,
      createdBy: actorId(ctx.actor),
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "announcement.created",
      targetType: "announcement",
      targetId: created.id,
      requestId: ctx.requestId,
      meta: { purpose: input.purpose, recipients },
    });
    return created;
  });
  await ctx.deps.jobs.send(ANNOUNCEMENT_FANOUT_JOB, { announcementId: row.id }, { retryLimit: 5, retryDelay: 5, retryBackoff: true });
  return { ...toSummary(row, emptyCounts()), bodyJa: row.bodyJa, bodyEn: row.bodyEn };
}

/** Both languages to the signed-in person's own address, marked as a test; no consent applies to it. */
export async function sendTest({ ctx, input }: { ctx: TenantContext; input: AnnouncementInput }): Promise<TestSendResult> {
  const user = ctx.user;
  if (!user) throw Forbidden("test_needs_person");
  await consume(ctx.db, { key: `announcement-test:${user.id}`, max: 20, windowSeconds: 60 * 60 });
  const batch = randomUUID();
  await transact(ctx, async (tx, outbox) => {
    for (const locale of LOCALES) {
      const rendered = renderAnnouncement(locale, {
        tenantName: ctx.tenant.name,
        purpose: input.purpose,
        subject: locale === "ja" ? input.subjectJa : input.subjectEn,
        body: locale === "ja" ? input.bodyJa : input.bodyEn,
      });
      await outbox.queue({
        tenantId: ctx.tenant.id,
        to: user.email,
        locale,
        template: "announcement_test",
        content: { ...rendered, subject: `${translate(locale, "mail.test_prefix")} ${rendered.subject}` },
        idempotencyKey: `announcement-test:${batch}:${locale}`,
      });
    }
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "announcement.test_sent",
      targetType: "user",
      targetId: user.id,
      requestId: ctx.requestId,
      meta: { purpose: input.purpose },
    });
  });
  return { sentTo: user.email, locales: [...LOCALES] as Locale[] };
}

export async function listAnnouncements({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<AnnouncementPage> {
  const { rows, total } = await repo.listAnnouncements(ctx.db, {
    tenantId: ctx.tenant.id,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  const counts = await countsOf(
    ctx,
    rows.slice(0, query.limit).map((row) => row.id),
  );
  return toPage(rows, query.limit, total, (row) => toSummary(row, counts.get(row.id) ?? emptyCounts()), createdAtCursorOf);
}

export async function readAnnouncement({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Announcement> {
  const row = await repo.findAnnouncement(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  const counts = await countsOf(ctx, [row.id]);
  return { ...toSummary(row, counts.get(row.id) ?? emptyCounts()), bodyJa: row.bodyJa, bodyEn: row.bodyEn };
}
