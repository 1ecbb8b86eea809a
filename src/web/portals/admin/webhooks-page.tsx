import { Button, Paper, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus, IconWebhook } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useWebhookEndpoints } from "../../features/webhooks/api/get-webhook-endpoints";
import { WebhookEndpointModal } from "../../features/webhooks/components/webhook-endpoint-modal";
import { WebhookEndpointsTable } from "../../features/webhooks/components/webhook-endpoints-table";

export function WebhooksPage() {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const endpoints = useWebhookEndpoints();

  return (
    <>
      <PageHeader
        title={t("webhooks.title")}
        description={t("webhooks.description")}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={modal.open}>
            {t("webhooks.add")}
          </Button>
        }
      />
      <Stack gap="lg">
        {endpoints.isPending ? (
          <PageLoader />
        ) : endpoints.isError ? (
          <ProblemAlert error={endpoints.error} onRetry={() => void endpoints.refetch()} />
        ) : endpoints.data.items.length === 0 ? (
          <EmptyState
            icon={<IconWebhook size={26} />}
            title={t("webhooks.emptyTitle")}
            description={t("webhooks.emptyBody")}
            action={<Button onClick={modal.open}>{t("webhooks.add")}</Button>}
          />
        ) : (
          <Paper withBorder radius="md" p="lg">
            <WebhookEndpointsTable endpoints={endpoints.data.items} />
          </Paper>
        )}
      </Stack>
      <WebhookEndpointModal opened={opened} onClose={modal.close} />
    </>
  );
}
