import { describe, expect, it } from "vitest";
import { foldForSearch, kanaSortKey, katakanaToHiragana, searchTermsOf, shortGramsOf } from "./japanese-text";

describe("Japanese text folding", () => {
  it("makes half-width katakana, full-width latin and katakana/hiragana meet", () => {
    expect(foldForSearch("ｴﾝｼﾞﾆｱ")).toBe(foldForSearch("エンジニア"));
    expect(foldForSearch("エンジニア")).toBe("えんじにあ");
    expect(foldForSearch("ＡＢＣ　Ｃｏｒｐ")).toBe("abccorp");
    expect(foldForSearch("タナカ")).toBe(foldForSearch("たなか"));
    expect(foldForSearch("ヴァイオリン")).toBe("ゔぁいおりん");
    expect(foldForSearch("山田・太郎")).toBe("山田太郎");
  });

  it("keeps what identifies a record: digits with leading zeros, emails", () => {
    expect(foldForSearch("００１２３")).toBe("00123");
    expect(foldForSearch("Tanaka.Ken@Example.JP")).toBe("tanaka.ken@example.jp");
  });

  it("folds katakana including the iteration marks, and leaves other text alone", () => {
    expect(katakanaToHiragana("ヽヾー漢字abc")).toBe("ゝゞー漢字abc");
  });

  it("splits queries into folded terms on ASCII and ideographic spaces", () => {
    expect(searchTermsOf(" 営業　ﾀﾅｶ  ")).toEqual(["営業", "たなか"]);
    expect(searchTermsOf("　 ")).toEqual([]);
  });

  it("gives the one- and two-character grams that short queries look for", () => {
    const grams = shortGramsOf(foldForSearch("営業部 林"));
    expect(grams).toEqual(expect.arrayContaining(["営", "林", "営業", "業部", "部林"]));
    expect(new Set(grams).size).toBe(grams.length);
  });

  it("sorts readings in gojūon order whatever the script", () => {
    const readings = ["ワタナベ", "あべ", "ｲﾄｳ", "カトウ", "さとう", "がとう"];
    expect([...readings].sort((a, b) => kanaSortKey(a).localeCompare(kanaSortKey(b), "en"))).toEqual(["あべ", "ｲﾄｳ", "カトウ", "がとう", "さとう", "ワタナベ"]);
  });
});
