import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { ImportFileError } from "./import-file-error";
import type { ImportRow } from "./import-row";
import { formatIsoDate } from "./parse-japanese-date";
import { assertXlsxWithinLimits, type XlsxArchiveLimits } from "./xlsx-archive-guard";

export type ReadXlsxOptions = XlsxArchiveLimits;

interface SheetInfo {
  name?: string;
  state?: string;
}

/**
 * Streams the rows of the first visible worksheet (in tab order) of an XLSX file on disk, after the archive
 * passed the bomb checks. Cells become strings: dates (date-formatted cells) `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:mm:ss` when they carry a time; numbers as written; formulas their cached result.
 * Rows behave as in `readCsvRows`: the header first, blank rows skipped, cells beyond the header reported.
 */
export async function* readXlsxRows(path: string, options: ReadXlsxOptions = {}): AsyncGenerator<ImportRow> {
  await assertXlsxWithinLimits(path, options);
  const input = createReadStream(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const sheets = workbook[Symbol.asyncIterator]();
  let found = false;
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      const worksheet = next.value;
      const firstTab = firstVisibleSheetName(workbook);
      if (found || (firstTab !== undefined && (worksheet as SheetInfo).name !== firstTab)) {
        discard(worksheet);
        continue;
      }
      found = true;
      yield* rowsOf(worksheet);
    }
    if (!found) throw new ImportFileError("xlsx_no_worksheet");
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError("xlsx_unreadable", undefined, { cause: error });
  } finally {
    await releaseRemainingSheets(sheets);
    input.destroy();
  }
}

/**
 * exceljs copies each worksheet that precedes the shared strings in the archive (the usual order, Excel's
 * too) to a temp file, and deletes it only when its iteration resumes after that sheet. When reading stops
 * early (a preview, an error), the remaining sheets are walked without parsing so those files are deleted.
 */
async function releaseRemainingSheets(sheets: AsyncGenerator<ExcelJS.stream.xlsx.WorksheetReader>): Promise<void> {
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) discard(next.value);
  } catch {
    // Already failing or finished: nothing more to release.
  }
}

/** Closes a worksheet that will not be read: its temp-file stream when exceljs made one, else exceljs drains the entry. */
function discard(worksheet: ExcelJS.stream.xlsx.WorksheetReader): void {
  const source = (worksheet as unknown as { iterator?: unknown }).iterator;
  if (!(source instanceof Readable)) return;
  // exceljs may unlink the temp file before this stream opened it; that ENOENT is moot for a sheet we drop.
  source.on("error", () => {});
  source.destroy();
}

async function* rowsOf(worksheet: ExcelJS.stream.xlsx.WorksheetReader): AsyncGenerator<ImportRow> {
  let expected: number | undefined;
  for await (const row of worksheet) {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value).trim());
    const width = lastNonEmpty(cells) + 1;
    if (width === 0) continue;
    if (expected === undefined) {
      expected = width;
      yield { kind: "row", rowNumber: row.number, cells: cells.slice(0, width) };
    } else if (width > expected) {
      yield { kind: "row_error", rowNumber: row.number, code: "column_count_mismatch", expected, actual: width };
    } else {
      yield { kind: "row", rowNumber: row.number, cells: Array.from({ length: expected }, (_, i) => cells[i] ?? "") };
    }
  }
}

function firstVisibleSheetName(workbook: ExcelJS.stream.xlsx.WorkbookReader): string | undefined {
  const sheets = (workbook as unknown as { model?: { sheets?: SheetInfo[] } }).model?.sheets ?? [];
  return sheets.find((sheet) => sheet.state !== "hidden" && sheet.state !== "veryHidden")?.name;
}

function lastNonEmpty(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== "") return i;
  return -1;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result);
  if ("error" in value) return value.error;
  if ("text" in value) return String(value.text);
  return "";
}

/** exceljs builds dates from the serial as UTC instants, so the UTC fields are the cell's calendar values. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const day = formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0) return day;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}
