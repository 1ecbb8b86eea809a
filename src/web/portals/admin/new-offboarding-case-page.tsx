import { Paper, Stack, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { useCreateCase, useOffboardingSettings } from "../../features/offboarding/api/offboarding";
import { CaseCsvUpload } from "../../features/offboarding/components/case-csv-upload";
import { CaseForm } from "../../features/offboarding/components/case-form";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function NewOffboardingCasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCase();
  const settings = useOffboardingSettings();
  return (
    <>
      <BackLink to={paths.admin.offboarding} label={t("offboarding.back")} />
      <PageHeader title={t("offboarding.form.title")} description={t("offboarding.form.description")} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <CaseForm
            inviteDaysBefore={settings.data?.inviteDaysBefore ?? 5}
            submitLabel={t("offboarding.actions.create")}
            pending={create.isPending}
            error={create.error}
            onSubmit={async (input) => {
              const created = await create.mutateAsync(input);
              notifySuccess(t("offboarding.form.created", { name: `${created.familyName} ${created.givenName}` }));
              await navigate({ to: paths.admin.offboardingCase, params: { id: created.id } });
            }}
          />
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="csv-title">
          <Stack gap="sm">
            <Title order={2} size="h4" id="csv-title">
              {t("offboarding.csv.title")}
            </Title>
            <CaseCsvUpload onDone={() => void navigate({ to: paths.admin.offboarding })} />
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
