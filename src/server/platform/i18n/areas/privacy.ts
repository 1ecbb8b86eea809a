/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {
  "privacy.errors.request_closed": "この依頼はすでに完了または却下されています。",
  "privacy.errors.transition_not_allowed": "現在の状態からは、この状態に変更できません。",
  "privacy.errors.erasure_required": "削除の依頼は、「削除を実行」で個人データを削除すると完了します。",
  "privacy.errors.subject_gone": "この方のデータはすでに削除されています。",
  "privacy.errors.not_erasure": "この依頼は削除の依頼ではありません。",
  "privacy.errors.not_export": "この依頼は開示の依頼ではありません。",
  "privacy.errors.confirmation_mismatch": "確認のため、表示されている氏名をそのまま入力してください。",
  "privacy.errors.reason_required": "理由を入力してください。",
  "privacy.errors.months_range": "1〜240か月の範囲で入力するか、「無期限」を選んでください。",
} as const;

export const en: Record<keyof typeof ja, string> = {
  "privacy.errors.request_closed": "This request has already been completed or rejected.",
  "privacy.errors.transition_not_allowed": "The request cannot move to that status from its current one.",
  "privacy.errors.erasure_required": "An erasure request is completed by erasing the person's data with “Erase”.",
  "privacy.errors.subject_gone": "This person's data has already been erased.",
  "privacy.errors.not_erasure": "This request is not an erasure request.",
  "privacy.errors.not_export": "This request is not an export request.",
  "privacy.errors.confirmation_mismatch": "To confirm, type the person's name exactly as shown.",
  "privacy.errors.reason_required": "Please enter a reason.",
  "privacy.errors.months_range": "Enter 1–240 months, or choose “off”.",
};
