import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../shared/contracts/me";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useUpdateMe } from "../api/update-me";

export function ProfileForm({ user }: { user: NonNullable<Me["user"]> }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const form = useForm({
    mode: "controlled",
    initialValues: { name: user.name },
    validate: {
      name: (value) => (value.trim().length === 0 ? i18n.t("validation.required") : null),
    },
  });

  const submit = form.onSubmit((values) => {
    updateMe.mutate(
      { name: values.name.trim() },
      {
        onSuccess: (me) => {
          form.resetDirty({ name: me.user?.name ?? values.name });
          notifySuccess(t("account.profile.saved"));
        },
        onError: (error) => applyFieldErrors(form, error, ["name"]),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={480}>
        <TextInput label={t("account.profile.email")} value={user.email} readOnly variant="filled" />
        <TextInput label={t("account.profile.name")} autoComplete="name" required {...form.getInputProps("name")} />
        {updateMe.isError && !form.errors.name ? <ProblemAlert error={updateMe.error} /> : null}
        <Group>
          <Button type="submit" loading={updateMe.isPending}>
            {t("common.save")}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t("account.profile.emailHint")}
        </Text>
      </Stack>
    </form>
  );
}
