import { Readable } from "node:stream";
import { OffboardingCaseInput } from "../../../shared/contracts/offboarding";
import { detectDelimiter } from "../imports/parsing/detect-delimiter";
import { decodeSample, detectEncoding, ENCODING_SAMPLE_BYTES } from "../imports/parsing/detect-encoding";
import { ImportFileError } from "../imports/parsing/import-file-error";
import { parseJapaneseDate } from "../imports/parsing/parse-japanese-date";
import { readCsvRows } from "../imports/parsing/read-rows";

export const CSV_FIELDS = ["employeeNumber", "familyName", "givenName", "workEmail", "privateEmail", "department", "lastDay", "locale"] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
const REQUIRED: CsvField[] = ["familyName", "givenName", "workEmail", "lastDay"];
export const MAX_CASE_ROWS = 2000;

/** The header of the downloadable template, per language; the other aliases are accepted too. */
export const TEMPLATE_HEADERS: Record<"ja" | "en", Record<CsvField, string>> = {
  ja: {
    employeeNumber: "社員番号",
    familyName: "姓",
    givenName: "名",
    workEmail: "会社メールアドレス",
    privateEmail: "個人メールアドレス",
    department: "部署",
    lastDay: "最終出社日",
    locale: "言語",
  },
  en: {
    employeeNumber: "Employee number",
    familyName: "Family name",
    givenName: "Given name",
    workEmail: "Work email",
    privateEmail: "Private email",
    department: "Department",
    lastDay: "Last day",
    locale: "Language",
  },
};

const ALIASES: Record<CsvField, string[]> = {
  employeeNumber: ["社員番号", "従業員番号", "社員コード", "employeenumber", "employeeno", "employeeid"],
  familyName: ["姓", "氏", "familyname", "lastname", "surname"],
  givenName: ["名", "givenname", "firstname"],
  workEmail: ["会社メールアドレス", "会社メール", "業務用メールアドレス", "メールアドレス", "workemail", "email", "emailaddress"],
  privateEmail: ["個人メールアドレス", "個人メール", "私用メールアドレス", "privateemail", "personalemail"],
  department: ["部署", "所属", "所属部署", "department", "dept"],
  lastDay: ["最終出社日", "退職日", "退職予定日", "最終勤務日", "lastday", "lastworkingday", "leavedate"],
  locale: ["言語", "使用言語", "language", "locale", "lang"],
};

const normaliseHeader = (h: string) =>
  h
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-・()（）]/g, "");

const LOCALES: Record<string, "ja" | "en"> = { ja: "ja", 日本語: "ja", japanese: "ja", jp: "ja", en: "en", 英語: "en", english: "en" };

export type RowProblemCode =
  | "required"
  | "invalid_email"
  | "invalid_date"
  | "invalid_locale"
  | "too_long"
  | "invalid_format"
  | "duplicate_in_file"
  | "open_case_exists"
  | "column_count_mismatch";
export interface RowProblem {
  rowNumber: number;
  field: CsvField | null;
  code: RowProblemCode;
}

export type CsvReadResult =
  | { ok: true; rows: { rowNumber: number; input: ReturnType<typeof OffboardingCaseInput.parse> }[]; problems: RowProblem[] }
  | { ok: false; code: "empty_file" | "unknown_encoding" | "binary_file" | "unknown_delimiter" | "malformed_csv" | "too_many_rows"; row?: number }
  | { ok: false; code: "missing_columns"; columns: CsvField[] };

