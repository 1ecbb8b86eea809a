import { Alert, Button, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMailCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useRequestMagicLink } from "../api/request-magic-link";
import { useRequestPasswordReset } from "../api/request-password-reset";
import { emailRule } from "./validation";

const COPY = {
  magic: { intro: "auth.magic.intro", sent: "auth.magic.sent", submit: "auth.magic.submit" },
  reset: { intro: null, sent: "auth.forgot.sent", submit: "auth.forgot.submit" },
} as const;

/**
 * Asks for a link by email: a sign-in link or a password reset. The answer is the same whether or
 * not the account exists, so the form cannot be used to find out who has one.
 */
export function EmailLinkForm({ kind }: { kind: keyof typeof COPY }) {
  const { t } = useTranslation();
  const magic = useRequestMagicLink();
  const reset = useRequestPasswordReset();
  const request = kind === "magic" ? magic : reset;
  const copy = COPY[kind];
  const form = useForm({ mode: "controlled", initialValues: { email: "" }, validate: { email: emailRule } });

  if (request.isSuccess) {
    return (
      <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} title={t("auth.checkEmail.title")} role="status">
        <Stack gap="xs">
          <Text size="sm">{t(copy.sent, { email: request.variables.email })}</Text>
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
        {copy.intro && (
          <Text size="sm" c="dimmed">
            {t(copy.intro)}
          </Text>
        )}
        <TextInput label={t("auth.fields.email")} type="email" autoComplete="email" required {...form.getInputProps("email")} />
        <ProblemAlert error={request.error} />
        <Button type="submit" fullWidth size="md" loading={request.isPending}>
          {t(copy.submit)}
        </Button>
      </Stack>
    </form>
  );
}
