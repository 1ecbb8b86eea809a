import { Readable } from "node:stream";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectDelimiter } from "./detect-delimiter";
import { decodeSample, detectEncoding } from "./detect-encoding";
import { detectPreset } from "./header-presets";
import { ImportFileError } from "./import-file-error";
import type { ImportRow } from "./import-row";
import { looksGarbled } from "./looks-garbled";
import { parseJapaneseDate } from "./parse-japanese-date";
import { type ReadCsvOptions, readCsvRows } from "./read-rows";
import { SAMPLE_PEOPLE, smarthrCsv } from "./sample-exports-fixture";

/** Feeds the bytes in small pieces, so multi-byte characters and records are split across chunks. */
function chunked(bytes: Buffer, size = 7): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks);
}

async function collect(input: Readable, options: ReadCsvOptions): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of readCsvRows(input, options)) rows.push(row);
  return rows;
}

const expectedCells = (i: number) => {
  const p = SAMPLE_PEOPLE[i]!;
  return [p.number, p.family, p.given, p.familyKana, p.givenKana, p.email, p.department, p.hired, p.left, p.exit];
};

describe("readCsvRows", () => {
  it("reads a CP932 SmartHR export split into tiny chunks", async () => {
    const rows = await collect(chunked(iconv.encode(smarthrCsv(), "cp932")), { encoding: "cp932", delimiter: "," });
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ kind: "row", rowNumber: 1, cells: expect.arrayContaining(["社員番号", "姓（ヨミガナ）", "退職年月日"]) });
    expect(rows.slice(1)).toEqual([0, 1, 2].map((i) => ({ kind: "row", rowNumber: i + 2, cells: expectedCells(i) })));
  });

  it("reads UTF-8 with a BOM, leaving no BOM in the first header", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(smarthrCsv(), "utf8")]);
    const rows = await collect(chunked(bytes, 2), { encoding: "utf-8-bom", delimiter: "," });
    expect(rows[0]).toMatchObject({ cells: expect.arrayContaining(["社員番号"]) });
    expect(rows[0]?.kind === "row" && rows[0].cells[0]).toBe("社員番号");
    expect(rows).toHaveLength(4);
  });

  it("reads UTF-8 without a BOM and a tab-separated freee-style export", async () => {
    const tsv = "従業員番号\t姓\t名\t退職日\n1001\t山田\t太郎\t2023/03/31\n1002\t佐藤\t花子\t2024/01/15\n";
    const rows = await collect(chunked(Buffer.from(tsv, "utf8"), 5), { encoding: "utf-8", delimiter: "\t" });
    expect(rows.map((row) => row.kind === "row" && row.cells)).toEqual([
      ["従業員番号", "姓", "名", "退職日"],
      ["1001", "山田", "太郎", "2023/03/31"],
      ["1002", "佐藤", "花子", "2024/01/15"],
    ]);
  });

  it("trims cells, full-width spaces included, and keeps quoted delimiters and line breaks", async () => {
    const csv = 'id,name,note\n 1 ,\u3000山田 太郎\u3000,"東京都港区, 5F\n受付経由"\n';
    const rows = await collect(Readable.from([csv]), { encoding: "utf-8", delimiter: "," });
    expect(rows[1]).toEqual({ kind: "row", rowNumber: 2, cells: ["1", "山田 太郎", "東京都港区, 5F\n受付経由"] });
  });

  it("reports rows with the wrong number of cells by their Excel row number, and keeps reading", async () => {
    const csv = [
      "社員番号,氏名,退職日",
      "1001,山田 太郎,2023/03/31",
      '1002,"佐藤\n花子",2024/01/15',
      "",
      "1003,鈴木",
      "1004,田中,2024/02/01,余分",
      ",,",
      "1005,伊藤,2024/03/31",
    ].join("\r\n");
    const rows = await collect(Readable.from([Buffer.from(csv)]), { encoding: "utf-8", delimiter: "," });
    expect(rows).toEqual([
      { kind: "row", rowNumber: 1, cells: ["社員番号", "氏名", "退職日"] },
      { kind: "row", rowNumber: 2, cells: ["1001", "山田 太郎", "2023/03/31"] },
      { kind: "row", rowNumber: 3, cells: ["1002", "佐藤\n花子", "2024/01/15"] },
      { kind: "row_error", rowNumber: 5, code: "column_count_mismatch", expected: 3, actual: 2 },
      { kind: "row_error", rowNumber: 6, code: "column_count_mismatch", expected: 3, actual: 4 },
      { kind: "row", rowNumber: 8, cells: ["1005", "伊藤", "2024/03/31"] },
    ]);
  });

  it("stops on an unclosed quote with the row where it starts", async () => {
    const csv = 'id,name\n1,yamada\n2,"sato\n3,suzuki\n';
    const error = await collect(Readable.from([csv]), { encoding: "utf-8", delimiter: "," }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ code: "malformed_csv", rowNumber: 3 });
  });

  it("stops when one record grows past the size limit", async () => {
    const csv = `id,name\n1,"${"x".repeat(5000)}`;
    const error = await collect(Readable.from([csv]), { encoding: "utf-8", delimiter: ",", maxRecordSize: 1000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "record_too_large", rowNumber: 2 });
  });

  it("passes on errors of the input stream", async () => {
    const input = new Readable({
      read() {
        this.destroy(new Error("disk went away"));
      },
    });
    await expect(collect(input, { encoding: "utf-8", delimiter: "," })).rejects.toThrow("disk went away");
  });

  it("streams 10,000 CP932 rows lazily: the first row arrives before the file has been read", async () => {
    const total = 10_000;
    const perChunk = 100;
    let produced = 0;
    async function* source() {
      yield iconv.encode("社員番号,姓,名,退職年月日,退職事由\r\n", "cp932");
      for (let start = 1; start <= total; start += perChunk) {
        produced++;
        let text = "";
        for (let n = start; n < start + perChunk; n++) text += `${n},山田,太郎${n},2023/03/31,自己都合退職\r\n`;
        yield iconv.encode(text, "cp932");
      }
    }
    const rows = readCsvRows(Readable.from(source()), { encoding: "cp932", delimiter: "," });
    const header = await rows.next();
    expect(header.value).toMatchObject({ rowNumber: 1 });
    expect(produced).toBeLessThan(total / perChunk / 2);

    let count = 0;
    let last: ImportRow | undefined;
    for await (const row of rows) {
      count++;
      last = row;
    }
    expect(count).toBe(total);
    expect(produced).toBe(total / perChunk);
    expect(last).toEqual({ kind: "row", rowNumber: total + 1, cells: [String(total), "山田", `太郎${total}`, "2023/03/31", "自己都合退職"] });
  });

  it("can be abandoned after a preview without reading the rest", async () => {
    let produced = 0;
    async function* source() {
      yield Buffer.from("id,name\n");
      for (let n = 0; n < 1000; n++) {
        produced++;
        yield Buffer.from(`${n},name${n}\n`.repeat(50));
      }
    }
    const preview: ImportRow[] = [];
    for await (const row of readCsvRows(Readable.from(source()), { encoding: "utf-8", delimiter: "," })) {
      preview.push(row);
      if (preview.length === 5) break;
    }
    expect(preview).toHaveLength(5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Only what the streams' buffers hold (tens of kilobytes) was read, and reading stopped.
    expect(produced).toBeLessThan(250);
  });
});

