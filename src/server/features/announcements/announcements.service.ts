import { randomUUID } from "node:crypto";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type {
  Announcement,
  AnnouncementInput,
  AnnouncementPage,
  AnnouncementStatus,
  AnnouncementSummary,
  AnnouncementUpdateInput,
  Audience,
  AudienceInput,
  DeliveryCounts,
  Newsletter,
  NewsletterPage,
  RecipientPage,
  RecipientStatus,
  TestSendResult,
} from "../../../shared/contracts/announcements";
import { Segment } from "../../../shared/contracts/segments";
import { LOCALES, type Locale } from "../../../shared/locales";
import { recordAudit } from "../../platform/audit/audit";
import { actorId, type RequestContext, type TenantContext } from "../../platform/context";
import { Conflict, DomainError, Forbidden, NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { verifyOpenToken } from "../../platform/mail/open-tracking";
import { transact } from "../../platform/mail/outbox";
import { markdownExcerpt, renderMarkdown } from "../../platform/markdown/render-markdown";
import { createdAtCursorOf, decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import { consume } from "../../platform/security/rate-limit";
import { countSegment } from "../alumni/alumni-segment.service";
import { renderAnnouncement } from "./announcement-mail";
import * as repo from "./announcements.repo";

export const ANNOUNCEMENT_FANOUT_JOB = "announcements.fanout";
export const ANNOUNCEMENT_DISPATCH_JOB = "announcements.dispatch";

/** The same draft sent again by the same person within this many seconds is a double submit. */
const TWIN_WINDOW_SECONDS = 60;

const emptyCounts = (): DeliveryCounts => ({ queued: 0, sending: 0, sent: 0, suppressed: 0, failed: 0 });

async function countsOf(ctx: TenantContext, ids: string[]): Promise<Map<string, DeliveryCounts>> {
  const counts = new Map(ids.map((id) => [id, emptyCounts()]));
  for (const row of await repo.deliveryCounts(ctx.db, ctx.tenant.id, ids)) {
    const entry = row.announcementId ? counts.get(row.announcementId) : undefined;
    if (entry && row.status in entry) entry[row.status as keyof DeliveryCounts] = row.n;
  }
  return counts;
}

/** Stored segments were validated on the way in; an unreadable one (never expected) means "no filter". */
export const segmentOf = (row: repo.AnnouncementRow): Segment => Segment.safeParse(row.segment).data ?? {};

const STATUSES = new Set<string>(["scheduled", "sending", "sent", "cancelled"]);

function toSummary(row: repo.AnnouncementRow, counts: DeliveryCounts): AnnouncementSummary {
  return {
    id: row.id,
    purpose: row.purpose as ConsentPurpose,
    subjectJa: row.subjectJa,
    subjectEn: row.subjectEn,
    status: (STATUSES.has(row.status) ? row.status : "sending") as AnnouncementStatus,
    segment: segmentOf(row),
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    openTracking: row.openTracking,
    recipientCount: row.recipientCount,
    counts,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

function toAnnouncement(row: repo.AnnouncementRow, counts: DeliveryCounts): Announcement {
  return {
    ...toSummary(row, counts),
    bodyJa: row.bodyJa,
    bodyEn: row.bodyEn,
    bodyHtmlJa: renderMarkdown(row.bodyJa),
    bodyHtmlEn: renderMarkdown(row.bodyEn),
  };
}

export async function countAudience({ ctx, input }: { ctx: TenantContext; input: AudienceInput }): Promise<Audience> {
  const count = await countSegment({ ctx, input });
  return { ...count, count: count.recipients };
}

/** Recipients now, or a localised 422 when nobody would receive it. */
async function recipientsOrRefuse(ctx: TenantContext, input: { purpose: ConsentPurpose; segment: Segment }): Promise<number> {
  const { recipients } = await countSegment({ ctx, input });
  if (!recipients) throw new DomainError(422, "empty_audience", "mail.errors.empty_audience");
  return recipients;
}

const draftOf = (input: AnnouncementInput | AnnouncementUpdateInput) => ({
  purpose: input.purpose,
  subjectJa: input.subjectJa,
  bodyJa: input.bodyJa,
  subjectEn: input.subjectEn,
  bodyEn: input.bodyEn,
  segment: input.segment,
});

const segmentMeta = (segment: Segment) => Object.keys(segment).sort().join(",");

/**
 * Records the newsletter: sent now (the fan-out runs in a job, a request never waits for thousands of
 * recipients) or at `scheduledAt` (the dispatch job starts it). The same draft submitted twice is refused.
 */
export async function createAnnouncement({ ctx, input }: { ctx: TenantContext; input: AnnouncementInput }): Promise<Announcement> {
  const row = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx as unknown as typeof ctx.db };
    await repo.lockTenantSends(txCtx.db, ctx.tenant.id);
    const createdBy = actorId(ctx.actor);
    const twin = await repo.findRecentTwin(txCtx.db, { tenantId: ctx.tenant.id, createdBy, ...draftOf(input), seconds: TWIN_WINDOW_SECONDS });
    if (twin) throw Conflict("duplicate_send", "mail.errors.duplicate_send");
    const recipients = await recipientsOrRefuse(txCtx, input);
    const created = await repo.insertAnnouncement(txCtx.db, {
      tenantId: ctx.tenant.id,
      ...draftOf(input),
      status: input.scheduledAt ? "scheduled" : "sending",
      scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : null,
      recipientCount: recipients,
      createdBy,
    });
    await recordAudit(txCtx.db, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: input.scheduledAt ? "announcement.scheduled" : "announcement.created",
      targetType: "announcement",
      targetId: created.id,
      requestId: ctx.requestId,
      meta: { purpose: input.purpose, recipients, segment: segmentMeta(input.segment) },
    });
    return created;
  });
  if (row.status === "sending") await startFanout(ctx.deps, row.id);
  return toAnnouncement(row, emptyCounts());
}

