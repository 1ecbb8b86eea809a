/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {
  "referrals.errors.position_closed": "この求人は現在募集していないため、ご紹介いただけません。",
  "referrals.errors.link_position_closed": "この求人の募集は終了しました。",
  "referrals.errors.link_unknown": "このリンクは無効です。URLをご確認ください。",
  "referrals.errors.consent_withdrawn": "この方はリファラルのご依頼への同意を取り下げています。ご紹介いただくことはできません。",
  "referrals.errors.not_consented": "この方はリファラルのご依頼に同意していないため、ご紹介いただくことはできません。",
  "referrals.errors.already_referred": "この方はすでにこの求人にご紹介いただいています。「紹介の状況」からご確認ください。",
  "referrals.errors.contact_required": "メールアドレスか電話番号のどちらかを入力してください。",
  "referrals.errors.person_must_know": "ご本人の了承を得てからご紹介ください。ご本人の個人情報をお預かりするため、ご本人が紹介を知っていることが必要です。",
  "referrals.errors.privacy_consent_required": "個人情報の取り扱いに同意いただく必要があります。",
  "referrals.errors.validity_range": "有効期間は30日から730日の範囲で指定してください。",
  "referrals.mail.subject": "【{tenant}】{referrer}さんがあなたを「{position}」にご紹介しました",
  "referrals.mail.greeting": "{name} 様",
  "referrals.mail.line1": "ご無沙汰しております。{tenant}でございます。",
  "referrals.mail.line2": "以前ご一緒していた{referrer}さんが、{name} 様を「{position}」のポジションにご紹介くださいました。",
  "referrals.mail.line3":
    "ご興味がございましたら、下のリンクから求人の内容をご覧ください。選考ではなく、まずはカジュアルにお話しするところからでも歓迎いたします。もちろん、今はご関心がなければ、このままお読み流しいただいて差し支えございません。",
  "referrals.mail.line4": "いつでもおかえりなさい。",
  "referrals.mail.action": "求人を見る",
} as const;

export const en: Record<keyof typeof ja, string> = {
  "referrals.errors.position_closed": "This position is not open, so it cannot take referrals.",
  "referrals.errors.link_position_closed": "This position is no longer open.",
  "referrals.errors.link_unknown": "This link is not valid. Please check the URL.",
  "referrals.errors.consent_withdrawn": "This person has withdrawn their consent to referral requests, so they cannot be referred.",
  "referrals.errors.not_consented": "This person has not agreed to referral requests, so they cannot be referred.",
  "referrals.errors.already_referred": "You have already referred this person to this position. See “My referrals” for where it stands.",
  "referrals.errors.contact_required": "Enter an email address or a phone number.",
  "referrals.errors.person_must_know": "Please ask the person before referring them. We keep their personal data, so they need to know about the referral.",
  "referrals.errors.privacy_consent_required": "Please agree to how your personal data is handled.",
  "referrals.errors.validity_range": "The validity must be between 30 and 730 days.",
  "referrals.mail.subject": "[{tenant}] {referrer} referred you for “{position}”",
  "referrals.mail.greeting": "Dear {name},",
  "referrals.mail.line1": "It has been a while — this is {tenant}.",
  "referrals.mail.line2": "Your former colleague {referrer} has referred you for our “{position}” position.",
  "referrals.mail.line3":
    "If you are curious, the link below shows the position. No selection needed to start: a casual conversation is very welcome. And if now is not the time, there is nothing you need to do.",
  "referrals.mail.line4": "Our door is always open.",
  "referrals.mail.action": "See the position",
} as const;
