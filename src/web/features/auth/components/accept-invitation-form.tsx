import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { InvitationPreview, SignInResult } from "../../../../shared/contracts/auth";
import { PasswordField } from "../../../components/password-field";
import { ProblemAlert } from "../../../components/problem-alert";
import { applyFieldErrors } from "../../../lib/form-errors";
import { useAcceptInvitation } from "../api/accept-invitation";
import { confirmPasswordRule, MIN_PASSWORD_LENGTH, newPasswordRule, requiredRule } from "./validation";

type Props = {
  token: string;
  preview: InvitationPreview;
  onAccepted: (result: SignInResult) => void;
};

/**
 * New people choose their name and a password; people who already use Okaeri (e.g. an alumnus of
 * another company) confirm with their existing password, and their profile name is kept.
 */
export function AcceptInvitationForm({ token, preview, onAccepted }: Props) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const existing = preview.existingAccount;
  const form = useForm({
    mode: "controlled",
    initialValues: { name: "", password: "", confirmPassword: "" },
    validate: existing ? { password: requiredRule } : { name: requiredRule, password: newPasswordRule, confirmPassword: confirmPasswordRule },
  });

  const submit = form.onSubmit((values) => {
    accept.mutate(
      {
        token,
        // The server keeps the existing profile's name; the contract still wants a value.
        name: existing ? (preview.email ?? "-") : values.name.trim(),
        password: values.password,
      },
      {
        onSuccess: onAccepted,
        onError: (error) => {
          if (!applyFieldErrors(form, error, ["name", "password"]) && existing) form.setFieldValue("password", "");
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {preview.email ? <TextInput label={t("auth.fields.email")} value={preview.email} readOnly variant="filled" /> : null}
        {existing ? null : <TextInput label={t("auth.invite.name")} autoComplete="name" required {...form.getInputProps("name")} />}
        <PasswordField
          label={existing ? t("auth.invite.existingPassword") : t("auth.invite.newPassword")}
          description={existing ? t("auth.invite.existingPasswordHint") : t("validation.passwordHint", { min: MIN_PASSWORD_LENGTH })}
          autoComplete={existing ? "current-password" : "new-password"}
          required
          {...form.getInputProps("password")}
        />
        {existing ? null : (
          <PasswordField label={t("auth.invite.confirmPassword")} autoComplete="new-password" required {...form.getInputProps("confirmPassword")} />
        )}
        <ProblemAlert error={accept.error} />
        <Button type="submit" fullWidth size="md" loading={accept.isPending}>
          {existing ? t("auth.invite.submitExisting") : t("auth.invite.submit")}
        </Button>
      </Stack>
    </form>
  );
}
