import type { EligibilityRules } from "../../../shared/contracts/alumni";
import { searchFieldsOf } from "../alumni/alumnus-search-fields";
import { effectiveStatus } from "../alumni/eligibility.service";
import { evaluateEligibility } from "../alumni/evaluate-eligibility";
import type { ExistingAlumnus } from "./imports.repo";
import { IMPORTED_COLUMNS, type ImportedColumn, type ImportedValues } from "./row-to-alumnus";
import { recordOf } from "./staged-record";

export type Outcome = "create" | "update" | "unchanged";

export interface Staged {
  outcome: Outcome;
  alumnusId: string | null;
  baseVersion: number | null;
  changedFields: string | null;
  /** See `recordOf`. */
  record: Record<string, unknown>;
}

/** A row without problems: it always names the person and the leave date. */
export type ValidImported = ImportedValues & { familyName: string; givenName: string; leaveDate: string };

const CREATE_DEFAULTS: Required<Pick<ImportedValues, "exitType" | "skills">> = { exitType: "other", skills: [] };

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return (a ?? null) === (b ?? null);
}

/**
 * What importing one valid row does: create a record, update the matched one (empty cells keep what HR has),
 * or nothing. Search columns and eligibility are computed here, so the merge is plain SQL.
 */
export function stageRow(values: ValidImported, existing: ExistingAlumnus | undefined, rules: EligibilityRules, today: string): Staged {
  if (!existing) {
    const full = { ...CREATE_DEFAULTS, ...values };
    const subject = { hireDate: full.hireDate ?? null, leaveDate: full.leaveDate, exitType: full.exitType, doNotRehire: false };
    const eligibility = evaluateEligibility(subject, rules, today).status;
    return { outcome: "create", alumnusId: null, baseVersion: null, changedFields: null, record: recordOf(full, { ...searchFieldsOf(full), eligibility }) };
  }
  const merged = { ...existing } as ExistingAlumnus & Record<ImportedColumn, unknown>;
  for (const column of IMPORTED_COLUMNS) if (values[column] !== undefined) (merged as Record<string, unknown>)[column] = values[column];
  const changed = IMPORTED_COLUMNS.filter((column) => !same(existing[column], merged[column]));
  if (changed.length === 0) return { outcome: "unchanged", alumnusId: existing.id, baseVersion: existing.version, changedFields: null, record: {} };
  const eligibility = effectiveStatus(evaluateEligibility(merged, rules, today).status, existing.eligibilityOverride);
  return {
    outcome: "update",
    alumnusId: existing.id,
    baseVersion: existing.version,
    changedFields: [...changed].sort().join(","),
    record: recordOf(merged as ImportedValues, { ...searchFieldsOf(merged), eligibility }),
  };
}
