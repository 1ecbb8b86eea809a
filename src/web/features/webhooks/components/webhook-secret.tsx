import { Alert, Button, Code, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CopyValueButton } from "../../../components/copy-value-button";

/** A signing secret, shown this one time, with a copy button. */
export function WebhookSecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("webhooks.secret.onceTitle")} role="note">
        {t("webhooks.secret.onceBody")}
      </Alert>
      <Stack gap={4}>
        <Text size="sm" fw={600} id="webhook-secret-label">
          {t("webhooks.secret.label")}
        </Text>
        <Code block fz="sm" style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }} aria-labelledby="webhook-secret-label" data-testid="webhook-secret">
          {secret}
        </Code>
      </Stack>
      <Group justify="space-between">
        <CopyValueButton value={secret} label={t("webhooks.secret.copy")} />
        <Button variant="default" onClick={onDone}>
          {t("webhooks.secret.done")}
        </Button>
      </Group>
    </Stack>
  );
}
