import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { TenantSettings } from "../../../../shared/contracts/tenant";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useUpdateTenantSettings } from "../api/update-tenant-settings";

type Props = { settings: TenantSettings; onSaved?: () => void };

export function TenantSettingsForm({ settings, onSaved }: Props) {
  const { t } = useTranslation();
  const update = useUpdateTenantSettings(onSaved);
  const form = useForm({
    mode: "controlled",
    initialValues: { name: settings.name, mfaRequiredForStaff: settings.mfaRequiredForStaff },
    validate: { name: (value) => (value.trim() ? null : i18n.t("validation.required")) },
  });

  const submit = form.onSubmit((values) => {
    update.mutate(
      { name: values.name.trim(), mfaRequiredForStaff: values.mfaRequiredForStaff },
      {
        onSuccess: (saved) => {
          form.setInitialValues({ name: saved.name, mfaRequiredForStaff: saved.mfaRequiredForStaff });
          form.reset();
          notifySuccess(t("settings.saved"));
        },
        onError: (error) => applyFieldErrors(form, error, ["name", "mfaRequiredForStaff"]),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t("settings.companyTitle")}
            </Title>
            <TextInput label={t("settings.name")} required maw={480} {...form.getInputProps("name")} />
            <TextInput label={t("settings.slug")} description={t("settings.slugHint")} value={settings.slug} readOnly variant="filled" maw={480} />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <Title order={2} size="h4">
              {t("settings.securityTitle")}
            </Title>
            <Switch
              label={t("settings.mfaRequired")}
              description={t("settings.mfaRequiredHint")}
              size="md"
              {...form.getInputProps("mfaRequiredForStaff", { type: "checkbox" })}
            />
            <Text size="xs" c="dimmed">
              {t("settings.mfaRequiredNote")}
            </Text>
          </Stack>
        </Paper>
        {update.isError && !form.errors.name ? <ProblemAlert error={update.error} /> : null}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
