/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {
  "positions.errors.hiring_manager_invalid": "採用責任者には、この会社の管理者・人事担当者・マネージャーのいずれかを選んでください。",
  "positions.errors.invalid_transition": "この求人は現在の状態からその状態には変更できません。画面を読み込み直してください。",
  "positions.errors.not_draft": "削除できるのは下書きの求人だけです。公開した求人は「募集を終了」にしてください。",
  "positions.errors.no_job_consent": "求人情報をご覧いただくには、「同意の設定」で「求人・再入社のご案内」を有効にしてください。設定はいつでも変更できます。",
  "positions.errors.already_applied": "すでに応募済みです。選考の状況は「応募状況」からご確認いただけます。",
  "positions.errors.position_closed": "この求人は募集を終了しました。ほかの求人もぜひご覧ください。",
  "positions.errors.needs_person": "この操作はログインしているご本人のみ行えます。",
  "positions.match.skills": "あなたのスキル: {skills} が一致",
  "positions.match.department": "以前の所属（{department}）と同じ部署です",
  "positions.match.separator": ", ",
  "positions.campaign.subject": "【{tenant}】いつでもおかえりなさい — アルムナイの皆さまへ求人のご案内",
  "positions.campaign.intro":
    "{tenant}を卒業された皆さま、いかがお過ごしでしょうか。\n\n私たちは、いつでも皆さまの「おかえりなさい」をお待ちしています。このたび、アルムナイの皆さま向けの求人ページを公開しました。これまでのご経験やスキルに合う求人から順にご覧いただけます。\n\n「まずは話を聞いてみたい」という方は、カジュアル面談もお気軽にご利用ください。選考ではありませんので、近況報告のつもりでお話しできれば幸いです。",
  "positions.campaign.listTitle": "現在募集中の求人",
  "positions.campaign.noPositions": "現在募集中の求人はありません。新しい求人は求人ページでお知らせします。",
  "positions.campaign.boardLink": "求人ページを見る",
  "positions.campaign.outro":
    "「復帰に前向き」と設定していただくと、ご希望に合う求人があったときに人事部からご連絡しやすくなります。皆さまとまたご一緒できる日を楽しみにしています。",
} as const;

export const en: Record<keyof typeof ja, string> = {
  "positions.errors.hiring_manager_invalid": "Choose an admin, HR person or manager of this company as the hiring manager.",
  "positions.errors.invalid_transition": "This position cannot move from its current status to that one. Please reload the page.",
  "positions.errors.not_draft": "Only draft positions can be deleted. Close a published position instead.",
  "positions.errors.no_job_consent": "To see job openings, turn on “Job opportunities” in your consent settings. You can change this at any time.",
  "positions.errors.already_applied": "You have already applied. You can follow it under “My applications”.",
  "positions.errors.position_closed": "This position is no longer open. Have a look at the other openings.",
  "positions.errors.needs_person": "Only the signed-in person can do this.",
  "positions.match.skills": "Your skills {skills} match",
  "positions.match.department": "Same department you worked in ({department})",
  "positions.match.separator": ", ",
  "positions.campaign.subject": "[{tenant}] Welcome back, any time — job openings for our alumni",
  "positions.campaign.intro":
    "To everyone who has graduated from {tenant}: we hope you are doing well.\n\nOur door is always open, and we would love to welcome you back. We have opened a job board for our alumni, where openings that fit your experience and skills come first.\n\nIf you would rather just talk first, book a casual talk. It is not a selection interview — simply a chance to catch up.",
  "positions.campaign.listTitle": "Open positions",
  "positions.campaign.noPositions": "There are no open positions right now. New ones will appear on the job board.",
  "positions.campaign.boardLink": "See the job board",
  "positions.campaign.outro":
    "If you mark yourself as open to returning, our HR team can reach out when something fits what you are looking for. We look forward to working with you again.",
};
