import { foldForSearch, kanaSortKey, shortGramsOf } from "../../../shared/japanese-text";
import type { AlumnusValues } from "./alumni.repo";

type Searchable = Pick<
  AlumnusValues,
  | "familyName"
  | "givenName"
  | "familyNameKana"
  | "givenNameKana"
  | "formerFamilyName"
  | "employeeNumber"
  | "workEmail"
  | "privateEmail"
  | "department"
  | "currentEmployer"
  | "currentRole"
  | "skills"
  | "tags"
>;

const SEPARATOR = "|";

/** The folded search columns of one alumnus (ADR 0003), written on every insert and update. */
export function searchFieldsOf(a: Searchable): { searchText: string; searchGrams: string[]; sortKey: string } {
  const fields = [
    `${a.familyName}${a.givenName}`,
    `${a.familyNameKana ?? ""}${a.givenNameKana ?? ""}`,
    a.formerFamilyName,
    a.employeeNumber,
    a.workEmail,
    a.privateEmail,
    a.department,
    a.currentEmployer,
    a.currentRole,
    ...(a.skills ?? []),
    ...(a.tags ?? []),
  ]
    .map((field) => foldForSearch(field ?? ""))
    .filter((field) => field.length > 0);
  const grams = new Set(fields.flatMap(shortGramsOf));
  const reading = `${a.familyNameKana ?? ""}${a.givenNameKana ?? ""}`;
  return {
    searchText: fields.join(SEPARATOR),
    searchGrams: [...grams],
    sortKey: kanaSortKey(reading || `${a.familyName}${a.givenName}`),
  };
}
