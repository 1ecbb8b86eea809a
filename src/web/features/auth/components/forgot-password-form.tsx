import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMailCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useRequestPasswordReset } from "../api/request-password-reset";
import { emailRule } from "./validation";

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({ mode: "controlled", initialValues: { email: "" }, validate: { email: emailRule } });

  if (request.isSuccess) {
    return (
      <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} title={t("auth.checkEmail.title")} role="status">
        <Stack gap="xs">
          <Text size="sm">{t("auth.forgot.sent", { email: request.variables.email })}</Text>
          <Text size="sm" c="dimmed">
            {t("auth.checkEmail.notReceived")}
          </Text>
        </Stack>
      </Alert>
    );
  }

  const submit = form.onSubmit((values) => {
    request.mutate({ email: values.email.trim() }, { onError: (error) => applyFieldErrors(form, error, ["email"]) });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t("auth.fields.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
        <ProblemAlert error={request.error} />
        <Button type="submit" fullWidth size="md" loading={request.isPending}>
          {t("auth.forgot.submit")}
        </Button>
      </Stack>
    </form>
  );
}
