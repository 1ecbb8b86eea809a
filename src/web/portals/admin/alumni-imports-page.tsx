import { Stack } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { ImportSteps } from "../../features/imports/components/import-steps";
import { ImportUploadCard } from "../../features/imports/components/import-upload-card";
import { ImportsHistory } from "../../features/imports/components/imports-history";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function AlumniImportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <BackLink to={paths.admin.alumni} label={t("alumni.backToList")} />
      <PageHeader title={t("imports.title")} description={t("imports.description")} />
      <ImportSteps current="choose" />
      <Stack gap="lg">
        <ImportUploadCard onStarted={(importId) => void navigate({ to: paths.admin.alumniImport, params: { importId } })} />
        <ImportsHistory />
      </Stack>
    </>
  );
}
