import { Alert, Badge, Button, Code, CopyButton, Group, Image, List, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconShieldCheck, IconShieldExclamation } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../shared/contracts/me";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { notifySuccess } from "../../../lib/notify";
import { useDisableMfa } from "../api/disable-mfa";
import { useEnableMfa } from "../api/enable-mfa";
import { useSetupMfa } from "../api/setup-mfa";
import { isSixDigits, MfaCodeInput } from "./mfa-code-input";

const codeRule = (value: string) => (isSixDigits(value.trim()) ? null : i18n.t("validation.mfaCode"));

type Props = {
  me: Me;
  /** Called once two-factor authentication is switched on. */
  onEnabled?: () => void;
};

/** Two-factor authentication (TOTP): set up with a QR code and a confirmation code, or switch off. */
export function MfaSection({ me, onEnabled }: Props) {
  const { t } = useTranslation();
  const enabled = me.user?.mfaEnabled ?? false;

  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text fw={600}>{t("account.mfa.status")}</Text>
        {enabled ? (
          <Badge color="teal" variant="light" leftSection={<IconShieldCheck size={14} aria-hidden />}>
            {t("account.mfa.enabled")}
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            {t("account.mfa.disabled")}
          </Badge>
        )}
      </Group>
      {me.mfaSetupRequired ? (
        <Alert color="indigo" variant="light" icon={<IconShieldExclamation aria-hidden />} title={t("account.mfa.requiredTitle")} role="note">
          {t("account.mfa.requiredBody")}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed">
        {t("account.mfa.explanation")}
      </Text>
      {enabled ? <DisableMfa /> : <EnableMfa onEnabled={onEnabled} />}
    </Stack>
  );
}

function EnableMfa({ onEnabled }: { onEnabled?: () => void }) {
  const { t } = useTranslation();
  const setup = useSetupMfa();
  const enable = useEnableMfa();
  const form = useForm({ mode: "controlled", initialValues: { code: "" }, validate: { code: codeRule } });

  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t("account.mfa.start")}
        </Button>
        <ProblemAlert error={setup.error} />
      </Stack>
    );
  }

  const submit = form.onSubmit(({ code }) => {
    enable.mutate(
      { code: code.trim() },
      {
        onSuccess: () => {
          notifySuccess(t("account.mfa.enabledToast"));
          setup.reset();
          form.reset();
          onEnabled?.();
        },
        onError: () => form.setFieldValue("code", ""),
      },
    );
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t("account.mfa.setupTitle")}
        </Title>
        <List type="ordered" spacing="xs" size="sm">
          <List.Item>{t("account.mfa.step1")}</List.Item>
          <List.Item>{t("account.mfa.step2")}</List.Item>
          <List.Item>{t("account.mfa.step3")}</List.Item>
        </List>
        <Group align="flex-start" gap="xl" wrap="wrap">
          <Image src={setup.data.qrDataUrl} alt={t("account.mfa.qrAlt")} w={200} h={200} fit="contain" radius="sm" bd="1px solid var(--mantine-color-gray-3)" />
          <Stack gap="xs" style={{ flex: "1 1 240px" }}>
            <Text size="sm">{t("account.mfa.manualEntry")}</Text>
            <Group gap="xs" wrap="nowrap">
              <Code fz="sm" style={{ wordBreak: "break-all" }}>
                {setup.data.secret}
              </Code>
              <CopyButton value={setup.data.secret}>
                {({ copied, copy }) => (
                  <Button size="compact-sm" variant="light" onClick={copy}>
                    {copied ? t("common.copied") : t("account.mfa.copySecret")}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <form onSubmit={submit} noValidate>
              <Stack gap="sm" mt="sm">
                <MfaCodeInput label={t("account.mfa.codeLabel")} required {...form.getInputProps("code")} maw={220} />
                <ProblemAlert error={enable.error} />
                <Group>
                  <Button type="submit" loading={enable.isPending}>
                    {t("account.mfa.confirm")}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Stack>
        </Group>
      </Stack>
    </Paper>
  );
}

function DisableMfa() {
  const { t } = useTranslation();
  const disable = useDisableMfa();
  const form = useForm({ mode: "controlled", initialValues: { code: "" }, validate: { code: codeRule } });

  const submit = form.onSubmit(({ code }) => {
    disable.mutate(
      { code: code.trim() },
      {
        onSuccess: () => {
          notifySuccess(t("account.mfa.disabledToast"));
          form.reset();
        },
        onError: () => form.setFieldValue("code", ""),
      },
    );
  });

  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("account.mfa.disableTitle")}
          </Title>
          <Text size="sm">{t("account.mfa.disableBody")}</Text>
          <MfaCodeInput label={t("account.mfa.codeLabel")} required {...form.getInputProps("code")} maw={220} />
          <ProblemAlert error={disable.error} />
          <Group>
            <Button type="submit" color="red" variant="outline" loading={disable.isPending}>
              {t("account.mfa.disable")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
