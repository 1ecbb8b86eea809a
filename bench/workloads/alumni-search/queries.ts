// The three searches, and the SQL the baseline runs for them: written by hand to be what Okaeri's listAlumni
// sends (drizzle's text, same parameters). prepare.ts captures Okaeri's statements and compares, so a change in
// src/ that makes them differ shows up in the report instead of silently skewing the ratio.
// No Okaeri code here: the baseline server imports this file.

export interface SearchCase {
  id: "kana" | "kanji" | "filter";
  /** For the report. */
  label: string;
  /** Query string parameters of GET /api/v1/alumni. */
  params: Record<string, string>;
}

export const CASES: SearchCase[] = [
  { id: "kana", label: "kana q=たなか", params: { q: "たなか" } },
  { id: "kanji", label: "two-kanji q=営業", params: { q: "営業" } },
  { id: "filter", label: "filter 開発部, left 2015–2020", params: { department: "開発部", leftFrom: "2015", leftTo: "2020" } },
];

export const PAGE_SIZE = 25;
export const pathOf = (c: SearchCase) => `/api/v1/alumni?${new URLSearchParams({ ...c.params, limit: String(PAGE_SIZE) })}`;

export interface Filter {
  terms: string[];
  department?: string;
  leftFrom?: number;
  leftTo?: number;
}

/** The query's terms as the search column stores them (ADR 0003): NFKC, lower case, katakana → hiragana, no spaces or ・. */
export function termsOf(q: string): string[] {
  return q
    .normalize("NFKC")
    .split(/[\s\u3000]+/)
    .map((t) =>
      t
        .toLowerCase()
        .replace(/[\u30a1-\u30f6]/g, (c) => String.fromCodePoint(c.codePointAt(0)! - 0x60))
        .replace(/・/g, ""),
    )
    .filter((t) => t.length > 0);
}

const COLUMNS = [
  "id",
  "tenant_id",
  "employee_number",
  "family_name",
  "given_name",
  "family_name_kana",
  "given_name_kana",
  "former_family_name",
  "birth_date",
  "work_email",
  "private_email",
  "phone",
  "sns_links",
  "department",
  "job_title",
  "grade",
  "employment_type",
  "hire_date",
  "leave_date",
  "exit_type",
  "exit_reason_category",
  "exit_reason_note",
  "skills",
  "current_employer",
  "current_role",
  "return_interest",
  "do_not_rehire",
  "tags",
  "hr_notes",
  "eligibility",
  "eligibility_override",
  "eligibility_override_reason",
  "search_text",
  "search_grams",
  "sort_key",
  "version",
  "created_at",
  "updated_at",
]
  .map((c) => `"${c}"`)
  .join(", ");

export interface Statement {
  text: string;
  values: unknown[];
}

/** listAlumni's two statements for a first page: the page (limit + 1 rows, keyset order) and the total. */
export function searchStatements(tenantId: string, filter: Filter, limit: number): { page: Statement; count: Statement } {
  const values: unknown[] = [tenantId];
  const conditions = [`"alumni"."tenant_id" = $1`];
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  for (const term of filter.terms) {
    conditions.push(
      [...term].length >= 3
        ? `"alumni"."search_text" like ${param(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`
        : `"alumni"."search_grams" @> array[${param(term)}]::text[]`,
    );
  }
  if (filter.department) conditions.push(`"alumni"."department" = ${param(filter.department)}`);
  if (filter.leftFrom) conditions.push(`"alumni"."leave_date" >= ${param(`${filter.leftFrom}-01-01`)}`);
  if (filter.leftTo) conditions.push(`"alumni"."leave_date" < ${param(`${filter.leftTo + 1}-01-01`)}`);
  const where = conditions.length === 1 ? conditions[0] : `(${conditions.join(" and ")})`;
  const count = { text: `select count(*) from "alumni" where ${where}`, values: [...values] };
  const page = {
    text: `select ${COLUMNS} from "alumni" where ${where} order by "alumni"."sort_key" asc, "alumni"."id" asc limit ${param(limit + 1)}`,
    values,
  };
  return { page, count };
}

/** The filter of a request's query string, as Okaeri's AlumniQuery reads it (only the parameters the cases use). */
export function filterOf(query: Record<string, string | undefined>): Filter {
  const year = (v: string | undefined) => (v ? Number(v) : undefined);
  return { terms: query.q ? termsOf(query.q) : [], department: query.department || undefined, leftFrom: year(query.leftFrom), leftTo: year(query.leftTo) };
}
