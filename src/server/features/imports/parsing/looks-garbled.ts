import iconv from "iconv-lite";

export type GarbledKind = "replacement_character" | "utf8_read_as_cp932" | "utf8_read_as_latin1";

/**
 * Recognises mojibake left by decoding with the wrong encoding, so the wizard can explain it
 * ("this file looks like UTF-8 read as Shift_JIS") instead of importing it:
 * - CP932 read as UTF-8 leaves U+FFFD replacement characters;
 * - UTF-8 read as CP932 turns each kana/kanji lead pair (E3–E9, 80–BF) into a rare JIS level-2 kanji
 *   such as 縺, 繧, 繝, usually next to half-width katakana;
 * - UTF-8 read as Latin-1/Windows-1252 gives runs such as "ã‚¤" or "å±±".
 */
export function diagnoseGarbled(text: string): GarbledKind | null {
  // Checked first: UTF-8 read as CP932 also leaves some U+FFFD, for the byte pairs CP932 does not map.
  if (looksLikeUtf8ReadAsCp932(text)) return "utf8_read_as_cp932";
  if (text.includes("\uFFFD")) return "replacement_character";
  if ((text.match(LATIN1_MOJIBAKE) ?? []).length >= 2) return "utf8_read_as_latin1";
  return null;
}

export function looksGarbled(text: string): boolean {
  return diagnoseGarbled(text) !== null;
}

const LATIN1_MOJIBAKE =
  /[ãäåæçèé][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;

let utf8LeadPairs: ReadonlySet<string> | undefined;

/** The characters CP932 gives for the first two bytes of a UTF-8 kana or kanji (E3–E9 followed by 80–BF). */
function utf8LeadPairCharacters(): ReadonlySet<string> {
  if (!utf8LeadPairs) {
    const chars = new Set<string>();
    for (let lead = 0xe3; lead <= 0xe9; lead++) {
      for (let trail = 0x80; trail <= 0xbf; trail++) {
        const char = iconv.decode(Buffer.from([lead, trail]), "cp932");
        if (char.length === 1 && char !== "\uFFFD") chars.add(char);
      }
    }
    utf8LeadPairs = chars;
  }
  return utf8LeadPairs;
}

function looksLikeUtf8ReadAsCp932(text: string): boolean {
  const suspicious = utf8LeadPairCharacters();
  let hits = 0;
  let nonAscii = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (suspicious.has(char)) hits++;
  }
  return hits >= 2 && hits / nonAscii >= 0.15;
}
