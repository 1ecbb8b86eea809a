import { Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { SignInResult } from "../../../../shared/contracts/auth";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { useVerifyMfa } from "../api/verify-mfa";

export function MfaVerifyForm({ onVerified }: { onVerified: (result: SignInResult) => void }) {
  const { t } = useTranslation();
  const verify = useVerifyMfa();
  const form = useForm({
    mode: "controlled",
    initialValues: { code: "" },
    validate: { code: (value) => (/^\d{6}$/.test(value.trim()) ? null : i18n.t("validation.mfaCode")) },
  });

  const submit = form.onSubmit(({ code }) => {
    verify.mutate({ code: code.trim() }, { onSuccess: onVerified, onError: () => form.setFieldValue("code", "") });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t("auth.mfa.codeLabel")}
          description={t("auth.mfa.codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          data-autofocus
          styles={{ input: { letterSpacing: "0.3em", fontVariantNumeric: "tabular-nums" } }}
          {...form.getInputProps("code")}
        />
        <ProblemAlert error={verify.error} />
        <Button type="submit" fullWidth size="md" loading={verify.isPending}>
          {t("auth.mfa.submit")}
        </Button>
      </Stack>
    </form>
  );
}
