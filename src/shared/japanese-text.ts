/**
 * Japanese-aware text folding for search and sorting, shared by the server (search columns) and the web
 * (highlighting). NFKC makes ｶﾀｶﾅ → カタカナ and ＡＢＣ → ABC; katakana is folded to hiragana so that
 * 「たなか」 and 「タナカ」 meet; case and spaces (also the ideographic space) are dropped.
 */
export function foldForSearch(text: string): string {
  return katakanaToHiragana(text.normalize("NFKC").toLowerCase()).replace(/[\s\u3000・]+/g, "");
}

const KATAKANA_START = 0x30a1; // ァ
const KATAKANA_END = 0x30f6; // ヶ
const KANA_OFFSET = 0x60;

export function katakanaToHiragana(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= KATAKANA_START && code <= KATAKANA_END) out += String.fromCodePoint(code - KANA_OFFSET);
    else if (char === "ヽ" || char === "ヾ") out += char === "ヽ" ? "ゝ" : "ゞ";
    else out += char;
  }
  return out;
}

/** Query terms as the search column stores them: folded, split on spaces, empty ones dropped. */
export function searchTermsOf(query: string): string[] {
  return query
    .normalize("NFKC")
    .split(/[\s\u3000]+/)
    .map(foldForSearch)
    .filter((term) => term.length > 0);
}

/**
 * The one- and two-character grams of a folded text. Trigram indexes cannot serve 「林」 or 「営業」,
 * so records also store these grams, and a short term matches by containment.
 */
export function shortGramsOf(folded: string): string[] {
  const chars = [...folded];
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return [...grams];
}

/** Sort key for a kana reading: hiragana code points follow the gojūon order (あいうえお…). */
export function kanaSortKey(reading: string): string {
  return foldForSearch(reading);
}
