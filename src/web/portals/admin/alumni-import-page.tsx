import { IconFileSearch } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { AlumniImport } from "../../../shared/contracts/imports";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { ButtonLink } from "../../components/router-links";
import { alumniKeys } from "../../features/alumni/api/keys";
import { useImport } from "../../features/imports/api/get-import";
import { isImportActive } from "../../features/imports/api/import-status";
import { DryRunReview } from "../../features/imports/components/dry-run-review";
import { formatFileSize } from "../../features/imports/components/format-file-size";
import { ImportStatusBadge } from "../../features/imports/components/import-badges";
import { ImportFailure } from "../../features/imports/components/import-failure";
import { ImportProgress } from "../../features/imports/components/import-progress";
import { ImportResult } from "../../features/imports/components/import-result";
import { ImportSteps } from "../../features/imports/components/import-steps";
import { currentLocale } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

/** One import: its progress while it runs, then the dry run to review or the import's result. */
export function AlumniImportPage({ importId }: { importId: string }) {
  const { t } = useTranslation();
  const item = useImport(importId);
  return (
    <RecordPage
      query={item}
      back={<BackLink to={paths.admin.alumniImports} label={t("imports.backToImports")} />}
      notFound={{
        title: t("imports.notFoundTitle"),
        body: t("imports.notFoundBody"),
        icon: <IconFileSearch size={26} />,
        action: (
          <ButtonLink to={paths.admin.alumniImports} variant="light">
            {t("imports.backToImports")}
          </ButtonLink>
        ),
      }}
    >
      {(item) => <ImportView item={item} />}
    </RecordPage>
  );
}

function ImportView({ item }: { item: AlumniImport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const changedDirectory = !item.dryRun && item.status === "succeeded";

  useEffect(() => {
    if (changedDirectory) void queryClient.invalidateQueries({ queryKey: alumniKeys.all });
  }, [changedDirectory, queryClient]);

  const description = t("imports.page.description", {
    fileName: item.fileName,
    size: formatFileSize(item.fileSize, currentLocale()),
    date: formatDateTime(item.createdAt),
  });

  return (
    <>
      <PageHeader
        title={item.dryRun ? t("imports.page.dryRunTitle") : t("imports.page.importTitle")}
        description={description}
        actions={<ImportStatusBadge status={item.status} size="lg" />}
      />
      <ImportSteps current={item.dryRun ? "review" : "import"} finished={changedDirectory} />
      {isImportActive(item.status) ? (
        <ImportProgress item={item} />
      ) : item.status === "failed" ? (
        <ImportFailure key={item.id} item={item} />
      ) : item.dryRun && item.detection ? (
        <DryRunReview key={item.id} item={item} detection={item.detection} />
      ) : (
        <ImportResult item={item} />
      )}
    </>
  );
}