export async function startFanout(deps: RequestContext["deps"], announcementId: string): Promise<void> {
  await deps.jobs.send(ANNOUNCEMENT_FANOUT_JOB, { announcementId }, { retryLimit: 5, retryDelay: 5, retryBackoff: true });
}

/** Starts the scheduled newsletters due at `now`; claiming is one conditional update, so two runs never start one twice. */
export async function dispatchDueAnnouncements(deps: RequestContext["deps"], now = new Date()): Promise<number> {
  const due = await repo.claimDue(deps.database.db, now, 100);
  for (const row of due) await startFanout(deps, row.id);
  return due.length;
}

async function scheduledOne(ctx: TenantContext, id: string): Promise<repo.AnnouncementRow> {
  const row = await repo.findAnnouncement(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  if (row.status !== "scheduled") throw Conflict("not_scheduled", "mail.errors.not_scheduled");
  return row;
}

/** A scheduled newsletter can be rewritten, re-targeted or moved until the dispatch job takes it. */
export async function updateAnnouncement({ ctx, id, input }: { ctx: TenantContext; id: string; input: AnnouncementUpdateInput }): Promise<Announcement> {
  await scheduledOne(ctx, id);
  const row = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx as unknown as typeof ctx.db };
    const recipients = await recipientsOrRefuse(txCtx, input);
    const updated = await repo.updateIfStatus(txCtx.db, {
      tenantId: ctx.tenant.id,
      id,
      from: "scheduled",
      values: { ...draftOf(input), scheduledAt: new Date(input.scheduledAt), recipientCount: recipients },
    });
    if (!updated) throw Conflict("not_scheduled", "mail.errors.not_scheduled");
    await recordAudit(txCtx.db, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "announcement.updated",
      targetType: "announcement",
      targetId: id,
      requestId: ctx.requestId,
      meta: { purpose: input.purpose, recipients, segment: segmentMeta(input.segment) },
    });
    return updated;
  });
  return toAnnouncement(row, emptyCounts());
}

