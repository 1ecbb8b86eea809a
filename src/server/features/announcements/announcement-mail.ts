import type { ConsentPurpose } from "../../../shared/consent-purposes";
import type { Locale } from "../../../shared/locales";
import { translate } from "../../platform/i18n/messages";
import type { RenderedMail } from "../../platform/mail/templates";
import { escapeHtml } from "../../platform/mail/templates";

export interface AnnouncementCopy {
  tenantName: string;
  purpose: ConsentPurpose;
  subject: string;
  body: string;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Escapes a paragraph and turns its web addresses into links (the address itself is escaped, never trusted). */
function paragraphHtml(paragraph: string): string {
  let html = "";
  let last = 0;
  for (const match of paragraph.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += escapeHtml(paragraph.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}" style="color:#0b7285">${escapeHtml(url)}</a>`;
    last = (match.index ?? 0) + url.length;
  }
  html += escapeHtml(paragraph.slice(last));
  return html.replace(/\n/g, "<br>");
}

/** Plain text with paragraphs (blank lines) as written by HR, in both bodies; the outbox adds the unsubscribe link. */
export function renderAnnouncement(locale: Locale, copy: AnnouncementCopy): RenderedMail {
  const body = copy.body.replace(/\r\n?/g, "\n").trim();
  const paragraphs = body.split(/\n{2,}/);
  const sentBy = translate(locale, "mail.footer.sent_by", { tenant: copy.tenantName });
  const reason = translate(locale, "mail.footer.reason", { purpose: translate(locale, `mail.purpose.${copy.purpose}`) });
  const subject = locale === "ja" ? `【${copy.tenantName}】${copy.subject}` : `[${copy.tenantName}] ${copy.subject}`;
  const text = [body, "", "—", sentBy, reason].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
${paragraphs.map((p) => `<p>${paragraphHtml(p)}</p>`).join("\n")}
<hr style="border:none;border-top:1px solid #d9e2ec">
<p style="font-size:12px;color:#52606d">${escapeHtml(sentBy)}<br>${escapeHtml(reason)}</p></body></html>`;
  return { subject, text, html };
}
