import type { Locale } from "../../../shared/locales";
import type { Role } from "../../../shared/roles";
import type { MailCalendar } from "../../db/schema/mail";
import { assertHeaderSafe } from "./header-safe";

export interface MailTemplates {
  invitation: { tenantName: string; role: Role; link: string; expiresAt: string };
  magic_link: { tenantName: string; link: string; minutes: number };
  password_reset: { link: string; minutes: number };
}
export type TemplateName = keyof MailTemplates;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** An .ics invitation that travels with the message. */
  calendar?: MailCalendar;
}

interface Copy {
  subject: string;
  greeting: string;
  lines: string[];
  action: string;
  link: string;
  footer: string;
}

const ROLE_NAMES: Record<Locale, Record<Role, string>> = {
  ja: { admin: "管理者", hr: "人事担当", manager: "採用マネージャー", employee: "社員", alumnus: "アルムナイ" },
  en: { admin: "Admin", hr: "HR", manager: "Hiring manager", employee: "Employee", alumnus: "Alumni member" },
};

const FOOTER: Record<Locale, string> = {
  ja: "このメールは Okaeri から自動送信されています。お心当たりのない場合は、このメールを破棄してください。",
  en: "This email was sent automatically by Okaeri. If you did not expect it, you can safely ignore it.",
};

type CopyBuilders = { [K in TemplateName]: (vars: MailTemplates[K]) => Omit<Copy, "footer" | "link"> };

const COPY: Record<Locale, CopyBuilders> = {
  ja: {
    invitation: (v) => ({
      subject: `【${v.tenantName}】Okaeri へのご招待`,
      greeting: "こんにちは。",
      lines: [
        `${v.tenantName} の Okaeri に「${ROLE_NAMES.ja[v.role]}」として招待されました。`,
        "下のリンクからお名前とパスワードを設定して、ご参加ください。",
        `このリンクは ${v.expiresAt} まで、一度だけ有効です。`,
      ],
      action: "招待を受ける",
    }),
    magic_link: (v) => ({
      subject: `【${v.tenantName}】Okaeri ログインリンク`,
      greeting: "こんにちは。",
      lines: ["ログインのリクエストを受け付けました。", `下のリンクから ${v.minutes} 分以内にログインしてください(一度だけ有効です)。`],
      action: "ログインする",
    }),
    password_reset: (v) => ({
      subject: "Okaeri パスワード再設定のご案内",
      greeting: "こんにちは。",
      lines: ["パスワード再設定のリクエストを受け付けました。", `下のリンクから ${v.minutes} 分以内に新しいパスワードを設定してください。`],
      action: "パスワードを再設定する",
    }),
  },
  en: {
    invitation: (v) => ({
      subject: `[${v.tenantName}] You're invited to Okaeri`,
      greeting: "Hello,",
      lines: [
        `You have been invited to ${v.tenantName} on Okaeri as ${ROLE_NAMES.en[v.role]}.`,
        "Follow the link below to set your name and password.",
        `The link works once and is valid until ${v.expiresAt}.`,
      ],
      action: "Accept the invitation",
    }),
    magic_link: (v) => ({
      subject: `[${v.tenantName}] Your Okaeri sign-in link`,
      greeting: "Hello,",
      lines: ["We received a request to sign in.", `Use the link below within ${v.minutes} minutes (it works once).`],
      action: "Sign in",
    }),
    password_reset: (v) => ({
      subject: "Reset your Okaeri password",
      greeting: "Hello,",
      lines: ["We received a request to reset your password.", `Use the link below within ${v.minutes} minutes to choose a new one.`],
      action: "Reset password",
    }),
  },
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderMail<K extends TemplateName>(template: K, locale: Locale, vars: MailTemplates[K] & { link: string }): RenderedMail {
  const copy = (COPY[locale][template] as (v: MailTemplates[K]) => Omit<Copy, "footer" | "link">)(vars);
  const text = [copy.greeting, "", ...copy.lines, "", `${copy.action}: ${vars.link}`, "", "—", FOOTER[locale]].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP',sans-serif;color:#1f2933;line-height:1.7">
<p>${escapeHtml(copy.greeting)}</p>${copy.lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")}
<p><a href="${escapeHtml(vars.link)}" style="display:inline-block;padding:10px 18px;background:#0b7285;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(copy.action)}</a></p>
<p style="font-size:12px;color:#52606d">${escapeHtml(FOOTER[locale])}</p></body></html>`;
  return { subject: assertHeaderSafe("subject", copy.subject), text, html };
}
