import { GRADUATION_PLACEHOLDERS, type GraduationTemplate } from "../../../shared/contracts/offboarding";
import type { Locale } from "../../../shared/locales";

export interface GraduationCopy {
  subject: string;
  body: string;
}

export interface GraduationVars {
  name: string;
  company: string;
  lastDay: string;
  link: string;
  expiresOn: string;
}

/** Okaeri's own wording: a warm goodbye (卒業) and an open door, in 敬語. */
export const DEFAULT_COPY: Record<GraduationTemplate, Record<Locale, GraduationCopy>> = {
  graduation_invitation: {
    ja: {
      subject: "【{{company}}】卒業生ネットワークへのご案内",
      body: [
        "{{name}} 様",
        "",
        "{{company}} 人事部です。",
        "ご退職にあたり、これまでのご尽力に心より感謝申し上げます。{{lastDay}}をもって新たな道へ進まれる{{name}}様を、社員一同、心から応援しております。",
        "",
        "私たちは、会社を離れた後も皆さまとのつながりを大切にし、いつでも「おかえりなさい」と言える関係でいたいと考えています。そこで、卒業生（アルムナイ）の皆さまのためのネットワークをご用意しました。社内の近況やイベントのお知らせ、求人情報などをお届けします。",
        "",
        "よろしければ、下記のリンクからご登録ください。登録は任意で、ご登録後もお知らせの受け取りはいつでも変更・停止いただけます。",
        "",
        "{{link}}",
        "",
        "※このリンクは{{expiresOn}}まで有効です。",
        "",
        "{{name}}様の今後ますますのご活躍をお祈り申し上げます。",
      ].join("\n"),
    },
    en: {
      subject: "[{{company}}] An invitation to our alumni network",
      body: [
        "Dear {{name}},",
        "",
        "Thank you sincerely for everything you have contributed to {{company}}. As you graduate from us on {{lastDay}}, all of us wish you the very best on your next journey.",
        "",
        "We would like to stay in touch, and we hope our door will always be open to you. That is why we have an alumni network: news from the company, events and job opportunities for our former colleagues.",
        "",
        "If you would like to join, please register with the link below. Joining is entirely optional, and you can change or stop what we send you at any time.",
        "",
        "{{link}}",
        "",
        "This link is valid until {{expiresOn}}.",
        "",
        "With our warmest wishes for the future,",
        "{{company}} HR",
      ].join("\n"),
    },
  },
  graduation_reminder: {
    ja: {
      subject: "【{{company}}】卒業生ネットワークへのご案内（再送）",
      body: [
        "{{name}} 様",
        "",
        "{{company}} 人事部です。先日お送りした卒業生ネットワークのご案内を、念のため再度お送りいたします。",
        "",
        "新しい環境でお忙しい毎日をお過ごしのことと存じます。ご登録いただくと、社内の近況やイベント、求人情報などをお届けいたします。私たちはいつでも「おかえりなさい」と言える関係でいたいと考えております。",
        "",
        "ご関心がございましたら、下記のリンクからご登録ください(登録は任意です)。",
        "",
        "{{link}}",
        "",
        "※このリンクは{{expiresOn}}まで有効です。",
        "",
        "すでにご登録済み、または今回はご遠慮される場合は、本メールは破棄していただいて差し支えございません。",
      ].join("\n"),
    },
    en: {
      subject: "[{{company}}] A reminder: our alumni network",
      body: [
        "Dear {{name}},",
        "",
        "We are sending our invitation to the {{company}} alumni network once more, in case it got lost in a busy inbox.",
        "",
        "As a member you will hear about company news, events and job opportunities. Our door is always open to you.",
        "",
        "If you are interested, please register with the link below (joining is optional).",
        "",
        "{{link}}",
        "",
        "This link is valid until {{expiresOn}}.",
        "",
        "If you have already registered or would rather not join, please disregard this email.",
      ].join("\n"),
    },
  },
};

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export type TemplateProblem = { field: "subject" | "body"; code: "unknown_placeholder" | "line_break" | "link_missing" | "required"; value?: string };

/** What is wrong with HR's wording: unknown placeholders, a line break in the subject, a body without the link. */
export function checkTemplate(copy: GraduationCopy): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (!copy.subject.trim()) problems.push({ field: "subject", code: "required" });
  if (!copy.body.trim()) problems.push({ field: "body", code: "required" });
  if (/[\r\n]/.test(copy.subject)) problems.push({ field: "subject", code: "line_break" });
  for (const field of ["subject", "body"] as const) {
    for (const match of copy[field].matchAll(PLACEHOLDER)) {
      const name = match[1] ?? "";
      if (!(GRADUATION_PLACEHOLDERS as readonly string[]).includes(name)) problems.push({ field, code: "unknown_placeholder", value: match[0] });
    }
  }
  if (copy.body.trim() && !/\{\{\s*link\s*\}\}/.test(copy.body)) problems.push({ field: "body", code: "link_missing" });
  return problems;
}

function fill(text: string, vars: GraduationVars): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? vars[name as keyof GraduationVars] : whole));
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const BUTTON: Record<Locale, string> = { ja: "卒業生ネットワークに登録する", en: "Join the alumni network" };

function button(link: string, locale: Locale): string {
  const href = escapeHtml(link);
  return `<a href="${href}" style="display:inline-block;padding:12px 22px;background:#0b7285;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(BUTTON[locale])}</a>`;
}

/**
 * Text: placeholders filled. HTML: every value escaped, blank-line separated paragraphs, line breaks kept,
 * and the link as a button where it stands alone on its line (a plain anchor inside a sentence).
 */
export function renderGraduationMail(copy: GraduationCopy, vars: GraduationVars, locale: Locale): { subject: string; text: string; html: string } {
  const subject = fill(copy.subject, vars)
    .replace(/[\r\n]+/g, " ")
    .trim();
  const body = copy.body.replace(/\r\n?/g, "\n");
  const text = fill(body, vars);
  const paragraphs = body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      if (/^\{\{\s*link\s*\}\}$/.test(block)) return `<p style="margin:24px 0">${button(vars.link, locale)}</p>`;
      const lines = block.split("\n").map((line) =>
        escapeHtml(line).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
          if (name === "link") return `<a href="${escapeHtml(vars.link)}">${escapeHtml(vars.link)}</a>`;
          return name in vars ? escapeHtml(vars[name as keyof GraduationVars]) : whole;
        }),
      );
      return `<p>${lines.join("<br>")}</p>`;
    });
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:'Noto Sans JP','Hiragino Sans',sans-serif;color:#1f2933;line-height:1.8;max-width:600px">
${paragraphs.join("\n")}
</body></html>`;
  return { subject, text, html };
}

/** Dates in mail: 2026年3月31日 / 31 March 2026, read in Tokyo. */
export function formatMailDate(value: Date | string, locale: Locale): string {
  const date = typeof value === "string" ? new Date(`${value}T00:00:00+09:00`) : value;
  return new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", { dateStyle: "long", timeZone: "Asia/Tokyo" }).format(date);
}

export function displayName(person: { familyName: string; givenName: string }, locale: Locale): string {
  return locale === "ja" ? `${person.familyName} ${person.givenName}` : `${person.givenName} ${person.familyName}`;
}
