import Encoding from "encoding-japanese";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeSample, detectEncoding } from "./detect-encoding";
import { smarthrCsv } from "./sample-exports-fixture";

const csv = smarthrCsv();

describe("detectEncoding", () => {
  it("recognises UTF-8 with a BOM by its BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, "utf8")]);
    expect(detectEncoding(bytes)).toEqual({ ok: true, encoding: "utf-8-bom", confidence: 1 });
  });

  it("recognises UTF-8 Japanese text without a BOM", () => {
    expect(detectEncoding(Buffer.from(csv, "utf8"))).toEqual({ ok: true, encoding: "utf-8", confidence: 0.99 });
  });

  it("treats ASCII-only text as UTF-8 with low confidence", () => {
    expect(detectEncoding(Buffer.from("id,email\n1,a@example.com\n"))).toEqual({ ok: true, encoding: "utf-8", confidence: 0.5 });
  });

  it("accepts a UTF-8 sample that ends in the middle of a character", () => {
    const bytes = Buffer.from(`${csv}山`, "utf8");
    for (const cut of [1, 2]) {
      expect(detectEncoding(bytes.subarray(0, bytes.length - cut))).toMatchObject({ ok: true, encoding: "utf-8" });
    }
  });

  it("recognises CP932, including NEC and IBM extension characters (髙, ①, ㈱)", () => {
    const bytes = iconv.encode(`${csv}1004,株式会社㈱,髙木\r\n`, "cp932");
    expect(detectEncoding(bytes)).toEqual({ ok: true, encoding: "cp932", confidence: 0.9 });
  });

  it("accepts a CP932 sample cut after a lead byte", () => {
    const bytes = iconv.encode(`${csv}山`, "cp932");
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(detectEncoding(cut)).toMatchObject({ ok: true, encoding: "cp932" });
    expect(decodeSample(cut, "cp932")).toBe(csv);
  });

  it("refuses bytes that are neither UTF-8 nor CP932", () => {
    expect(detectEncoding(Buffer.from([0x41, 0x2c, 0x85, 0x40, 0x2c, 0x42, 0x0a]))).toEqual({ ok: false, code: "unknown_encoding" });
  });

  it("names EUC-JP instead of decoding it as half-width katakana", () => {
    const bytes = Buffer.from(Encoding.convert(Buffer.from(csv, "utf8"), { to: "EUCJP", from: "UTF8" }));
    expect(detectEncoding(bytes)).toEqual({ ok: false, code: "unknown_encoding", hint: "euc-jp" });
  });

  it("names UTF-16, with or without a BOM (Excel's 'Unicode text')", () => {
    const utf16 = iconv.encode("社員番号\t氏名\r\n1001\tyamada\r\n", "utf16-le");
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]))).toEqual({ ok: false, code: "unknown_encoding", hint: "utf-16" });
    expect(detectEncoding(iconv.encode("id,name\r\n1,yamada\r\n2,sato\r\n", "utf16-le"))).toEqual({ ok: false, code: "unknown_encoding", hint: "utf-16" });
  });

  it("names ISO-2022-JP (JIS), which is 7-bit and would otherwise pass as ASCII", () => {
    const bytes = Buffer.from(Encoding.convert(Buffer.from("氏名,山田", "utf8"), { to: "JIS", from: "UTF8" }));
    expect(detectEncoding(bytes)).toEqual({ ok: false, code: "unknown_encoding", hint: "iso-2022-jp" });
  });

  it("refuses binary files and says when the file is an XLSX/zip or a legacy .xls", () => {
    expect(detectEncoding(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toEqual({ ok: false, code: "binary_file", hint: "zip" });
    expect(detectEncoding(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]))).toEqual({ ok: false, code: "binary_file", hint: "ole2" });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]);
    expect(detectEncoding(png)).toEqual({ ok: false, code: "binary_file" });
  });

  it("reports an empty file", () => {
    expect(detectEncoding(Buffer.alloc(0))).toEqual({ ok: false, code: "empty_file" });
  });
});

describe("decodeSample", () => {
  it("strips the BOM and drops a UTF-8 character cut at the end", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("氏名,山田", "utf8")]);
    expect(decodeSample(bytes, "utf-8-bom")).toBe("氏名,山田");
    expect(decodeSample(bytes.subarray(0, bytes.length - 1), "utf-8-bom")).toBe("氏名,山");
  });
});
