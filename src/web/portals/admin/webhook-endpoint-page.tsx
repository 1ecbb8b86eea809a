import { Button, Code, Group, List, Modal, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPencil, IconSend, IconWebhookOff } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { WebhookEndpoint } from "../../../shared/contracts/webhooks";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { ButtonLink } from "../../components/router-links";
import {
  useDeleteWebhookEndpoint,
  useRotateWebhookSecret,
  useSendWebhookTest,
  useUpdateWebhookEndpoint,
} from "../../features/webhooks/api/change-webhook-endpoint";
import { useWebhookEndpoint } from "../../features/webhooks/api/get-webhook-endpoint";
import { WebhookDeliveries } from "../../features/webhooks/components/webhook-deliveries";
import { WebhookEndpointModal } from "../../features/webhooks/components/webhook-endpoint-modal";
import { eventLabel } from "../../features/webhooks/components/webhook-event-label";
import { WebhookSecret } from "../../features/webhooks/components/webhook-secret";
import { EndpointStatusBadge } from "../../features/webhooks/components/webhook-status";
import { formatDateTime } from "../../lib/dates";
import { notifyProblem, notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function WebhookEndpointPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const endpoint = useWebhookEndpoint(id);
  return (
    <RecordPage
      query={endpoint}
      back={<BackLink to={paths.admin.webhooks} label={t("webhooks.backToList")} />}
      notFound={{
        title: t("webhooks.notFoundTitle"),
        body: t("webhooks.notFoundBody"),
        icon: <IconWebhookOff size={26} />,
        action: (
          <ButtonLink to={paths.admin.webhooks} variant="light">
            {t("webhooks.backToList")}
          </ButtonLink>
        ),
      }}
    >
      {(data) => <EndpointDetail endpoint={data} />}
    </RecordPage>
  );
}

function EndpointDetail({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [editing, edit] = useDisclosure(false);
  const [secret, setSecret] = useState<string | null>(null);
  const update = useUpdateWebhookEndpoint(endpoint.id);
  const test = useSendWebhookTest(endpoint.id);
  const rotate = useRotateWebhookSecret(endpoint.id);
  const remove = useDeleteWebhookEndpoint();

  return (
    <>
      <PageHeader
        title={endpoint.description || t("webhooks.detailTitle")}
        description={
          <Text span style={{ wordBreak: "break-all" }}>
            {endpoint.url}
          </Text>
        }
        actions={
          <>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              disabled={!endpoint.active}
              loading={test.isPending}
              onClick={() => test.mutate(undefined, { onSuccess: () => notifySuccess(t("webhooks.testSent")), onError: notifyProblem })}
            >
              {t("webhooks.test")}
            </Button>
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={edit.open}>
              {t("webhooks.edit")}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t("webhooks.detailsHeading")}
              </Title>
              <EndpointStatusBadge active={endpoint.active} />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t("webhooks.columns.events")}
                </Text>
                <List size="sm" spacing={2}>
                  {endpoint.events.map((event) => (
                    <List.Item key={event}>
                      {eventLabel(t, event)} <Code fz="xs">{event}</Code>
                    </List.Item>
                  ))}
                </List>
              </Stack>
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t("webhooks.signingHeading")}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("webhooks.signingHelp")}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("webhooks.updatedAt", { time: formatDateTime(endpoint.updatedAt) })}
                </Text>
              </Stack>
            </SimpleGrid>
            <Group gap="sm">
              {endpoint.active ? (
                <ConfirmButton
                  variant="default"
                  confirmTitle={t("webhooks.disableTitle")}
                  confirmMessage={t("webhooks.disableMessage")}
                  confirmLabel={t("webhooks.disable")}
                  onConfirm={async () => {
                    await update.mutateAsync({ active: false });
                    notifySuccess(t("webhooks.disabled"));
                  }}
                >
                  {t("webhooks.disable")}
                </ConfirmButton>
              ) : (
                <Button
                  variant="default"
                  loading={update.isPending}
                  onClick={() => update.mutate({ active: true }, { onSuccess: () => notifySuccess(t("webhooks.enabled")), onError: notifyProblem })}
                >
                  {t("webhooks.enable")}
                </Button>
              )}
              <ConfirmButton
                variant="default"
                confirmTitle={t("webhooks.rotateTitle")}
                confirmMessage={t("webhooks.rotateMessage")}
                confirmLabel={t("webhooks.rotate")}
                onConfirm={async () => setSecret((await rotate.mutateAsync()).secret)}
              >
                {t("webhooks.rotate")}
              </ConfirmButton>
              <ConfirmButton
                variant="light"
                color="red"
                confirmTitle={t("webhooks.deleteTitle")}
                confirmMessage={t("webhooks.deleteMessage", { url: endpoint.url })}
                confirmLabel={t("webhooks.delete")}
                onConfirm={async () => {
                  await remove.mutateAsync(endpoint.id);
                  notifySuccess(t("webhooks.deleted"));
                  await navigate({ to: paths.admin.webhooks });
                }}
              >
                {t("webhooks.delete")}
              </ConfirmButton>
            </Group>
          </Stack>
        </Paper>
        <WebhookDeliveries endpointId={endpoint.id} active={endpoint.active} />
      </Stack>
      <WebhookEndpointModal key={endpoint.updatedAt} opened={editing} onClose={edit.close} endpoint={endpoint} />
      <Modal
        opened={secret !== null}
        onClose={() => setSecret(null)}
        closeOnClickOutside={false}
        title={t("webhooks.secret.rotatedTitle")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        {secret ? <WebhookSecret secret={secret} onDone={() => setSecret(null)} /> : null}
      </Modal>
    </>
  );
}
