import { Code, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { WebhookEndpoint } from "../../../../shared/contracts/webhooks";
import { AnchorLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { eventLabel } from "./webhook-event-label";
import { EndpointStatusBadge } from "./webhook-status";

export function WebhookEndpointsTable({ endpoints }: { endpoints: WebhookEndpoint[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("webhooks.tableLabel")} minWidth={760}>
      <Table aria-label={t("webhooks.tableLabel")} verticalSpacing="sm">
        <TableHead columns={[t("webhooks.columns.url"), t("webhooks.columns.events"), t("webhooks.columns.status"), t("webhooks.columns.createdAt")]} />
        <Table.Tbody>
          {endpoints.map((endpoint) => (
            <Table.Tr key={endpoint.id}>
              <Table.Th scope="row" fw={400}>
                <Stack gap={2}>
                  <AnchorLink to={paths.admin.webhook} params={{ id: endpoint.id }} fw={600} size="sm" style={{ wordBreak: "break-all" }}>
                    {endpoint.url}
                  </AnchorLink>
                  {endpoint.description ? (
                    <Text size="xs" c="dimmed">
                      {endpoint.description}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Th>
              <Table.Td>
                <Stack gap={2}>
                  {endpoint.events.map((event) => (
                    <Text key={event} size="xs">
                      {eventLabel(t, event)} <Code fz="xs">{event}</Code>
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <EndpointStatusBadge active={endpoint.active} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(endpoint.createdAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
