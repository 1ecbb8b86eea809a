import { Button, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { PasswordField } from "../../../components/password-field";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useConfirmPasswordReset } from "../api/confirm-password-reset";
import { confirmPasswordRule, MIN_PASSWORD_LENGTH, newPasswordRule } from "./validation";

type Props = {
  token: string;
  onDone: () => void;
  /** The link turned out to be expired or invalid (410). */
  onTokenRejected: (code: string) => void;
};

export function ResetPasswordForm({ token, onDone, onTokenRejected }: Props) {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  const form = useForm({
    mode: "controlled",
    initialValues: { password: "", confirmPassword: "" },
    validate: { password: newPasswordRule, confirmPassword: confirmPasswordRule },
  });

  const submit = form.onSubmit((values) => {
    confirm.mutate(
      { token, password: values.password },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error) && error.status === 410) onTokenRejected(error.code);
          else applyFieldErrors(form, error, ["password"]);
        },
      },
    );
  });

  const showProblem = confirm.isError && !form.errors.password;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordField
          label={t("auth.reset.newPassword")}
          description={t("validation.passwordHint", { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps("password")}
        />
        <PasswordField label={t("auth.reset.confirmPassword")} autoComplete="new-password" required {...form.getInputProps("confirmPassword")} />
        {showProblem ? <ProblemAlert error={confirm.error} /> : null}
        <Button type="submit" fullWidth size="md" loading={confirm.isPending}>
          {t("auth.reset.submit")}
        </Button>
      </Stack>
    </form>
  );
}
