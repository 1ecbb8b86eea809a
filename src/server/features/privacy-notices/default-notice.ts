/**
 * Okaeri's default privacy notice (version 1 of every tenant until HR publishes its own), written along the
 * lines of the Act on the Protection of Personal Information (個人情報保護法). Light Markdown: headings, lists.
 * Each purpose matches a consent purpose in src/shared/consent-purposes.ts.
 */
export function defaultNoticeJa(company: string): string {
  return `# アルムナイ(卒業生)ネットワークにおける個人情報の取扱いについて

${company}(以下「当社」といいます)は、当社を退職された皆さま(以下「アルムナイ」といいます)とのつながりを大切にし、アルムナイネットワーク「Okaeri」を運営しています。当社は、個人情報の保護に関する法律その他の関係法令を遵守し、以下のとおり皆さまの個人情報を取り扱います。

## 1. 個人情報取扱事業者
${company}
アルムナイネットワークに関する個人情報の管理責任者は、当社人事部門の責任者とします。

## 2. 取得する個人情報
- 在籍時の情報:氏名(フリガナを含む)、社員番号、所属部署、役職、入社日・退職日、在籍時の業務用メールアドレス
- ご登録いただく情報:個人のメールアドレス、パスワード(復元できない形式で保存します)、電話番号、スキル、退職後のご経歴、現在の勤務先、復職へのご関心
- 退職時アンケートのご回答(退職の理由、復職のお考えなど)
- 各利用目的への同意・不同意の記録と、その日時および同意時のプライバシーポリシーの版
- ご利用の記録(ログイン日時、メールの配信記録など)
要配慮個人情報(信条、病歴など)をご提供いただく必要はありません。

## 3. 利用目的
当社は、取得した個人情報を次の目的の範囲内で利用します。2(a)〜(e)の目的は、それぞれ個別にご同意いただいた場合に限り利用し、同意はいつでも撤回できます。
1. アルムナイネットワークのアカウントの管理、ご本人確認、お問い合わせへの対応(サービスの提供に必要な範囲)
2. ご同意いただいた目的での連絡
   - (a) 会社からのお知らせ:当社の近況やニュースのお知らせ
   - (b) イベント:アルムナイ向けイベントや交流会のご案内
   - (c) 求人情報:復職(再雇用)を含む求人・ポジションのご案内
   - (d) リファラルのお願い:お知り合いのご紹介についてのご相談
   - (e) アルムナイへの公開:他のアルムナイの皆さまへのプロフィールの公開
3. 退職時アンケートの集計・分析による職場環境の改善(統計的に処理し、個人を特定しない形で利用します)
4. 法令に基づく対応および当社の権利の保護

## 4. 第三者提供
当社は、法令に基づく場合を除き、ご本人の同意なく個人情報を第三者に提供しません。本サービスの運営のためにシステムの保守・メール配信などを外部に委託する場合は、委託先を適切に監督します。

## 5. 保存期間
個人情報は、利用目的の達成に必要な期間に限り保存し、当社が定める保存期間(例:退職時アンケートの回答は36か月、送信済みメールの本文は12か月)を経過したものは順次削除します。アカウントの削除をご依頼いただいた場合は、法令上保存が必要なものを除き、速やかに削除します。

## 6. 安全管理措置
当社は、アクセス権限の管理、通信の暗号化、操作記録の保存など、個人情報の漏えい・滅失・毀損を防止するための措置を講じます。

## 7. 開示・訂正・利用停止・削除のご請求
ご本人は、当社が保有する個人データについて、開示(データの提供を含む)、内容の訂正・追加・削除、利用の停止・消去、第三者提供の停止を請求することができます。
- 開示:アルムナイポータルの「マイデータ」から、当社が保有する情報をJSONまたはCSVでいつでもダウンロードできます。
- 訂正:ポータルの「プロフィール」で直接修正できます。修正できない項目は下記窓口までご連絡ください。
- 利用停止:ポータルの「同意の管理」で目的ごとに同意を撤回できます。各メールの配信停止リンクからも停止できます。
- 削除:ポータルの「アカウントの削除」からご依頼いただけます。
ご請求には、受付から原則1か月以内に対応いたします。

## 8. お問い合わせ窓口
${company} 人事部門 アルムナイネットワーク担当
ポータルのお問い合わせ、または当社人事部門までご連絡ください。

## 9. 本ポリシーの改定
本ポリシーを改定した場合は、新しい版をポータルに掲載し、次回ログイン時にご確認をお願いします。
`;
}

export function defaultNoticeEn(company: string): string {
  return `# How we handle personal information in our alumni network

${company} ("we") values staying in touch with the people who have left us ("alumni") and runs the Okaeri alumni network. We handle your personal information in line with Japan's Act on the Protection of Personal Information (APPI) and related laws, as described below.

## 1. Who is responsible
${company} is the business operator handling your personal information. The head of our HR department is responsible for personal information in the alumni network.

## 2. What we hold
- From your employment: name (including its reading), employee number, department, job title, hire and leave dates, and your former work email address
- What you register: private email address, password (stored in a form that cannot be reversed), phone number, skills, career since leaving, current employer, and interest in returning
- Your answers to the exit survey (why you left, whether you would consider returning, and similar)
- Records of each consent you give or decline, with the date and the version of this notice
- Usage records (sign-in times, records of emails sent to you)
We never ask for sensitive personal information (such as beliefs or medical history).

## 3. Why we use it
We use your personal information only for the following purposes. Purposes 2(a)–(e) apply only where you have agreed to each one separately, and you can withdraw each agreement at any time.
1. Running your alumni account, confirming your identity and answering your questions (what the service needs to work)
2. Contacting you for the purposes you agreed to:
   - (a) Company news: updates and news about the company
   - (b) Events: invitations to alumni events and get-togethers
   - (c) Job opportunities: open positions, including rejoining us
   - (d) Referral requests: asking whether you know someone who might fit a role
   - (e) Visibility to other alumni: showing your profile to other alumni
3. Improving our workplace from exit survey results (processed statistically; individuals are not identified)
4. Complying with the law and protecting our rights

## 4. Sharing with others
We do not give your personal information to third parties without your consent, except where the law requires it. Where we outsource work such as system maintenance or email delivery, we supervise those contractors appropriately.

## 5. How long we keep it
We keep personal information only as long as its purpose requires, and delete it once our retention periods have passed (for example, exit survey answers after 36 months and the bodies of sent emails after 12 months). When you ask us to delete your account, we delete your data promptly, except what the law requires us to keep.

## 6. How we protect it
We control access rights, encrypt connections and keep records of operations to prevent leaks, loss or damage.

## 7. Your rights: access, correction, suspension of use and deletion
You may ask us to disclose the personal data we hold about you (including a copy of it), to correct, add to or delete it, to stop using or erase it, and to stop providing it to third parties.
- Access: download everything we hold about you as JSON or CSV at any time from "My data" in the alumni portal.
- Correction: edit your details directly under "Profile" in the portal; contact us below for anything you cannot edit.
- Stop use: withdraw each consent under "Consents" in the portal, or use the unsubscribe link in any email.
- Deletion: ask for it under "Delete my account" in the portal.
We respond to requests within one month of receiving them.

## 8. Contact
${company}, HR department, alumni network team
Use the contact option in the portal, or get in touch with our HR department.

## 9. Changes to this notice
When we change this notice, we publish the new version in the portal and ask you to review it at your next sign-in.
`;
}
