import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { diagnoseGarbled, looksGarbled } from "./looks-garbled";
import { smarthrCsv } from "./sample-exports-fixture";

const csv = smarthrCsv();

describe("looksGarbled", () => {
  it("accepts correctly decoded Japanese text, half-width katakana included", () => {
    expect(looksGarbled(iconv.decode(Buffer.from(csv, "utf8"), "utf8"))).toBe(false);
    expect(looksGarbled(iconv.decode(iconv.encode(csv, "cp932"), "cp932"))).toBe(false);
    expect(looksGarbled("1001,ﾔﾏﾀﾞ ﾀﾛｳ,営業部,自己都合退職")).toBe(false);
    expect(looksGarbled("Müller,José,São Paulo")).toBe(false);
  });

  it("recognises a UTF-8 file decoded as CP932 (縺・繧・ style mojibake)", () => {
    const garbled = iconv.decode(Buffer.from(csv, "utf8"), "cp932");
    expect(garbled).toMatch(/[縺繧繝]/);
    expect(diagnoseGarbled(garbled)).toBe("utf8_read_as_cp932");
  });

  it("recognises it from the header row alone, even with kanji only", () => {
    const header = iconv.decode(Buffer.from("社員番号,氏名,生年月日,退職日,部署", "utf8"), "cp932");
    expect(diagnoseGarbled(header)).not.toBeNull();
    expect(looksGarbled(iconv.decode(Buffer.from("社員番号,姓,名,退職年月日", "utf8"), "cp932"))).toBe(true);
  });

  it("recognises a CP932 file decoded as UTF-8 by its replacement characters", () => {
    const garbled = iconv.decode(iconv.encode(csv, "cp932"), "utf8");
    expect(diagnoseGarbled(garbled)).toBe("replacement_character");
  });

  it("recognises UTF-8 decoded as Windows-1252", () => {
    expect(diagnoseGarbled(iconv.decode(Buffer.from("山田太郎,営業部", "utf8"), "win1252"))).toBe("utf8_read_as_latin1");
  });
});
