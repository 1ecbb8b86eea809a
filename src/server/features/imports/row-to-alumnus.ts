import type { z } from "zod";
import { AlumnusInput, type ExitType } from "../../../shared/contracts/alumni";
import type { ImportField } from "../../../shared/contracts/imports";
import type { StoredProblem } from "../../db/schema/imports";
import { normaliseExitType } from "./parsing/exit-type";
import { parseJapaneseDate } from "./parsing/parse-japanese-date";

/** The alumni columns an import writes; everything else (tags, HR notes, interest …) is left as it is. */
export const IMPORTED_COLUMNS = [
  "employeeNumber",
  "familyName",
  "givenName",
  "familyNameKana",
  "givenNameKana",
  "formerFamilyName",
  "birthDate",
  "workEmail",
  "privateEmail",
  "phone",
  "department",
  "jobTitle",
  "grade",
  "employmentType",
  "hireDate",
  "leaveDate",
  "exitType",
  "exitReasonCategory",
  "exitReasonNote",
  "skills",
  "currentEmployer",
  "currentRole",
] as const;
export type ImportedColumn = (typeof IMPORTED_COLUMNS)[number];

export type ImportedValues = {
  [K in ImportedColumn]?: K extends "skills" ? string[] : K extends "exitType" ? ExitType : string;
};

export type RowProblem = Omit<StoredProblem, "row">;

export interface ConvertedRow {
  values: ImportedValues;
  problems: RowProblem[];
}

/** The same limits as a record typed by hand (one place for each rule). */
const ImportedSchema = AlumnusInput.pick(Object.fromEntries(IMPORTED_COLUMNS.map((column) => [column, true])) as { [K in ImportedColumn]: true }).partial();

const SPACES = /[\s\u3000]+/;
const LIST_SEPARATORS = /[、,，/／;；\n]+/;
const DATE_FIELDS = ["birthDate", "hireDate", "leaveDate"] as const;

/** One source field for each column, so a problem names the column HR sees in the file. */
const SOURCE_OF: Partial<Record<ImportedColumn, ImportField[]>> = {
  familyName: ["familyName", "fullName"],
  givenName: ["givenName", "fullName"],
  familyNameKana: ["familyNameKana", "fullNameKana"],
  givenNameKana: ["givenNameKana", "fullNameKana"],
  exitReasonCategory: ["exitReason"],
};

/** Splits 「山田 太郎」 into family and given name at the first space (full- or half-width). */
function splitName(full: string | undefined): [string, string] | null {
  const parts = (full ?? "").trim().split(SPACES);
  if (parts.length < 2 || !parts[0]) return null;
  return [parts[0], parts.slice(1).join(" ")];
}

const nfkc = (value: string | undefined) => (value === undefined ? undefined : value.normalize("NFKC").trim());

/**
 * Turns the cells of one row (keyed by field) into alumni column values with the problems found.
 * Empty cells are left out: an import never erases what HR already has. `columnOf` names the file's column.
 */
export function rowToAlumnus(cells: Partial<Record<ImportField, string>>, columnOf: (field: ImportField) => string): ConvertedRow {
  const problems: RowProblem[] = [];
  const problem = (field: ImportField, code: string, params?: Record<string, string | number>) =>
    problems.push({ column: columnOf(field), code, ...(params ? { params } : {}) });
  const text: Record<string, string | undefined> = {};
  for (const [field, value] of Object.entries(cells)) if (value && value.trim() !== "") text[field] = value.trim();
  if (Object.values(text).some((value) => value?.includes("\uFFFD"))) problems.push({ column: null, code: "garbled_cell" });

  const values: ImportedValues = {};
  const name = text.familyName || text.givenName ? [text.familyName, text.givenName] : splitName(text.fullName);
  if (!name && text.fullName) problem("fullName", "name_not_split");
  else if (!name?.[0]) problem(cells.familyName !== undefined || cells.fullName === undefined ? "familyName" : "fullName", "required");
  else if (!name[1]) problem("givenName", "required");
  if (name?.[0]) values.familyName = name[0];
  if (name?.[1]) values.givenName = name[1];

  const kana = text.familyNameKana || text.givenNameKana ? [text.familyNameKana, text.givenNameKana] : (splitName(text.fullNameKana) ?? [text.fullNameKana]);
  if (kana[0]) values.familyNameKana = nfkc(kana[0]);
  if (kana[1]) values.givenNameKana = nfkc(kana[1]);

  for (const field of ["formerFamilyName", "department", "jobTitle", "grade", "employmentType", "exitReasonNote", "currentEmployer", "currentRole"] as const) {
    if (text[field]) values[field] = text[field];
  }
  if (text.employeeNumber) values.employeeNumber = nfkc(text.employeeNumber);
  if (text.phone) values.phone = nfkc(text.phone);
  if (text.workEmail) values.workEmail = nfkc(text.workEmail)?.toLowerCase();
  if (text.privateEmail) values.privateEmail = nfkc(text.privateEmail)?.toLowerCase();
  if (text.exitReason) values.exitReasonCategory = text.exitReason;
  if (text.skills)
    values.skills = [
      ...new Set(
        text.skills
          .split(LIST_SEPARATORS)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
  if (!values.employeeNumber && !values.workEmail)
    problems.push({ column: `${columnOf("employeeNumber")} / ${columnOf("workEmail")}`, code: "identifier_required" });

  for (const field of DATE_FIELDS) {
    const raw = text[field];
    if (!raw) {
      if (field === "leaveDate") problem(field, "required");
      continue;
    }
    const parsed = parseJapaneseDate(raw);
    if (parsed.ok) values[field] = parsed.date;
    else problem(field, parsed.code === "date_outside_era" ? "date_outside_era" : "invalid_date", { value: raw });
  }
  if (values.hireDate && values.leaveDate && values.leaveDate < values.hireDate) problem("leaveDate", "leave_before_hire");

  const exitText = text.exitType ?? text.exitReason;
  const exitType = exitText ? normaliseExitType(exitText) : null;
  if (exitType) values.exitType = exitType;
  else if (text.exitType) values.exitType = "other";

  const checked = ImportedSchema.safeParse(values);
  if (!checked.success) for (const issue of checked.error.issues) problems.push(issueProblem(issue, columnOf));
  return { values, problems };
}

function issueProblem(issue: z.core.$ZodIssue, columnOf: (field: ImportField) => string): RowProblem {
  const column = String(issue.path[0]) as ImportedColumn;
  const field = SOURCE_OF[column]?.[0] ?? (column as ImportField);
  if (issue.code === "too_big") return { column: columnOf(field), code: "too_long", params: { max: Number(issue.maximum) } };
  if (issue.code === "invalid_format") return { column: columnOf(field), code: issue.format === "email" ? "invalid_email" : "invalid_format" };
  return { column: columnOf(field), code: "invalid_value" };
}
