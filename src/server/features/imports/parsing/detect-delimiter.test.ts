import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./detect-delimiter";
import { smarthrCsv } from "./sample-exports-fixture";

describe("detectDelimiter", () => {
  it("finds the comma of a SmartHR-style export whose quoted cells contain commas", () => {
    const csv = smarthrCsv();
    expect(csv).toContain('"開発部,第一課"');
    expect(detectDelimiter(csv)).toEqual({ ok: true, delimiter: ",", confidence: 1 });
  });

  it("finds the tab of a freee-style tab-separated export, commas in cells notwithstanding", () => {
    const tsv =
      "従業員番号\t姓\t名\t住所\t退職日\r\n1001\t山田\t太郎\t東京都港区芝公園1-2-3, 5F\t2023/03/31\r\n1002\t佐藤\t花子\t大阪市北区, 梅田\t2024/01/15\r\n";
    expect(detectDelimiter(tsv)).toEqual({ ok: true, delimiter: "\t", confidence: 1 });
  });

  it("finds a semicolon", () => {
    expect(detectDelimiter("id;name;left\n1;Yamada, Taro;2023-03-31\n2;Sato;2024-01-15\n")).toEqual({ ok: true, delimiter: ";", confidence: 1 });
  });

  it("keeps quoted line breaks inside one record", () => {
    const csv = 'id,note,left\n1,"line one\nline two, still note",2023-03-31\n2,short,2024-01-15\n';
    expect(detectDelimiter(csv)).toEqual({ ok: true, delimiter: ",", confidence: 1 });
  });

  it("ignores a last line cut by the sample", () => {
    const sample = "id,name,left\n1,山田,2023-03-31\n2,佐藤,2024-01-15\n3,鈴";
    expect(detectDelimiter(sample)).toEqual({ ok: true, delimiter: ",", confidence: 1 });
  });

  it("reports the share of records that agree with the header", () => {
    const result = detectDelimiter("a,b,c\n1,2,3\n1,2,3\n1,2\n");
    expect(result).toEqual({ ok: true, delimiter: ",", confidence: 0.75 });
  });

  it("accepts a header-only file", () => {
    expect(detectDelimiter("社員番号\t氏名\t退職日")).toEqual({ ok: true, delimiter: "\t", confidence: 1 });
  });

  it("fails on a single column or on text whose lines disagree", () => {
    expect(detectDelimiter("氏名\n山田\n佐藤\n")).toEqual({ ok: false, code: "unknown_delimiter" });
    expect(detectDelimiter("a,b\n1\n2\n3\n")).toEqual({ ok: false, code: "unknown_delimiter" });
    expect(detectDelimiter("")).toEqual({ ok: false, code: "unknown_delimiter" });
  });
});
