import type { MyPosition, MyPositionPage, MyPositionsQuery, PositionCampaignDraft } from "../../../shared/contracts/positions";
import type { EmploymentType } from "../../../shared/recruiting";
import type { TenantContext } from "../../platform/context";
import { NotFound } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import { renderMarkdown } from "../../platform/markdown/render-markdown";
import { decodeCursor, isCreatedAtCursor, toPage } from "../../platform/pagination/cursor";
import * as repo from "./positions.repo";
import { localTitle } from "./positions.service";

/** An open posting for employees: what they need to refer someone, nothing internal. */
function toMyPosition(ctx: TenantContext, row: repo.PositionRow): MyPosition {
  return {
    id: row.id,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    title: localTitle(ctx.locale, row),
    department: row.department,
    location: row.location,
    employmentType: row.employmentType as EmploymentType,
    skills: row.skills,
    descriptionHtml: renderMarkdown(ctx.locale === "en" && row.descriptionEn.trim() ? row.descriptionEn : row.descriptionJa),
    openedAt: row.openedAt?.toISOString() ?? null,
  };
}

/** Every open posting, whatever its audience: employees may refer anyone to any of them. Newest first. */
export async function listOpenPositions({ ctx, query }: { ctx: TenantContext; query: MyPositionsQuery }): Promise<MyPositionPage> {
  const { rows, total } = await repo.listOpenPositions(ctx.db, {
    tenantId: ctx.tenant.id,
    q: query.q,
    department: query.department,
    after: decodeCursor(query.cursor, isCreatedAtCursor),
    limit: query.limit,
  });
  return toPage(
    rows,
    query.limit,
    total,
    (row) => toMyPosition(ctx, row),
    (row) => ({ c: (row.openedAt ?? row.createdAt).toISOString(), i: row.id }),
  );
}

export async function readOpenPosition({ ctx, id }: { ctx: TenantContext; id: string }): Promise<MyPosition> {
  const row = await repo.findPosition(ctx.db, ctx.tenant.id, id);
  if (row?.status !== "open") throw NotFound();
  return toMyPosition(ctx, row);
}

const CAMPAIGN_POSITIONS = 20;

/**
 * The newsletter that announces the job board to alumni who want job news (「いつでもおかえりなさい」), listing the
 * open alumni-visible postings with links to their pages. It is only composed here: HR reviews, edits and sends it
 * in the newsletter editor, where the audience (consent to job opportunities) is counted and checked as for any
 * newsletter.
 */
export async function composeCampaign({ ctx }: { ctx: TenantContext }): Promise<PositionCampaignDraft> {
  const rows = await repo.openAlumniPositions(ctx.db, ctx.tenant.id, CAMPAIGN_POSITIONS);
  const base = ctx.baseUrl.replace(/\/$/, "");
  const literal = (text: string) => text.replace(/([\\`*_[\]<>])/g, "\\$1");
  const bodyIn = (locale: "ja" | "en") => {
    const t = (key: Parameters<typeof translate>[1], vars: Record<string, string> = {}) => translate(locale, key, vars);
    const list = rows.length
      ? rows
          .map((row) => {
            const facts = [row.department, row.location].filter(Boolean).map((f) => literal(f as string));
            return `- [${literal(localTitle(locale, row))}](${base}/alumni/jobs/${row.id})${facts.length ? ` — ${facts.join(" / ")}` : ""}`;
          })
          .join("\n")
      : t("positions.campaign.noPositions");
    return [
      t("positions.campaign.intro", { tenant: ctx.tenant.name }),
      `## ${t("positions.campaign.listTitle")}`,
      list,
      `[${t("positions.campaign.boardLink")}](${base}/alumni/jobs)`,
      t("positions.campaign.outro"),
    ].join("\n\n");
  };
  return {
    purpose: "job_opportunities",
    subjectJa: translate("ja", "positions.campaign.subject", { tenant: ctx.tenant.name }),
    subjectEn: translate("en", "positions.campaign.subject", { tenant: ctx.tenant.name }),
    bodyJa: bodyIn("ja"),
    bodyEn: bodyIn("en"),
    segment: {},
    positionCount: rows.length,
  };
}
