import { type ConsentPurpose, ConsentPurpose as PurposeSchema } from "../../../shared/consent-purposes";
import type { UnsubscribeInfo } from "../../../shared/contracts/unsubscribe";
import type { RequestContext } from "../../platform/context";
import { DomainError } from "../../platform/errors/domain-error";
import { verifyUnsubscribeToken } from "../../platform/mail/unsubscribe-token";
import { consume } from "../../platform/security/rate-limit";
import * as consents from "../consents/consents.service";
import { declineCaseByUnsubscribe } from "../offboarding/offboarding.service";
import * as repo from "./unsubscribe.repo";

const OPEN_CASE = new Set(["scheduled", "invited"]);

const invalidLink = () => new DomainError(404, "unsubscribe_invalid", "mail.errors.unsubscribe_invalid");

type Target =
  | { kind: "purpose"; tenantId: string; tenantName: string; alumnusId: string; purpose: ConsentPurpose }
  | { kind: "offboarding"; tenantId: string; tenantName: string; caseId: string; caseOpen: boolean };

/** Mail providers post from shared addresses, so the limit is generous; it stops token guessing, not people. */
async function resolve(ctx: RequestContext, token: string): Promise<Target> {
  await consume(ctx.db, { key: `unsubscribe:ip:${ctx.clientIp}`, max: 300, windowSeconds: 15 * 60 });
  const outboxId = verifyUnsubscribeToken(ctx.deps.config.authSecret, token);
  const row = outboxId ? await repo.findMessage(ctx.db, outboxId) : undefined;
  if (!row?.tenantId) throw invalidLink();
  const purpose = PurposeSchema.safeParse(row.purpose);
  if (purpose.success && row.alumnusId) {
    return { kind: "purpose", tenantId: row.tenantId, tenantName: row.tenantName, alumnusId: row.alumnusId, purpose: purpose.data };
  }
  if (row.offboardingCaseId) {
    return {
      kind: "offboarding",
      tenantId: row.tenantId,
      tenantName: row.tenantName,
      caseId: row.offboardingCaseId,
      caseOpen: OPEN_CASE.has(row.caseStatus ?? ""),
    };
  }
  throw invalidLink();
}

async function infoOf(ctx: RequestContext, target: Target): Promise<UnsubscribeInfo> {
  if (target.kind === "offboarding") return { tenantName: target.tenantName, kind: "offboarding", purpose: null, done: !target.caseOpen };
  const current = await consents.currentConsents(ctx.db, target.tenantId, target.alumnusId);
  return { tenantName: target.tenantName, kind: "purpose", purpose: target.purpose, done: !current[target.purpose] };
}

/** What the link is for (the public page shows it before the person confirms). */
export async function inspectUnsubscribe({ ctx, token }: { ctx: RequestContext; token: string }): Promise<UnsubscribeInfo> {
  return infoOf(ctx, await resolve(ctx, token));
}

/**
 * RFC 8058 one-click, or the page's confirm button: withdraws the message's purpose, or declines the graduation
 * case it was about. Idempotent: a second click changes nothing and answers the same.
 */
export async function unsubscribe({ ctx, token }: { ctx: RequestContext; token: string }): Promise<UnsubscribeInfo> {
  const target = await resolve(ctx, token);
  await ctx.db.transaction(async (tx) => {
    if (target.kind === "purpose") {
      await consents.changeConsents(tx, {
        tenantId: target.tenantId,
        alumnusId: target.alumnusId,
        answers: { [target.purpose]: false },
        noticeVersion: null,
        source: "unsubscribe",
        actor: { kind: "anonymous" },
        requestId: ctx.requestId,
      });
    } else {
      await declineCaseByUnsubscribe(tx, { tenantId: target.tenantId, caseId: target.caseId, requestId: ctx.requestId }, ctx.deps);
    }
  });
  if (target.kind === "offboarding") return { tenantName: target.tenantName, kind: "offboarding", purpose: null, done: true };
  return { tenantName: target.tenantName, kind: "purpose", purpose: target.purpose, done: true };
}