/** Reads and checks every row of a leavers CSV (UTF-8 with or without BOM, or Shift_JIS/CP932). Nothing is stored here. */
export async function readCaseCsv(bytes: Buffer): Promise<CsvReadResult> {
  const sample = bytes.subarray(0, ENCODING_SAMPLE_BYTES);
  const encoding = detectEncoding(sample);
  if (!encoding.ok) return { ok: false, code: encoding.code };
  const delimiter = detectDelimiter(decodeSample(sample, encoding.encoding));
  if (!delimiter.ok) return { ok: false, code: "unknown_delimiter" };

  const rows: { rowNumber: number; input: ReturnType<typeof OffboardingCaseInput.parse> }[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  let columns: Partial<Record<CsvField, number>> | null = null;
  try {
    for await (const row of readCsvRows(Readable.from([bytes]), { encoding: encoding.encoding, delimiter: delimiter.delimiter })) {
      if (!columns) {
        if (row.kind !== "row") continue;
        columns = mapHeader(row.cells);
        const missing = REQUIRED.filter((f) => columns?.[f] === undefined);
        if (missing.length) return { ok: false, code: "missing_columns", columns: missing };
        continue;
      }
      if (row.kind === "row_error") {
        problems.push({ rowNumber: row.rowNumber, field: null, code: "column_count_mismatch" });
        continue;
      }
      if (rows.length + problems.length >= MAX_CASE_ROWS) return { ok: false, code: "too_many_rows" };
      const cell = (f: CsvField) => {
        const index = columns?.[f];
        return index === undefined ? "" : (row.cells[index] ?? "").normalize("NFKC").trim();
      };
      const rowProblems: RowProblem[] = [];
      for (const f of REQUIRED) if (!cell(f)) rowProblems.push({ rowNumber: row.rowNumber, field: f, code: "required" });
      const lastDay = cell("lastDay") ? parseJapaneseDate(cell("lastDay")) : null;
      if (lastDay && !lastDay.ok) rowProblems.push({ rowNumber: row.rowNumber, field: "lastDay", code: "invalid_date" });
      const localeText = cell("locale").toLowerCase();
      const locale = localeText ? LOCALES[localeText] : "ja";
      if (!locale) rowProblems.push({ rowNumber: row.rowNumber, field: "locale", code: "invalid_locale" });
      if (rowProblems.length === 0) {
        const parsed = OffboardingCaseInput.safeParse({
          familyName: cell("familyName"),
          givenName: cell("givenName"),
          workEmail: cell("workEmail").toLowerCase(),
          privateEmail: cell("privateEmail").toLowerCase() || null,
          department: cell("department") || null,
          employeeNumber: cell("employeeNumber") || null,
          lastDay: lastDay?.ok ? lastDay.date : "",
          locale,
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = String(issue.path[0] ?? "") as CsvField;
            const code: RowProblemCode = field.endsWith("Email") ? "invalid_email" : issue.code === "too_big" ? "too_long" : "invalid_format";
            rowProblems.push({ rowNumber: row.rowNumber, field, code });
          }
        } else {
          for (const email of [parsed.data.workEmail, parsed.data.privateEmail]) {
            if (!email) continue;
            if (seen.has(email))
              rowProblems.push({ rowNumber: row.rowNumber, field: email === parsed.data.workEmail ? "workEmail" : "privateEmail", code: "duplicate_in_file" });
            else seen.set(email, row.rowNumber);
          }
          if (rowProblems.length === 0) rows.push({ rowNumber: row.rowNumber, input: parsed.data });
        }
      }
      problems.push(...rowProblems);
    }
  } catch (error) {
    if (error instanceof ImportFileError) return { ok: false, code: "malformed_csv", row: error.rowNumber };
    throw error;
  }
  if (!columns || (rows.length === 0 && problems.length === 0)) return { ok: false, code: "empty_file" };
  return { ok: true, rows, problems };
}

function mapHeader(cells: string[]): Partial<Record<CsvField, number>> {
  const found: Partial<Record<CsvField, number>> = {};
  cells.forEach((cell, index) => {
    const name = normaliseHeader(cell);
    for (const field of CSV_FIELDS) {
      if (found[field] === undefined && ALIASES[field].some((alias) => normaliseHeader(alias) === name)) {
        found[field] = index;
        return;
      }
    }
  });
  return found;
}

/** The template to download: the header and one example row, UTF-8 with BOM so Excel reads it. */
export function templateCsv(locale: "ja" | "en"): string {
  const header = CSV_FIELDS.map((f) => TEMPLATE_HEADERS[locale][f]);
  const example =
    locale === "ja"
      ? ["A0123", "山田", "花子", "hanako.yamada@example.co.jp", "", "営業部", "2026/03/31", "ja"]
      : ["A0123", "Yamada", "Hanako", "hanako.yamada@example.com", "", "Sales", "2026-03-31", "en"];
  return `\uFEFF${[header, example].map((r) => r.join(",")).join("\r\n")}\r\n`;
}
