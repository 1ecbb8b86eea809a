import { IMPORT_FIELDS, type ImportField } from "../../../../shared/contracts/imports";

export { IMPORT_FIELDS, type ImportField };

/** Which column (0-based) holds each field. */
export type FieldMapping = Partial<Record<ImportField, number>>;

export type RequirementCode = "identifier" | "name" | "leaveDate";

/** A requirement is met when every field of at least one alternative is mapped. */
export interface Requirement {
  code: RequirementCode;
  anyOf: readonly (readonly ImportField[])[];
}

export const REQUIRED: readonly Requirement[] = [
  { code: "identifier", anyOf: [["employeeNumber"], ["workEmail"]] },
  { code: "name", anyOf: [["familyName", "givenName"], ["fullName"]] },
  { code: "leaveDate", anyOf: [["leaveDate"]] },
];

/** The requirements a mapping does not meet, with their alternatives, so an error can name the columns to add. */
export function missingRequired(mapping: FieldMapping): Requirement[] {
  return REQUIRED.filter((requirement) => !requirement.anyOf.some((fields) => fields.every((field) => mapping[field] !== undefined)));
}

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** The cells of a row keyed by field; fields whose column is missing from the row are left out. */
export function pickFields(mapping: FieldMapping, cells: readonly string[]): Partial<Record<ImportField, string>> {
  const picked: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    const value = index === undefined ? undefined : cells[index];
    if (value !== undefined) picked[field] = value;
  }
  return picked;
}
