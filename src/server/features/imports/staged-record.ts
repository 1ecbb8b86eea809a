import { IMPORTED_COLUMNS, type ImportedValues } from "./row-to-alumnus";

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

// Computed once: a regular-expression replace per column per row was a fair part of a 100,000-row import's time.
const IMPORTED_KEYS = IMPORTED_COLUMNS.map((column) => [column, snake(column)] as const);
const DERIVED_KEYS = { searchText: "search_text", searchGrams: "search_grams", sortKey: "sort_key", eligibility: "eligibility" } as const;

/** The alumni columns a staged record carries, in the order the merge's SQL lists them. */
export const RECORD_COLUMNS: readonly string[] = [...IMPORTED_KEYS.map(([, key]) => key), ...Object.values(DERIVED_KEYS)];

export type Derived = { [K in keyof typeof DERIVED_KEYS]: unknown };

/** A staged row's record: snake_case alumni columns, as jsonb_populate_record reads them. */
export function recordOf(values: ImportedValues, derived: Derived): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, key] of IMPORTED_KEYS) record[key] = values[column] ?? null;
  for (const [name, key] of Object.entries(DERIVED_KEYS)) record[key] = derived[name as keyof Derived];
  return record;
}
