import { Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { TenantSettings } from "../../../../shared/contracts/tenant";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { notifySuccess } from "../../../lib/notify";
import { useUpdateTenantSettings } from "../../tenant/api/update-tenant-settings";

/** Newsletter open tracking: off by default; switching it on also adds a statement to the privacy notice. */
export function OpenTrackingSetting({ settings }: { settings: TenantSettings }) {
  const { t } = useTranslation();
  const update = useUpdateTenantSettings();
  const [opened, dialog] = useDisclosure(false);
  const on = settings.newsletterOpenTracking;
  return (
    <Paper withBorder p="lg" radius="md" mt="lg" component="section" aria-labelledby="open-tracking-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="open-tracking-heading">
          {t("mail.openTracking.title")}
        </Title>
        <Text size="sm">{t("mail.openTracking.body")}</Text>
        <Switch
          checked={on}
          onChange={dialog.open}
          label={t("mail.openTracking.label")}
          description={on ? t("mail.openTracking.onHelp") : t("mail.openTracking.offHelp")}
        />
      </Stack>
      <ConfirmDialog
        opened={opened}
        onClose={dialog.close}
        title={on ? t("mail.openTracking.confirmOffTitle") : t("mail.openTracking.confirmOnTitle")}
        message={on ? t("mail.openTracking.confirmOffMessage") : t("mail.openTracking.confirmOnMessage")}
        confirmLabel={on ? t("mail.openTracking.confirmOff") : t("mail.openTracking.confirmOn")}
        destructive={false}
        onConfirm={async () => {
          await update.mutateAsync({ newsletterOpenTracking: !on });
          notifySuccess(on ? t("mail.openTracking.turnedOff") : t("mail.openTracking.turnedOn"));
        }}
      />
    </Paper>
  );
}
