import type { VerifyEmailResult } from "../../../shared/contracts/registration";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { RequestContext } from "../../platform/context";
import { Gone } from "../../platform/errors/domain-error";
import { translate } from "../../platform/i18n/messages";
import type { Outbox } from "../../platform/mail/outbox";
import { escapeHtml } from "../../platform/mail/templates";
import { consume } from "../../platform/security/rate-limit";
import { hashToken, newToken } from "../../platform/security/tokens";
import * as account from "../account/account.service";
import * as repo from "./registration.repo";

export const VERIFY_EMAIL_DAYS = 7;

export interface VerificationRecipient {
  tenantId: string;
  companyName: string;
  userId: string;
  alumnusId: string;
  email: string;
  familyName: string;
  givenName: string;
  locale: Locale;
}

/** The verification mail's copy: transactional, 敬語 in Japanese. */
function verificationMail(locale: Locale, vars: { company: string; name: string; link: string }) {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key, { ...vars, days: VERIFY_EMAIL_DAYS });
  const lines = [t("registration.mail.verify.body1"), t("registration.mail.verify.body2"), t("registration.mail.verify.body3")];
  const text = [
    t("registration.mail.verify.greeting"),
    "",
    ...lines,
    "",
    `${t("registration.mail.verify.action")}: ${vars.link}`,
    "",
    "—",
    t("registration.mail.verify.footer"),
  ].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
<p>${escapeHtml(t("registration.mail.verify.greeting"))}</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}
<p><a href="${escapeHtml(vars.link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(t("registration.mail.verify.action"))}</a></p>
<p style="font-size:12px;color:#52606d">${escapeHtml(t("registration.mail.verify.footer"))}</p></body></html>`;
  return { subject: t("registration.mail.verify.subject").replace(/[\r\n]+/g, " "), text, html };
}

/**
 * Creates a single-use verification link (7 days) and queues its mail in the caller's transaction; links
 * sent before it stop working.
 */
export async function queueVerificationMail(ctx: RequestContext, tx: Db, outbox: Outbox, to: VerificationRecipient): Promise<void> {
  const token = newToken();
  const tokenHash = hashToken(ctx.deps.config.authSecret, token);
  await repo.retireVerificationTokens(tx, to.userId);
  await repo.insertVerificationToken(tx, {
    tokenHash,
    userId: to.userId,
    tenantId: to.tenantId,
    expiresAt: new Date(Date.now() + VERIFY_EMAIL_DAYS * 24 * 60 * 60 * 1000),
  });
  const name = to.locale === "ja" ? `${to.familyName} ${to.givenName}` : `${to.givenName} ${to.familyName}`;
  await outbox.queue({
    tenantId: to.tenantId,
    to: to.email,
    locale: to.locale,
    template: "verify_email",
    content: verificationMail(to.locale, { company: to.companyName, name, link: `${ctx.baseUrl}/verify-email#token=${token}` }),
    alumnusId: to.alumnusId,
    idempotencyKey: `verify_email:${tokenHash}`,
  });
}

/** Opens a verification link. A second opening of a used link, once the address is verified, is not an error. */
export async function verifyEmail({ ctx, token }: { ctx: RequestContext; token: string }): Promise<VerifyEmailResult> {
  await consume(ctx.db, { key: `verify_email:ip:${ctx.clientIp}`, max: 30, windowSeconds: 15 * 60 });
  const tokenHash = hashToken(ctx.deps.config.authSecret, token);
  const row = await repo.findVerificationToken(ctx.db, tokenHash);
  if (!row) throw Gone("token_invalid", "errors.token_invalid");
  const user = await account.findUserById(ctx.db, row.userId);
  if (!user) throw Gone("token_invalid", "errors.token_invalid");
  if (row.usedAt) {
    if (user.emailVerifiedAt) return { status: "already_verified" };
    throw Gone("token_invalid", "errors.token_invalid");
  }
  if (row.expiresAt.getTime() < Date.now()) throw Gone("token_expired", "errors.token_expired");
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.useVerificationToken(tx, tokenHash))) return { status: "already_verified" as const };
    await account.setEmailVerifiedAt(tx, user.id, new Date());
    await recordAudit(tx, {
      tenantId: row.tenantId,
      actor: { kind: "anonymous" },
      action: "user.email_verified",
      targetType: "user",
      targetId: user.id,
      requestId: ctx.requestId,
    });
    return { status: "verified" as const };
  });
}
