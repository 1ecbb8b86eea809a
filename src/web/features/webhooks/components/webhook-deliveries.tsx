import { Button, Code, Group, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { WEBHOOK_DELIVERY_STATUSES, type WebhookDelivery, WebhookDeliveryStatus } from "../../../../shared/contracts/webhooks";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useRedeliverWebhook } from "../api/change-webhook-endpoint";
import { useWebhookDeliveries } from "../api/get-webhook-deliveries";
import { eventLabel } from "./webhook-event-label";
import { DeliveryStatusBadge } from "./webhook-status";

/** The delivery log of one endpoint, newest first, with a status filter and redelivery. */
export function WebhookDeliveries({ endpointId, active }: { endpointId: string; active: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>(undefined);
  const deliveries = useWebhookDeliveries(endpointId, status);
  const items = deliveries.data?.pages.flatMap((page) => page.items) ?? [];
  const total = deliveries.data?.pages[0]?.total ?? 0;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {t("webhooks.deliveries.heading")}
          </Title>
          <Select
            label={t("webhooks.deliveries.statusFilter")}
            w={200}
            value={status ?? "all"}
            allowDeselect={false}
            data={[
              { value: "all", label: t("webhooks.deliveries.allStatuses") },
              ...WEBHOOK_DELIVERY_STATUSES.map((value) => ({ value, label: t(`webhooks.deliveryStatus.${value}`) })),
            ]}
            onChange={(value) => {
              const parsed = WebhookDeliveryStatus.safeParse(value);
              setStatus(parsed.success ? parsed.data : undefined);
            }}
          />
        </Group>
        {deliveries.isPending ? (
          <PageLoader />
        ) : deliveries.isError ? (
          <ProblemAlert error={deliveries.error} onRetry={() => void deliveries.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={<IconSend size={26} />}
            title={status ? t("webhooks.deliveries.emptyFilteredTitle") : t("webhooks.deliveries.emptyTitle")}
            description={status ? t("webhooks.deliveries.emptyFilteredBody") : t("webhooks.deliveries.emptyBody")}
          />
        ) : (
          <>
            <DeliveriesTable items={items} canRedeliver={active} />
            <LoadMore
              shown={items.length}
              total={total}
              hasMore={deliveries.hasNextPage}
              loading={deliveries.isFetchingNextPage}
              onLoadMore={() => void deliveries.fetchNextPage()}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

function DeliveriesTable({ items, canRedeliver }: { items: WebhookDelivery[]; canRedeliver: boolean }) {
  const { t } = useTranslation();
  const redeliver = useRedeliverWebhook();
  return (
    <TableScroll label={t("webhooks.deliveries.tableLabel")} minWidth={900}>
      <Table aria-label={t("webhooks.deliveries.tableLabel")} verticalSpacing="xs">
        <TableHead
          columns={[
            t("webhooks.deliveries.createdAt"),
            t("webhooks.deliveries.event"),
            t("webhooks.deliveries.status"),
            t("webhooks.deliveries.attempts"),
            t("webhooks.deliveries.response"),
            t("webhooks.deliveries.deliveredAt"),
            t("webhooks.deliveries.actions"),
          ]}
        />
        <Table.Tbody>
          {items.map((delivery) => {
            const finished = delivery.status === "delivered" || delivery.status === "failed";
            return (
              <Table.Tr key={delivery.id}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm">{formatDateTime(delivery.createdAt)}</Text>
                  <Code fz="xs" title={t("webhooks.deliveries.deliveryId")}>
                    {delivery.id.slice(0, 8)}
                  </Code>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{eventLabel(t, delivery.event)}</Text>
                  <Code fz="xs">{delivery.event}</Code>
                </Table.Td>
                <Table.Td>
                  <DeliveryStatusBadge status={delivery.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{delivery.attempts}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={delivery.lastError ? "red" : undefined}>
                    {delivery.lastError ?? (delivery.responseStatus === null ? t("common.none") : `HTTP ${delivery.responseStatus}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={delivery.deliveredAt ? undefined : "dimmed"}>
                    {delivery.deliveredAt ? formatDateTime(delivery.deliveredAt) : t("common.none")}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {finished && canRedeliver ? (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t("webhooks.deliveries.redeliverFor", { time: formatDateTime(delivery.createdAt) })}
                      loading={redeliver.isPending && redeliver.variables === delivery.id}
                      onClick={() =>
                        redeliver.mutate(delivery.id, {
                          onSuccess: () => notifySuccess(t("webhooks.deliveries.redelivered")),
                          onError: notifyProblem,
                        })
                      }
                    >
                      {t("webhooks.deliveries.redeliver")}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
