import { pipeline, type Readable } from "node:stream";
import { CsvError, type Info, parse } from "csv-parse";
import iconv from "iconv-lite";
import type { Delimiter } from "./detect-delimiter";
import type { DetectedEncoding } from "./detect-encoding";
import { iconvEncodingName } from "./detect-encoding";
import { ImportFileError } from "./import-file-error";
import type { ImportRow } from "./import-row";

export interface ReadCsvOptions {
  encoding: DetectedEncoding;
  delimiter: Delimiter;
  /** Characters one record may hold; stops an unclosed quote from swallowing the file. */
  maxRecordSize?: number;
}

const DEFAULT_MAX_RECORD_SIZE = 1024 * 1024;

/**
 * Streams the rows of a CSV file: bytes are decoded chunk by chunk (BOM stripped) and parsed as they come,
 * so memory stays flat whatever the file size. Rows whose cell count differs from the header's are yielded
 * as `row_error` and reading goes on; broken quoting stops it with an `ImportFileError`.
 */
export async function* readCsvRows(input: Readable, options: ReadCsvOptions): AsyncGenerator<ImportRow> {
  // The column count is checked here rather than by csv-parse (relax_column_count: false would end the
  // stream at the first short row), so every bad row is reported and the rest of the file still imports.
  const parser = parse({
    delimiter: options.delimiter,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    skip_empty_lines: false,
    info: true,
    max_record_size: options.maxRecordSize ?? DEFAULT_MAX_RECORD_SIZE,
  });
  // Errors of any stage reach the parser, and so the loop below; closing the loop early destroys all three.
  pipeline(input, iconv.decodeStream(iconvEncodingName(options.encoding)), parser, () => {});

  let expected: number | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      const cells = record.map((cell) => cell.trim());
      if (cells.every((cell) => cell === "")) continue;
      const rowNumber = info.records;
      expected ??= cells.length;
      if (cells.length === expected) yield { kind: "row", rowNumber, cells };
      else yield { kind: "row_error", rowNumber, code: "column_count_mismatch", expected, actual: cells.length };
    }
  } catch (error) {
    throw toImportFileError(error);
  }
}

function toImportFileError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const rowNumber = typeof error.records === "number" ? error.records + 1 : undefined;
  return new ImportFileError(error.code === "CSV_MAX_RECORD_SIZE" ? "record_too_large" : "malformed_csv", rowNumber, { cause: error });
}
