import type { TFunction } from "i18next";
import { IMPORT_FIELDS, type ImportField } from "../../../../shared/contracts/imports";

/** Most import fields are fields of the alumni record and keep its labels; the rest only exist in files. */
export function importFieldLabel(t: TFunction, field: ImportField): string {
  switch (field) {
    case "fullName":
      return t("imports.fields.fullName");
    case "fullNameKana":
      return t("imports.fields.fullNameKana");
    case "exitReason":
      return t("alumni.fields.exitReasonCategory");
    default:
      return t(`alumni.fields.${field}`);
  }
}

export function importFieldOptions(t: TFunction): { value: ImportField; label: string }[] {
  return IMPORT_FIELDS.map((field) => ({ value: field, label: importFieldLabel(t, field) }));
}
