import type { Locale } from "../../../shared/locales";
import type { AppDeps } from "../../platform/context";
import { translate } from "../../platform/i18n/messages";
import type { JobDefinition } from "../../platform/jobs/job-queue";
import { transact } from "../../platform/mail/outbox";
import { escapeHtml, type RenderedMail } from "../../platform/mail/templates";
import { markdownExcerpt } from "../../platform/markdown/render-markdown";
import { systemContext } from "../../platform/system-context";
import { segmentRecipients } from "../alumni/alumni-segment.service";
import * as repo from "./community.repo";
import { plainMentions } from "./community-text";

export const COMMUNITY_DIGEST_JOB = "community.digest";
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 500;
const SHOWN = 10;

/** ISO 8601 week of a moment in Japan, e.g. "2026-W48": one digest per person per week, however often the job runs. */
export function isoWeek(at: Date): string {
  const jst = new Date(at.getTime() + 9 * 60 * 60 * 1000);
  const day = new Date(Date.UTC(jst.getUTCFullYear(), jst.getUTCMonth(), jst.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

interface DigestItem {
  postId: string;
  groupName: string;
  excerpt: string;
}

function renderDigest(locale: Locale, input: { tenantName: string; name: string; items: DigestItem[]; baseUrl: string }): RenderedMail {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) => translate(locale, key, params);
  const shown = input.items.slice(0, SHOWN);
  const more = input.items.length - shown.length;
  const link = (id: string) => `${input.baseUrl}/alumni/community/posts/${id}`;
  const subjectCore = t("community.digest.subject", { count: input.items.length });
  const subject = (locale === "ja" ? `【${input.tenantName}】${subjectCore}` : `[${input.tenantName}] ${subjectCore}`).replace(/[\r\n]+/g, " ");
  const intro = t("community.digest.intro", { name: input.name });
  const footer = [
    translate(locale, "mail.footer.sent_by", { tenant: input.tenantName }),
    translate(locale, "mail.footer.reason", { purpose: translate(locale, "mail.purpose.community_news") }),
  ];
  const text = [
    intro,
    "",
    ...shown.flatMap((item) => [`■ ${t("community.digest.in_group", { group: item.groupName })}`, item.excerpt, link(item.postId), ""]),
    ...(more > 0 ? [t("community.digest.more", { count: more }), ""] : []),
    `${t("community.digest.open")}: ${input.baseUrl}/alumni/community`,
    "",
    "—",
    ...footer,
  ].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${intro
  .split("\n\n")
  .map((p) => `<p>${escapeHtml(p)}</p>`)
  .join("\n")}
${shown
  .map(
    (item) =>
      `<div style="margin:16px 0;padding:12px 16px;border-left:3px solid #0b7285;background:#f5f7fa"><div style="font-size:12px;color:#52606d">${escapeHtml(t("community.digest.in_group", { group: item.groupName }))}</div><a href="${escapeHtml(link(item.postId))}" style="color:#1f2933">${escapeHtml(item.excerpt)}</a></div>`,
  )
  .join("\n")}
${more > 0 ? `<p>${escapeHtml(t("community.digest.more", { count: more }))}</p>` : ""}
<p><a href="${escapeHtml(`${input.baseUrl}/alumni/community`)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(t("community.digest.open"))}</a></p>
<hr style="border:none;border-top:1px solid #d9e2ec">
<p style="font-size:12px;color:#52606d">${footer.map(escapeHtml).join("<br>")}</p></body></html>`;
  return { subject, text, html };
}

/**
 * The weekly digest: to each alumnus who consented to community news, the visible posts of the past week in the
 * groups they belong to (by others). Nobody with nothing new gets a mail; the idempotency key per person and ISO
 * week makes a rerun of the same week a no-op, and the outbox re-checks consent when it sends.
 */
export async function runCommunityDigest(deps: AppDeps, now: Date = new Date()): Promise<{ queued: number }> {
  const since = new Date(now.getTime() - WEEK_MS);
  const week = isoWeek(now);
  let queued = 0;
  for (const tenant of await repo.tenantsWithPostsSince(deps.database.db, since)) {
    const ctx = systemContext(deps, tenant);
    let afterId: string | null = null;
    for (;;) {
      const recipients = await segmentRecipients(ctx.db, { tenantId: tenant.id, purpose: "community_news", segment: {}, afterId, limit: BATCH });
      if (!recipients.length) break;
      const posts = await repo.digestPosts(ctx.db, { tenantId: tenant.id, userIds: recipients.map((r) => r.userId), since, until: now });
      const byUser = new Map<string, DigestItem[]>();
      for (const p of posts) {
        const list = byUser.get(p.userId) ?? [];
        list.push({ postId: p.postId, groupName: p.groupName, excerpt: markdownExcerpt(plainMentions(p.body), 120) });
        byUser.set(p.userId, list);
      }
      const names = await repo.namesOf(ctx.db, [...byUser.keys()]);
      const mails = recipients.flatMap((r) => {
        const items = byUser.get(r.userId);
        if (!items?.length) return [];
        const locale: Locale = r.locale === "en" ? "en" : "ja";
        return [
          {
            tenantId: tenant.id,
            to: r.email,
            locale,
            template: "community_digest",
            content: renderDigest(locale, { tenantName: tenant.name, name: names.get(r.userId) ?? "", items, baseUrl: ctx.baseUrl }),
            idempotencyKey: `community-digest:${r.alumnusId}:${week}`,
            purpose: "community_news",
            alumnusId: r.alumnusId,
          },
        ];
      });
      if (mails.length) {
        await transact(ctx, (_tx, outbox) => outbox.queueMany(mails));
        queued += mails.length;
      }
      afterId = recipients.at(-1)?.alumnusId ?? null;
      if (recipients.length < BATCH) break;
    }
  }
  return { queued };
}

/** Mondays 09:00 in Japan (00:00 UTC). */
export function communityDigestJob(deps: AppDeps): JobDefinition<object> {
  return {
    name: COMMUNITY_DIGEST_JOB,
    retryLimit: 3,
    cron: "0 0 * * 1",
    async handle() {
      await runCommunityDigest(deps);
    },
  };
}
