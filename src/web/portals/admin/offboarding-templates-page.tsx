import { Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useGraduationTemplates, useOffboardingSettings } from "../../features/offboarding/api/offboarding";
import { OffboardingSettingsForm } from "../../features/offboarding/components/offboarding-settings-form";
import { TemplateEditor } from "../../features/offboarding/components/template-editor";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function OffboardingTemplatesPage() {
  const { t } = useTranslation();
  const templates = useGraduationTemplates();
  const settings = useOffboardingSettings();
  return (
    <>
      <BackLink to={paths.admin.offboarding} label={t("offboarding.back")} />
      <PageHeader title={t("offboarding.templates.title")} description={t("offboarding.templates.description")} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          {templates.isPending ? (
            <PageLoader />
          ) : templates.isError ? (
            <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />
          ) : (
            <TemplateEditor views={templates.data} />
          )}
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="schedule-title">
          <Stack gap="md">
            <Title order={2} size="h4" id="schedule-title">
              {t("offboarding.settings.title")}
            </Title>
            {settings.isPending ? (
              <PageLoader />
            ) : settings.isError ? (
              <ProblemAlert error={settings.error} onRetry={() => void settings.refetch()} />
            ) : (
              <OffboardingSettingsForm settings={settings.data} />
            )}
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
