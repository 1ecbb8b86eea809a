import type { Locale } from "../../../shared/locales";
import { translate } from "../../platform/i18n/messages";
import { escapeHtml, type RenderedMail } from "../../platform/mail/templates";

export interface OutreachMailFacts {
  tenantName: string;
  employeeName: string;
  requesterName: string;
  alumnusName: string;
  department: string;
  suggestedMessage: string;
}

/** An internal note to the employee: who to contact, and HR's suggested words (the employee writes personally). */
export function renderOutreachRequest(locale: Locale, facts: OutreachMailFacts, link: string): RenderedMail {
  const params = {
    tenant: facts.tenantName,
    employee: facts.employeeName,
    requester: facts.requesterName,
    alumnus: facts.alumnusName,
    department: facts.department,
  };
  const lines = [
    translate(locale, "colleagues.mail.greeting", params),
    "",
    translate(locale, "colleagues.mail.line1", params),
    translate(locale, "colleagues.mail.line2", params),
  ];
  const closing = translate(locale, "colleagues.mail.line3", params);
  const action = translate(locale, "colleagues.mail.action");
  const quoted = facts.suggestedMessage.split(/\r?\n/);
  const text = [...lines, "", ...quoted.map((line) => `> ${line}`), "", closing, "", `${action}: ${link}`].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${lines
  .filter(Boolean)
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join("\n")}
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #99e9f2;background:#f8f9fa;white-space:pre-wrap">${escapeHtml(facts.suggestedMessage)}</blockquote>
<p>${escapeHtml(closing)}</p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(action)}</a></p>
</body></html>`;
  return { subject: translate(locale, "colleagues.mail.subject", params).replace(/[\r\n]+/g, " "), text, html };
}
