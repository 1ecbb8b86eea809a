/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {
  "colleagues.periods.to_before_from": "終了日は開始日以降の日付にしてください。",
  "colleagues.periods.several_open": "「現在も在籍」の期間は1つだけにしてください。",
  "colleagues.periods.overlap": "ほかの所属期間と重なっています。期間が重ならないように入力してください。",
  "colleagues.periods.too_many": "所属履歴は{max}件までです。",
  "colleagues.errors.member_is_alumnus": "アルムナイの所属履歴は、アルムナイ名簿で管理します。",
  "colleagues.errors.not_a_colleague":
    "この方は、所属履歴の上でこのアルムナイと同じ時期に同じ部署にいた社員ではありません。「一緒に働いていた社員」の一覧から選んでください。",
  "colleagues.errors.already_requested": "この社員には、このアルムナイへの声かけをすでにお願いしています（回答待ち）。",
  "colleagues.errors.not_interested": "「興味あり」と回答された声かけだけを選考に追加できます。",
  "colleagues.outcome.required": "声をかけた結果を選んでください。",
  "colleagues.outcome.not_applicable": "声をかけられなかった場合、結果は選べません。",
  "colleagues.mail.subject": "【{tenant}】元同僚の{alumnus}さんへの声かけのお願い",
  "colleagues.mail.greeting": "{employee}さん",
  "colleagues.mail.line1": "{requester}さんから、以前{department}で一緒に働いていた{alumnus}さんへの声かけのお願いが届いています。",
  "colleagues.mail.line2":
    "ご無理のない範囲で、近況をうかがうような気軽な連絡をしていただけると嬉しいです。メッセージの文案も用意していますので、自由に書き換えてお使いください。",
  "colleagues.mail.line3": "連絡がついたら（あるいは難しかった場合も）、結果を Okaeri に記録してください。",
  "colleagues.mail.action": "お願いを確認する",
  "colleagues.requester.someone": "人事担当",
} as const;

export const en: Record<keyof typeof ja, string> = {
  "colleagues.periods.to_before_from": "The end date must be on or after the start date.",
  "colleagues.periods.several_open": "Only one period can be marked as current.",
  "colleagues.periods.overlap": "This period overlaps another one. Periods must not overlap.",
  "colleagues.periods.too_many": "A department history can have at most {max} periods.",
  "colleagues.errors.member_is_alumnus": "Alumni's department histories are kept in the alumni directory.",
  "colleagues.errors.not_a_colleague":
    "According to the department histories, this person did not work in the same department as the alumnus at the same time. Choose someone from the former colleagues list.",
  "colleagues.errors.already_requested": "This person has already been asked to reach out to this alumnus and has not answered yet.",
  "colleagues.errors.not_interested": "Only outreach answered with “interested” can be added to the pipeline.",
  "colleagues.outcome.required": "Choose how it went.",
  "colleagues.outcome.not_applicable": "There is no result to choose when you could not reach out.",
  "colleagues.mail.subject": "[{tenant}] Could you reach out to your former colleague {alumnus}?",
  "colleagues.mail.greeting": "Hi {employee},",
  "colleagues.mail.line1": "{requester} asks whether you could get in touch with {alumnus}, who worked with you in {department}.",
  "colleagues.mail.line2":
    "A short, friendly note asking how they are doing is all it takes, and only if it feels natural. A suggested message is ready for you; change it as you like.",
  "colleagues.mail.line3": "Once you have been in touch (or if it was not possible), please record the result in Okaeri.",
  "colleagues.mail.action": "View the request",
  "colleagues.requester.someone": "HR",
};
