import type { Locale } from "../../../shared/locales";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import { escapeHtml, type RenderedMail } from "../../platform/mail/templates";

export interface ReferredFacts {
  tenantName: string;
  alumnusName: string;
  referrerName: string;
  positionTitle: string;
}

/** To a former colleague who was referred: warm, polite (敬語), no pressure, a link to the job page. */
export function renderReferredMail(locale: Locale, facts: ReferredFacts, link: string): RenderedMail {
  const params = { tenant: facts.tenantName, name: facts.alumnusName, referrer: facts.referrerName, position: facts.positionTitle };
  const t = (key: MessageKey) => translate(locale, key, params);
  const lines = [
    t("referrals.mail.greeting"),
    "",
    t("referrals.mail.line1"),
    t("referrals.mail.line2"),
    t("referrals.mail.line3"),
    "",
    t("referrals.mail.line4"),
  ];
  const action = t("referrals.mail.action");
  const text = [...lines, "", `${action}: ${link}`].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${lines
  .filter(Boolean)
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join("\n")}
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p>
</body></html>`;
  return { subject: t("referrals.mail.subject").replace(/[\r\n]+/g, " "), text, html };
}
