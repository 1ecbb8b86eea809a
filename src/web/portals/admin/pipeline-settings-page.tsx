import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { StagesSettings } from "../../features/pipeline/components/stages-settings";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function PipelineSettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to={paths.admin.pipeline} label={t("pipeline.stagesPage.back")} />
      <PageHeader title={t("pipeline.stagesPage.title")} description={t("pipeline.stagesPage.description")} />
      <StagesSettings />
    </>
  );
}
