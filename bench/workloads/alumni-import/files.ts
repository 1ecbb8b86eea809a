// The two inputs of one case, written before anything is timed: the SmartHR-style Shift_JIS export HR would
// upload, and the same rows as Okaeri stores them (canonical columns, search columns, eligibility) as UTF-8 CSV
// for COPY. The second is computed with the import's own conversion, so both sides write the same values.

import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import iconv from "iconv-lite";
import { mapHeaders } from "../../../src/server/features/imports/parsing/header-presets";
import { pickFields } from "../../../src/server/features/imports/parsing/import-fields";
import { rowToAlumnus } from "../../../src/server/features/imports/row-to-alumnus";
import { stageRow, type ValidImported } from "../../../src/server/features/imports/stage-rows";
import type { EligibilityRules } from "../../../src/shared/contracts/alumni";
import { type GeneratedAlumnus, generateAlumnus } from "../alumni-search/data";

const EXIT_LABELS: Record<string, string> = {
  voluntary: "自己都合退職",
  contract_end: "契約期間満了",
  retirement: "定年退職",
  company_initiated: "会社都合退職",
  other: "その他",
};

const slashed = (date: string) => date.replaceAll("-", "/");

/** The columns of a SmartHR employee export that a leaver's row fills, in its order, and what each holds. */
const COLUMNS: Record<string, (a: GeneratedAlumnus) => string> = {
  社員番号: (a) => a.employeeNumber,
  姓: (a) => a.familyName,
  名: (a) => a.givenName,
  "姓（ヨミガナ）": (a) => a.familyNameKana,
  "名（ヨミガナ）": (a) => a.givenNameKana,
  "旧姓・通称（姓）": (a) => a.formerFamilyName ?? "",
  生年月日: (a) => slashed(a.birthDate),
  メールアドレス: (a) => a.workEmail,
  電話番号: (a) => a.phone,
  部署: (a) => a.department,
  役職: (a) => a.jobTitle,
  等級: (a) => a.grade,
  雇用形態: (a) => a.employmentType,
  入社年月日: (a) => slashed(a.hireDate),
  退職年月日: (a) => slashed(a.leaveDate),
  退職事由: (a) => EXIT_LABELS[a.exitType] ?? "その他",
  退職理由: (a) => a.exitReasonCategory,
};
const HEADERS = Object.keys(COLUMNS);
const CELLS = Object.values(COLUMNS);
const cellsOf = (a: GeneratedAlumnus) => CELLS.map((cell) => cell(a));

const csvCell = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const pgArray = (items: string[]) => `{${items.map((item) => `"${item.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
/** COPY's CSV: an unquoted empty field is NULL, a quoted one the empty string. */
const copyCell = (value: unknown) =>
  value === null || value === undefined ? "" : `"${(Array.isArray(value) ? pgArray(value as string[]) : String(value)).replaceAll('"', '""')}"`;

async function write(stream: WriteStream, chunk: string | Buffer) {
  if (!stream.write(chunk)) await once(stream, "drain");
}

async function close(stream: WriteStream) {
  stream.end();
  await once(stream, "finish");
}

export interface CaseFiles {
  rows: number;
  /** The Shift_JIS upload. */
  upload: string;
  uploadBytes: number;
  /** The same rows for COPY, in `columns` order (tenant_id left to the table's default). */
  copy: string;
  columns: string[];
}

/** Writes the first `rows` generated alumni as both files. */
export async function writeCaseFiles(rows: number, paths: { upload: string; copy: string }, rules: EligibilityRules, today: string): Promise<CaseFiles> {
  const { mapping } = mapHeaders(HEADERS, "smarthr");
  const columnOf = (field: keyof typeof mapping) => HEADERS[mapping[field] ?? -1] ?? field;
  const upload = createWriteStream(paths.upload);
  const copy = createWriteStream(paths.copy);
  let columns: string[] | null = null;
  let uploadBytes = 0;
  const header = iconv.encode(`${HEADERS.join(",")}\r\n`, "cp932");
  uploadBytes += header.length;
  await write(upload, header);
  const BATCH = 1_000;
  for (let start = 0; start < rows; start += BATCH) {
    let sjis = "";
    let canonical = "";
    for (let i = start; i < Math.min(rows, start + BATCH); i++) {
      const cells = cellsOf(generateAlumnus(1, i));
      sjis += `${cells.map(csvCell).join(",")}\r\n`;
      const converted = rowToAlumnus(pickFields(mapping, cells), columnOf);
      if (converted.problems.length > 0) throw new Error(`generated row ${i} is invalid: ${JSON.stringify(converted.problems)}`);
      const { record } = stageRow(converted.values as ValidImported, undefined, rules, today);
      columns ??= Object.keys(record);
      canonical += `${columns.map((column) => copyCell(record[column])).join(",")}\n`;
    }
    const encoded = iconv.encode(sjis, "cp932");
    uploadBytes += encoded.length;
    await write(upload, encoded);
    await write(copy, canonical);
  }
  await Promise.all([close(upload), close(copy)]);
  return { rows, upload: paths.upload, uploadBytes, copy: paths.copy, columns: columns ?? [] };
}
