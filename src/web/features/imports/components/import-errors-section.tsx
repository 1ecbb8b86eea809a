import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AlumniImport } from "../../../../shared/contracts/imports";
import { ImportErrorsTable } from "./import-errors-table";
import { ImportSection } from "./import-section";
import { RejectedRowsButton } from "./rejected-rows-button";

/** The rows that are (or would be) refused and why; all of them are in the downloadable CSV. */
export function ImportErrorsSection({ item }: { item: AlumniImport }) {
  const { t } = useTranslation();
  if (item.rejected === 0 && item.errors.length === 0) return null;
  return (
    <ImportSection
      title={t("imports.errors.title")}
      description={
        <>
          {item.dryRun ? t("imports.errors.dryRunBody") : t("imports.errors.body")}
          {item.rejected > item.errors.length ? (
            <Text size="sm" c="dark" mt={4}>
              {t("imports.errors.more", { shown: item.errors.length, total: item.rejected })}
            </Text>
          ) : null}
        </>
      }
      actions={item.rejected > 0 ? <RejectedRowsButton importId={item.id} count={item.rejected} /> : null}
    >
      <ImportErrorsTable errors={item.errors} />
    </ImportSection>
  );
}
