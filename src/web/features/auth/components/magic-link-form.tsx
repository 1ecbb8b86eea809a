import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMailCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useRequestMagicLink } from "../api/request-magic-link";
import { emailRule } from "./validation";

/** Asks for a sign-in link by email. The answer is the same whether or not the account exists. */
export function MagicLinkForm() {
  const { t } = useTranslation();
  const request = useRequestMagicLink();
  const form = useForm({ mode: "controlled", initialValues: { email: "" }, validate: { email: emailRule } });

  if (request.isSuccess) {
    return (
      <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} title={t("auth.checkEmail.title")} role="status">
        <Stack gap="xs">
          <Text size="sm">{t("auth.magic.sent", { email: request.variables.email })}</Text>
          <Text size="sm" c="dimmed">
            {t("auth.checkEmail.notReceived")}
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={() => request.reset()} w="fit-content">
            {t("auth.checkEmail.tryAgain")}
          </Button>
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
        <Text size="sm" c="dimmed">
          {t("auth.magic.intro")}
        </Text>
        <TextInput label={t("auth.fields.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
        <ProblemAlert error={request.error} />
        <Button type="submit" fullWidth size="md" loading={request.isPending}>
          {t("auth.magic.submit")}
        </Button>
      </Stack>
    </form>
  );
}
