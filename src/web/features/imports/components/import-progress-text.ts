import type { TFunction } from "i18next";
import type { AlumniImportSummary } from "../../../../shared/contracts/imports";

/** 「12,000 / 100,000 行」, or 「12,000 行」 while the total is not known yet. */
export function progressText(t: TFunction, item: Pick<AlumniImportSummary, "processedRows" | "totalRows">): string {
  return item.totalRows === null
    ? t("imports.progress.rowsSoFar", { processed: item.processedRows })
    : t("imports.progress.rowsOfTotal", { processed: item.processedRows, total: item.totalRows });
}
