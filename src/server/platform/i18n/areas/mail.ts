/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {
  "mail.footer.unsubscribe": "配信停止はこちら",
  "mail.footer.offboarding": "今後のご案内が不要な方はこちら",
  "mail.footer.sent_by": "このメールは {tenant} が Okaeri を通じてお送りしています。",
  "mail.footer.reason": "「{purpose}」の受け取りにご同意いただいた方にお送りしています。",
  "mail.purpose.company_news": "会社からのお知らせ",
  "mail.purpose.events": "イベントのご案内",
  "mail.purpose.job_opportunities": "求人・再入社のご案内",
  "mail.purpose.referral_requests": "知人紹介（リファラル）のお願い",
  "mail.purpose.alumni_visibility": "ほかのアルムナイへのプロフィール公開",
  "mail.test_prefix": "[テスト送信]",
  "mail.errors.unsubscribe_invalid": "この配信停止リンクは無効です。メールに記載のリンクをもう一度お開きください。",
  "mail.errors.empty_audience": "この配信目的に同意し、メールアドレスの確認を済ませたアルムナイがまだいないため、送信できません。",
  "mail.errors.not_retryable": "送信に失敗したメールだけを再送できます。",
  "mail.errors.header_line_break": "件名やメールアドレスに改行は使えません。",
} as const;

export const en: Record<keyof typeof ja, string> = {
  "mail.footer.unsubscribe": "Unsubscribe",
  "mail.footer.offboarding": "No longer wish to hear from us?",
  "mail.footer.sent_by": "This email was sent by {tenant} through Okaeri.",
  "mail.footer.reason": "You receive it because you agreed to receive {purpose}.",
  "mail.purpose.company_news": "company news",
  "mail.purpose.events": "event invitations",
  "mail.purpose.job_opportunities": "job opportunities",
  "mail.purpose.referral_requests": "referral requests",
  "mail.purpose.alumni_visibility": "visibility to other alumni",
  "mail.test_prefix": "[Test]",
  "mail.errors.unsubscribe_invalid": "This unsubscribe link is not valid. Please open the link in the email again.",
  "mail.errors.empty_audience": "No alumni have agreed to this purpose and verified their email address yet, so there is no one to send to.",
  "mail.errors.not_retryable": "Only messages that failed can be sent again.",
  "mail.errors.header_line_break": "Subjects and email addresses cannot contain line breaks.",
} as const;
