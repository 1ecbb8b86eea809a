/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {
  "mail.footer.unsubscribe": "配信停止はこちら",
  "mail.footer.offboarding": "今後のご案内が不要な方はこちら",
  "mail.footer.sent_by": "このメールは {tenant} が Okaeri を通じてお送りしています。",
  "mail.footer.reason": "「{purpose}」の受け取りにご同意いただいた方にお送りしています。",
  "mail.purpose.company_news": "会社からのお知らせ",
  "mail.purpose.events": "イベントのご案内",
  "mail.purpose.community_news": "コミュニティの新着まとめ",
  "mail.purpose.job_opportunities": "求人・再入社のご案内",
  "mail.purpose.referral_requests": "知人紹介（リファラル）のお願い",
  "mail.purpose.alumni_visibility": "ほかのアルムナイへのプロフィール公開",
  "mail.test_prefix": "[テスト送信]",
  "mail.errors.unsubscribe_invalid": "この配信停止リンクは無効です。メールに記載のリンクをもう一度お開きください。",
  "mail.errors.empty_audience": "この配信目的に同意し、メールアドレスの確認を済ませたアルムナイがまだいないため、送信できません。",
  "mail.errors.not_retryable": "送信に失敗したメールだけを再送できます。",
  "mail.errors.duplicate_send": "同じ内容のお知らせを送信したばかりです。二重送信を防ぐため、お知らせ一覧で状況をご確認ください。",
  "mail.errors.not_scheduled": "このお知らせはすでに送信を開始したか、取り消されています。変更・取り消しができるのは予約中のお知らせだけです。",
  "mail.open_tracking_notice":
    "【お知らせメールの開封の計測について】当社は、お知らせメールが開封されたかどうかを把握するため、メールに小さな画像を含め、その読み込みの有無と日時を記録しています。記録は配信の改善にのみ利用します。画像を表示しない設定のメールソフトでは記録されません。",
  "mail.errors.header_line_break": "件名やメールアドレスに改行は使えません。",
} as const;

export const en: Record<keyof typeof ja, string> = {
  "mail.footer.unsubscribe": "Unsubscribe",
  "mail.footer.offboarding": "No longer wish to hear from us?",
  "mail.footer.sent_by": "This email was sent by {tenant} through Okaeri.",
  "mail.footer.reason": "You receive it because you agreed to receive {purpose}.",
  "mail.purpose.company_news": "company news",
  "mail.purpose.events": "event invitations",
  "mail.purpose.community_news": "the community digest",
  "mail.purpose.job_opportunities": "job opportunities",
  "mail.purpose.referral_requests": "referral requests",
  "mail.purpose.alumni_visibility": "visibility to other alumni",
  "mail.test_prefix": "[Test]",
  "mail.errors.unsubscribe_invalid": "This unsubscribe link is not valid. Please open the link in the email again.",
  "mail.errors.empty_audience": "No alumni have agreed to this purpose and verified their email address yet, so there is no one to send to.",
  "mail.errors.not_retryable": "Only messages that failed can be sent again.",
  "mail.errors.duplicate_send": "You just sent a newsletter with the same content. To avoid sending it twice, please check the newsletter list.",
  "mail.errors.not_scheduled": "This newsletter has already started sending or was cancelled. Only scheduled newsletters can be changed or cancelled.",
  "mail.open_tracking_notice":
    "Newsletter opens: our newsletters contain a small image so that we can see whether and when a newsletter was opened. We use this only to improve our newsletters. Nothing is recorded if your mail program does not load images.",
  "mail.errors.header_line_break": "Subjects and email addresses cannot contain line breaks.",
} as const;