describe("from bytes to fields", () => {
  it("detects, reads and maps a CP932 SmartHR export end to end", async () => {
    const bytes = iconv.encode(smarthrCsv(), "cp932");
    const detection = detectEncoding(bytes.subarray(0, 64 * 1024));
    expect(detection).toMatchObject({ ok: true, encoding: "cp932" });
    if (!detection.ok) return;
    const sample = decodeSample(bytes.subarray(0, 64 * 1024), detection.encoding);
    expect(looksGarbled(sample)).toBe(false);
    const delimiter = detectDelimiter(sample);
    expect(delimiter).toMatchObject({ ok: true, delimiter: "," });
    if (!delimiter.ok) return;

    const rows = readCsvRows(chunked(bytes, 1024), { encoding: detection.encoding, delimiter: delimiter.delimiter });
    const first = (await rows.next()).value as ImportRow;
    if (first.kind !== "row") throw new Error("expected a header row");
    const preset = detectPreset(first.cells);
    expect(preset.presetId).toBe("smarthr");
    const leaveColumn = preset.mapping.leaveDate!;
    const leaveDates: unknown[] = [];
    for await (const row of rows) if (row.kind === "row") leaveDates.push(parseJapaneseDate(row.cells[leaveColumn]));
    expect(leaveDates).toEqual([
      { ok: true, date: "2023-03-31" },
      { ok: true, date: "2023-09-30" },
      { ok: true, date: "2024-03-31" },
    ]);
  });

  it("explains a UTF-8 file read with the wrong encoding instead of importing it", async () => {
    const rows = readCsvRows(Readable.from([Buffer.from(smarthrCsv(), "utf8")]), { encoding: "cp932", delimiter: "," });
    const header = (await rows.next()).value as ImportRow;
    expect(header.kind === "row" && looksGarbled(header.cells.join(","))).toBe(true);
    await rows.return(undefined);
  });
});
