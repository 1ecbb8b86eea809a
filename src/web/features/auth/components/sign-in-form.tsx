import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { SignInResult } from "../../../../shared/contracts/auth";
import { PasswordField } from "../../../components/password-field";
import { ProblemAlert } from "../../../components/problem-alert";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useSignIn } from "../api/sign-in";
import { emailRule, requiredRule } from "./validation";

export function SignInForm({ onSignedIn }: { onSignedIn: (result: SignInResult) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const form = useForm({
    mode: "controlled",
    initialValues: { email: "", password: "" },
    validate: { email: emailRule, password: requiredRule },
  });

  const submit = form.onSubmit((values) => {
    signIn.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (!applyFieldErrors(form, error, ["email", "password"])) form.setFieldValue("password", "");
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label={t("auth.fields.email")} type="email" autoComplete="username" required {...form.getInputProps("email")} />
        <PasswordField label={t("auth.fields.password")} autoComplete="current-password" required {...form.getInputProps("password")} />
        <ProblemAlert error={signIn.error} />
        <Button type="submit" fullWidth size="md" loading={signIn.isPending}>
          {t("auth.login.submit")}
        </Button>
      </Stack>
    </form>
  );
}
