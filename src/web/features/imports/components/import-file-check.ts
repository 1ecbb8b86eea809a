import type { TFunction } from "i18next";
import { MAX_IMPORT_BYTES } from "../../../../shared/contracts/imports";
import type { Locale } from "../../../../shared/locales";
import { formatFileSize } from "./format-file-size";

export const IMPORT_ACCEPT = ".csv,.txt,.xlsx";

/** What the browser can tell before uploading: the size limit and the kind of file. The server checks again. */
export function importFileProblem(t: TFunction, file: File, locale: Locale): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith(".xls")) return t("imports.upload.legacyXls");
  if (!/\.(csv|txt|xlsx)$/.test(name)) return t("imports.upload.wrongType");
  if (file.size > MAX_IMPORT_BYTES) {
    return t("imports.upload.tooLarge", { max: formatFileSize(MAX_IMPORT_BYTES, locale), size: formatFileSize(file.size, locale) });
  }
  if (file.size === 0) return t("imports.upload.emptyFile");
  return null;
}
