import { randomUUID } from "node:crypto";
import type { GraduationTemplate } from "../../../shared/contracts/offboarding";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { recordAudit, recordAudits } from "../../platform/audit/audit";
import type { AppDeps, RequestContext } from "../../platform/context";
import { transact } from "../../platform/mail/outbox";
import { openSecret, sealSecret } from "../../platform/security/secret-box";
import { hashToken, newToken } from "../../platform/security/tokens";
import { backgroundBaseUrl } from "../../platform/system-context";
import { emitWebhookEvent, emitWebhookEvents } from "../webhooks/webhooks.service";
import { renderGraduationMail } from "./graduation-mail";
import * as cases from "./offboarding.repo";
import { graduationVars, settingsOf, templateCopy } from "./offboarding.service";

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

export interface DispatchResult {
  invited: number;
  reminded: number;
  expired: number;
}

function jobContext(deps: AppDeps): RequestContext {
  return {
    deps,
    db: deps.database.db,
    requestId: `system-${randomUUID()}`,
    locale: "ja",
    baseUrl: backgroundBaseUrl(deps.config),
    clientIp: "system",
  };
}

const system = { kind: "system", role: "admin" } as const;
const localeOf = (row: cases.CaseRow): Locale => (row.locale === "en" ? "en" : "ja");

async function compose(tx: Db, row: cases.CaseRow, tenantName: string, template: GraduationTemplate, link: string, expiresAt: Date) {
  const locale = localeOf(row);
  const copy = await templateCopy(tx, row.tenantId, template, locale);
  return renderGraduationMail(copy, graduationVars(row, tenantName, locale, link, expiresAt), locale);
}

/**
 * One pass of the graduation mail schedule: expire links that ran out, send due invitations, send one
 * reminder. Every case is claimed with a row lock (skip locked) and a conditional update, so two passes
 * running at once never send a mail twice; the outbox idempotency key is the last guard.
 */
export async function runDispatch(deps: AppDeps): Promise<DispatchResult> {
  const ctx = jobContext(deps);
  const result: DispatchResult = { invited: 0, reminded: 0, expired: 0 };

  result.expired = await ctx.db.transaction(async (tx) => {
    const expired = await cases.expireOverdue(tx, BATCH);
    await recordAudits(
      tx,
      expired.map((row) => ({
        tenantId: row.tenantId,
        actor: system,
        action: "offboarding.case_expired",
        targetType: "offboarding_case",
        targetId: row.id,
        requestId: ctx.requestId,
      })),
    );
    for (const tenantId of new Set(expired.map((row) => row.tenantId))) {
      const data = expired.filter((row) => row.tenantId === tenantId).map((row) => ({ caseId: row.id }));
      await emitWebhookEvents(deps, tx, { tenantId, event: "offboarding.case.expired", data });
    }
    return expired.length;
  });

  for (const due of await cases.dueInvitations(ctx.db, BATCH)) {
    const sent = await transact(ctx, async (tx, outbox) => {
      const locked = await cases.lockDueInvitation(tx, due.tenantId, due.id);
      if (!locked) return false;
      const { row, tenantName } = locked;
      const settings = await settingsOf(tx, row.tenantId);
      const token = newToken();
      const now = new Date();
      const expiresAt = new Date(now.getTime() + settings.tokenTtlDays * DAY_MS);
      const link = `${ctx.baseUrl}/graduation#token=${token}`;
      await cases.setCaseFields(tx, row.tenantId, row.id, {
        status: "invited",
        invitedAt: now,
        reminderAt: new Date(now.getTime() + settings.reminderDaysAfter * DAY_MS),
        remindedAt: null,
        tokenHash: hashToken(deps.config.authSecret, token),
        tokenSealed: sealSecret(deps.config.authSecret, token),
        tokenExpiresAt: expiresAt,
      });
      await outbox.queue({
        tenantId: row.tenantId,
        to: row.privateEmail ?? row.workEmail ?? "",
        locale: localeOf(row),
        template: "graduation_invitation",
        content: await compose(tx, row, tenantName, "graduation_invitation", link, expiresAt),
        offboardingCaseId: row.id,
        alumnusId: row.alumnusId,
        // The version moves on with every change, so each (re-)invitation has a key of its own.
        idempotencyKey: `graduation:${row.id}:invite:${row.version}`,
      });
      await recordAudit(tx, {
        tenantId: row.tenantId,
        actor: system,
        action: "offboarding.case_invited",
        targetType: "offboarding_case",
        targetId: row.id,
        requestId: ctx.requestId,
      });
      await emitWebhookEvent(deps, tx, { tenantId: row.tenantId, event: "offboarding.case.invited", data: { caseId: row.id } });
      return true;
    });
    if (sent) result.invited++;
  }

  for (const due of await cases.dueReminders(ctx.db, BATCH)) {
    const sent = await transact(ctx, async (tx, outbox) => {
      const locked = await cases.lockDueReminder(tx, due.tenantId, due.id);
      if (!locked?.row.tokenSealed || !locked.row.tokenExpiresAt || !locked.row.invitedAt) return false;
      const { row, tenantName } = locked;
      const link = `${ctx.baseUrl}/graduation#token=${openSecret(deps.config.authSecret, locked.row.tokenSealed)}`;
      await cases.setCaseFields(tx, row.tenantId, row.id, { remindedAt: new Date() });
      await outbox.queue({
        tenantId: row.tenantId,
        to: row.privateEmail ?? row.workEmail ?? "",
        locale: localeOf(row),
        template: "graduation_reminder",
        content: await compose(tx, row, tenantName, "graduation_reminder", link, locked.row.tokenExpiresAt),
        offboardingCaseId: row.id,
        alumnusId: row.alumnusId,
        idempotencyKey: `graduation:${row.id}:reminder:${locked.row.invitedAt.getTime()}`,
      });
      await recordAudit(tx, {
        tenantId: row.tenantId,
        actor: system,
        action: "offboarding.case_reminded",
        targetType: "offboarding_case",
        targetId: row.id,
        requestId: ctx.requestId,
      });
      await emitWebhookEvent(deps, tx, { tenantId: row.tenantId, event: "offboarding.case.reminded", data: { caseId: row.id } });
      return true;
    });
    if (sent) result.reminded++;
  }
  return result;
}