export async function cancelAnnouncement({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Announcement> {
  await scheduledOne(ctx, id);
  const row = await ctx.db.transaction(async (tx) => {
    const updated = await repo.updateIfStatus(tx as unknown as typeof ctx.db, {
      tenantId: ctx.tenant.id,
      id,
      from: "scheduled",
      values: { status: "cancelled" },
    });
    if (!updated) throw Conflict("not_scheduled", "mail.errors.not_scheduled");
    await recordAudit(tx as unknown as typeof ctx.db, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "announcement.cancelled",
      targetType: "announcement",
      targetId: id,
      requestId: ctx.requestId,
    });
    return updated;
  });
  return toAnnouncement(row, emptyCounts());
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
  return toAnnouncement(row, counts.get(row.id) ?? emptyCounts());
}

const isIdCursor = (v: unknown): v is { i: string } => typeof v === "object" && v !== null && typeof (v as { i: unknown }).i === "string";

/** Who a newsletter went to, message by message; opens only for a newsletter that measured them. */
export async function listRecipients({
  ctx,
  id,
  query,
}: {
  ctx: TenantContext;
  id: string;
  query: { status?: RecipientStatus; cursor?: string; limit: number };
}): Promise<RecipientPage> {
  const row = await repo.findAnnouncement(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  const [{ rows, total }, counts] = await Promise.all([
    repo.listRecipients(ctx.db, {
      tenantId: ctx.tenant.id,
      announcementId: id,
      status: query.status ?? null,
      afterId: decodeCursor(query.cursor, isIdCursor)?.i ?? null,
      limit: query.limit,
    }),
    countsOf(ctx, [id]),
  ]);
  const page = toPage(
    rows,
    query.limit,
    total,
    (r) => ({
      id: r.id,
      alumnusId: r.alumnusId,
      name: r.familyName ? `${r.familyName} ${r.givenName ?? ""}`.trim() : "—",
      email: r.email,
      status: r.status as RecipientStatus,
      suppressedReason: r.suppressedReason,
      sentAt: r.sentAt?.toISOString() ?? null,
      openedAt: row.openTracking ? (r.openedAt?.toISOString() ?? null) : null,
    }),
    (r) => ({ i: r.id }),
  );
  return { ...page, counts: counts.get(id) ?? emptyCounts(), openTracking: row.openTracking };
}

function personOf(ctx: TenantContext): string {
  if (ctx.actor.kind !== "member" || ctx.actor.role !== "alumnus") throw Forbidden();
  return ctx.actor.userId;
}

const subjectIn = (locale: Locale, row: repo.AnnouncementRow) => (locale === "en" ? row.subjectEn : row.subjectJa);
const bodyIn = (locale: Locale, row: repo.AnnouncementRow) => (locale === "en" ? row.bodyEn : row.bodyJa);

/** The alumni portal's archive: the newsletters this alumnus received, newest first, in their language. */
export async function listMyNewsletters({ ctx, query }: { ctx: TenantContext; query: { cursor?: string; limit: number } }): Promise<NewsletterPage> {
  const userId = personOf(ctx);
  const { rows, total } = await repo.listReceived(ctx.db, {
    tenantId: ctx.tenant.id,
    userId,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    total,
    (row) => ({
      id: row.id,
      subject: subjectIn(ctx.locale, row),
      excerpt: markdownExcerpt(bodyIn(ctx.locale, row), 120),
      sentAt: (row.sentAt ?? row.createdAt).toISOString(),
    }),
    (row) => ({ c: (row.sentAt ?? row.createdAt).toISOString(), i: row.id }),
  );
}

export async function readMyNewsletter({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Newsletter> {
  const row = await repo.findReceived(ctx.db, { tenantId: ctx.tenant.id, userId: personOf(ctx), id });
  if (!row) throw NotFound();
  const body = bodyIn(ctx.locale, row);
  return {
    id: row.id,
    subject: subjectIn(ctx.locale, row),
    excerpt: markdownExcerpt(body, 120),
    sentAt: (row.sentAt ?? row.createdAt).toISOString(),
    bodyHtml: renderMarkdown(body),
  };
}

/** The tracking image was fetched: the first open of that message is recorded; nothing else is learnt. */
export async function recordOpen({ ctx, token }: { ctx: RequestContext; token: string }): Promise<void> {
  const outboxId = verifyOpenToken(ctx.deps.config.authSecret, token);
  if (outboxId) await repo.markOpened(ctx.db, outboxId);
}
