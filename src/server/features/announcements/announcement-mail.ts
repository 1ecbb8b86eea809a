import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type { Locale } from "../../../shared/locales";
import { translate } from "../../platform/i18n/messages";
import type { RenderedMail } from "../../platform/mail/templates";
import { escapeHtml } from "../../platform/mail/templates";
import { renderMarkdown } from "../../platform/markdown/render-markdown";

export interface AnnouncementCopy {
  tenantName: string;
  purpose: ConsentPurpose;
  subject: string;
  /** Markdown (older plain-text bodies are valid Markdown). */
  body: string;
}

/** HTML part: the Markdown rendered safely inside the mail layout; text part: the Markdown source, readable as is. */
export function renderAnnouncement(locale: Locale, copy: AnnouncementCopy): RenderedMail {
  const body = copy.body.replace(/\r\n?/g, "\n").trim();
  const sentBy = translate(locale, "mail.footer.sent_by", { tenant: copy.tenantName });
  const reason = translate(locale, "mail.footer.reason", { purpose: translate(locale, `mail.purpose.${copy.purpose}`) });
  const subject = locale === "ja" ? `【${copy.tenantName}】${copy.subject}` : `[${copy.tenantName}] ${copy.subject}`;
  const text = [body, "", "—", sentBy, reason].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
<div style="max-width:640px">${renderMarkdown(body)}</div>
<hr style="border:none;border-top:1px solid #d9e2ec">
<p style="font-size:12px;color:#52606d">${escapeHtml(sentBy)}<br>${escapeHtml(reason)}</p></body></html>`;
  return { subject, text, html };
}
