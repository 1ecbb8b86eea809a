import { Button, Group, NumberInput, SimpleGrid, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { OffboardingSettings } from "../../../../shared/contracts/offboarding";
import { ProblemAlert } from "../../../components/problem-alert";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useSaveOffboardingSettings } from "../api/offboarding";

export function OffboardingSettingsForm({ settings }: { settings: OffboardingSettings }) {
  const { t } = useTranslation();
  const save = useSaveOffboardingSettings();
  const form = useForm({ mode: "controlled", initialValues: settings });
  const submit = form.onSubmit((values) =>
    save.mutate(values, {
      onSuccess: (saved) => {
        form.setInitialValues(saved);
        form.reset();
        notifySuccess(t("offboarding.settings.saved"));
      },
      onError: (error) => applyFieldErrors(form, error, ["inviteDaysBefore", "reminderDaysAfter", "tokenTtlDays"]),
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <NumberInput label={t("offboarding.settings.inviteDaysBefore")} min={0} max={60} allowDecimal={false} {...form.getInputProps("inviteDaysBefore")} />
          <NumberInput label={t("offboarding.settings.reminderDaysAfter")} min={1} max={30} allowDecimal={false} {...form.getInputProps("reminderDaysAfter")} />
          <NumberInput label={t("offboarding.settings.tokenTtlDays")} min={1} max={365} allowDecimal={false} {...form.getInputProps("tokenTtlDays")} />
        </SimpleGrid>
        {save.isError && !Object.keys(form.errors).length ? <ProblemAlert error={save.error} /> : null}
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t("offboarding.settings.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
