import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { detectDelimiter } from "./parsing/detect-delimiter";
import { type DetectedEncoding, decodeSample, detectEncoding, ENCODING_SAMPLE_BYTES } from "./parsing/detect-encoding";
import type { ImportRow } from "./parsing/import-row";
import { diagnoseGarbled } from "./parsing/looks-garbled";
import { readCsvRows } from "./parsing/read-rows";
import { readXlsxRows } from "./parsing/read-xlsx-rows";

export type ImportFormat = "csv" | "xlsx";

/** A reason the whole file cannot be imported; `params` fill the localised message. */
export class ImportFailure extends Error {
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly row: number | null = null,
  ) {
    super(code);
    this.name = "ImportFailure";
  }
}

export interface ImportSource {
  format: ImportFormat;
  encoding: DetectedEncoding | null;
  delimiter: string | null;
  /** Data rows, counted from line ends for CSV (quoted line breaks make it a little high); null for XLSX. */
  estimatedRows: number | null;
  rows: AsyncGenerator<ImportRow>;
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** By name, and by content when the first bytes are at hand (an .xlsx renamed .csv is still a zip). */
export function formatOf(fileName: string, head?: Uint8Array): ImportFormat {
  return /\.xlsx$/i.test(fileName) || (head !== undefined && XLSX_MAGIC.every((byte, i) => head[i] === byte)) ? "xlsx" : "csv";
}

async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(ENCODING_SAMPLE_BYTES);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** 0x0A never occurs inside a Shift_JIS or UTF-8 multibyte character, so counting it is safe. */
async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) lines++;
    last = chunk.at(-1) ?? last;
  }
  return last === 0x0a ? lines : lines + 1;
}

/** Detects what the file is and opens its rows; a file Okaeri cannot read as a table fails with a reason. */
export async function openImportSource(path: string, fileName: string): Promise<ImportSource> {
  const head = await readHead(path);
  if (head.length === 0) throw new ImportFailure("empty_file");
  if (formatOf(fileName, head) === "xlsx") {
    return { format: "xlsx", encoding: null, delimiter: null, estimatedRows: null, rows: readXlsxRows(path) };
  }
  const detected = detectEncoding(head);
  if (!detected.ok) throw new ImportFailure(detected.code, detected.hint ? { hint: detected.hint } : {});
  const sample = decodeSample(head, detected.encoding);
  const garbled = diagnoseGarbled(sample);
  if (garbled) throw new ImportFailure("garbled_text", { kind: garbled });
  const delimiter = detectDelimiter(sample);
  if (!delimiter.ok) throw new ImportFailure("unknown_delimiter");
  const lines = await countLines(path);
  return {
    format: "csv",
    encoding: detected.encoding,
    delimiter: delimiter.delimiter,
    estimatedRows: Math.max(0, lines - 1),
    rows: readCsvRows(createReadStream(path), { encoding: detected.encoding, delimiter: delimiter.delimiter }),
  };
}
