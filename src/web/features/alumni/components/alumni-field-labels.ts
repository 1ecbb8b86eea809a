import type { TFunction } from "i18next";
import type { AlumnusInput } from "../../../../shared/contracts/alumni";

/** Every field with a label under `alumni.fields`, including the computed ones shown on the record page. */
export type AlumniFieldKey = keyof AlumnusInput | "name" | "reading" | "tenure";

const FIELD_KEYS = new Set<string>([
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
  "snsLinks",
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
  "returnInterest",
  "doNotRehire",
  "tags",
  "hrNotes",
  "departmentHistory",
] satisfies (keyof AlumnusInput)[]);

/** A field name from the audit log ("currentEmployer") as its label; unknown names are shown as they are. */
export function fieldLabel(t: TFunction, name: string): string {
  return FIELD_KEYS.has(name) ? t(`alumni.fields.${name as keyof AlumnusInput}`) : name;
}
