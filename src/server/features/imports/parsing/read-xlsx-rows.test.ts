import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { detectPreset } from "./header-presets";
import { ImportFileError } from "./import-file-error";
import type { ImportRow } from "./import-row";
import { readXlsxRows } from "./read-xlsx-rows";
import { SAMPLE_HEADERS } from "./sample-exports-fixture";
import { buildZip, workbookEntries } from "./zip-test-fixture";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "okaeri-xlsx-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(path: string, options = {}): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of readXlsxRows(path, options)) rows.push(row);
  return rows;
}

async function writeWorkbook(name: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** exceljs's temp files for worksheets (the `tmp` package names them tmp-<pid>-…). */
async function exceljsTempFiles(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith(`tmp-${process.pid}-`));
}

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe("readXlsxRows", () => {
  it("reads a カオナビ-style sheet, turning dates, numbers, rich text and formulas into strings", async () => {
    const path = await writeWorkbook("kaonavi.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("社員一覧");
      sheet.addRow([...SAMPLE_HEADERS.kaonavi]);
      sheet.addRow([
        1001,
        "山田 太郎",
        "ヤマダ タロウ",
        "男性",
        utc(1985, 4, 2),
        utc(2015, 4, 1),
        "営業部",
        "課長",
        3,
        "正社員",
        utc(2023, 3, 31),
        "自己都合退職",
        "法人営業",
      ]);
      sheet.addRow([]);
      sheet.addRow([
        { richText: [{ text: "10" }, { text: "02" }] },
        "髙橋 花子",
        "タカハシ ハナコ",
        "女性",
        "1990/01/15",
        "平成30年4月1日",
        "開発部",
        "",
        { formula: "1+2", result: 3 },
        "契約社員",
        utc(2024, 2, 29, 18, 30),
        "契約期間満了",
        { text: "ポートフォリオ", hyperlink: "https://example.com" },
      ]);
      for (const row of [2, 4]) for (const column of [5, 6, 11]) sheet.getRow(row).getCell(column).numFmt = "yyyy/mm/dd";
    });
    const rows = await collect(path);
    expect(rows).toEqual([
      { kind: "row", rowNumber: 1, cells: [...SAMPLE_HEADERS.kaonavi] },
      {
        kind: "row",
        rowNumber: 2,
        cells: [
          "1001",
          "山田 太郎",
          "ヤマダ タロウ",
          "男性",
          "1985-04-02",
          "2015-04-01",
          "営業部",
          "課長",
          "3",
          "正社員",
          "2023-03-31",
          "自己都合退職",
          "法人営業",
        ],
      },
      {
        kind: "row",
        rowNumber: 4,
        cells: [
          "1002",
          "髙橋 花子",
          "タカハシ ハナコ",
          "女性",
          "1990/01/15",
          "平成30年4月1日",
          "開発部",
          "",
          "3",
          "契約社員",
          "2024-02-29T18:30:00",
          "契約期間満了",
          "ポートフォリオ",
        ],
      },
    ]);
    const header = rows[0];
    expect(header?.kind === "row" && detectPreset(header.cells).presetId).toBe("kaonavi");
  });

  it("pads short rows and reports cells beyond the header with their row number", async () => {
    const path = await writeWorkbook("ragged.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Sheet1");
      sheet.addRow(["社員番号", "氏名", "退職日"]);
      sheet.addRow(["1001", "山田"]);
      sheet.addRow(["1002", "佐藤", "2024/01/15", "メモ"]);
    });
    expect(await collect(path)).toEqual([
      { kind: "row", rowNumber: 1, cells: ["社員番号", "氏名", "退職日"] },
      { kind: "row", rowNumber: 2, cells: ["1001", "山田", ""] },
      { kind: "row_error", rowNumber: 3, code: "column_count_mismatch", expected: 3, actual: 4 },
    ]);
  });

  it("reads only the first visible worksheet", async () => {
    const path = await writeWorkbook("sheets.xlsx", (workbook) => {
      const hidden = workbook.addWorksheet("設定", { state: "hidden" });
      hidden.addRow(["setting", "value"]);
      workbook.addWorksheet("退職者").addRow(["社員番号", "氏名"]);
      workbook.addWorksheet("メモ").addRow(["note"]);
    });
    expect(await collect(path)).toEqual([{ kind: "row", rowNumber: 1, cells: ["社員番号", "氏名"] }]);
  });

  it("streams 5,000 rows and can stop after a preview", async () => {
    const path = await writeWorkbook("many.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Sheet1");
      sheet.addRow(["社員番号", "氏名", "退職日"]);
      for (let n = 1; n <= 5000; n++) sheet.addRow([n, `社員${n}`, utc(2020, 1, 1 + (n % 28))]).getCell(3).numFmt = "yyyy-mm-dd";
    });
    let count = 0;
    let last: ImportRow | undefined;
    for await (const row of readXlsxRows(path)) {
      count++;
      last = row;
    }
    expect(count).toBe(5001);
    expect(last).toEqual({ kind: "row", rowNumber: 5001, cells: ["5000", "社員5000", "2020-01-17"] });

    const preview: ImportRow[] = [];
    for await (const row of readXlsxRows(path)) {
      preview.push(row);
      if (preview.length === 3) break;
    }
    expect(preview.map((row) => row.rowNumber)).toEqual([1, 2, 3]);
  });

  it("leaves none of exceljs's worksheet temp files behind, after a full read or a preview", async () => {
    const path = await writeWorkbook("temp-files.xlsx", (workbook) => {
      for (const name of ["一覧", "補足", "メモ"]) {
        const sheet = workbook.addWorksheet(name);
        for (let n = 1; n <= 200; n++) sheet.addRow([n, `${name}${n}`]);
      }
    });
    const before = await exceljsTempFiles();
    expect(await collect(path)).toHaveLength(200);
    for await (const row of readXlsxRows(path)) if (row.rowNumber === 2) break;
    // tmp deletes asynchronously (close, then unlink).
    await vi.waitFor(async () => expect(await exceljsTempFiles()).toEqual(before), { timeout: 2000 });
  });

  it("refuses a zip-bomb-like XLSX before parsing it", async () => {
    const path = join(dir, "bomb.xlsx");
    await writeFile(path, buildZip(workbookEntries(400_000)));
    const error = await collect(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error).toMatchObject({ code: "xlsx_too_large" });
  });

  it("applies a smaller size limit when asked", async () => {
    const path = await writeWorkbook("limit.xlsx", (workbook) => workbook.addWorksheet("Sheet1").addRow(["社員番号"]));
    await expect(collect(path, { maxUncompressedBytes: 1_000 })).rejects.toMatchObject({ code: "xlsx_too_large" });
  });

  it("reports a workbook without worksheets and a file that is not an XLSX", async () => {
    const empty = join(dir, "no-sheet.xlsx");
    await writeFile(empty, buildZip(workbookEntries(1).slice(0, 3)));
    await expect(collect(empty)).rejects.toMatchObject({ code: "xlsx_no_worksheet" });

    const legacy = join(dir, "legacy.xls");
    await writeFile(legacy, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    await expect(collect(legacy)).rejects.toMatchObject({ code: "xlsx_encrypted_or_legacy" });
  });

  it("reads a minimal hand-built workbook with inline strings", async () => {
    const path = join(dir, "inline.xlsx");
    const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const row = (n: number) => `<row r="${n}">${cell(`A${n}`, n === 1 ? "社員番号" : String(1000 + n))}${cell(`B${n}`, n === 1 ? "氏名" : `社員${n}`)}</row>`;
    await writeFile(path, buildZip(workbookEntries(3, row)));
    expect(await collect(path)).toEqual([
      { kind: "row", rowNumber: 1, cells: ["社員番号", "氏名"] },
      { kind: "row", rowNumber: 2, cells: ["1002", "社員2"] },
      { kind: "row", rowNumber: 3, cells: ["1003", "社員3"] },
    ]);
  });
});
