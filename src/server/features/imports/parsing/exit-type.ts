import { foldForSearch } from "../../../../shared/japanese-text";

export const EXIT_TYPES = ["voluntary", "contract_end", "retirement", "company_initiated", "other"] as const;
export type ExitType = (typeof EXIT_TYPES)[number];

// Matched against folded text (NFKC, lower case, katakana as hiragana). Order matters: 休職期間満了 ends a
// leave, not a contract, so it is tested before 期間満了.
const RULES: readonly (readonly [RegExp, ExitType])[] = [
  [/休職期間満了|死亡|転籍|その他|other/, "other"],
  [/定年|retire/, "retirement"],
  [/契約.*満了|期間満了|任期満了|雇止|雇い止|有期.*終了|contract/, "contract_end"],
  [/会社都合|解雇|希望退職|退職勧奨|勧奨退職|人員整理|整理解雇|りすとら|倒産|事業.*(廃止|縮小|閉鎖)|company|dismiss|layoff/, "company_initiated"],
  [/自己都合|依願|自主|本人都合|一身上|転職|辞職|voluntary|resign/, "voluntary"],
];

/**
 * Maps the exit reasons of Japanese HR systems (自己都合退職, 契約期間満了, 定年退職, 会社都合, 懲戒解雇,
 * 希望退職, その他 …) to an exit type; null when the value is empty or not recognised, so the wizard can
 * ask instead of guessing.
 */
export function normaliseExitType(value: string): ExitType | null {
  const text = foldForSearch(value).replace(/[()【】[\]「」]/g, "");
  if (text === "") return null;
  if ((EXIT_TYPES as readonly string[]).includes(text)) return text as ExitType;
  return RULES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
