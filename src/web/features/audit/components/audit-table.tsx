import { Code, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../../../shared/contracts/audit";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { actorTypeLabel, auditActionLabel, targetTypeLabel } from "./audit-labels";

export function AuditTable({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("audit.tableLabel")} minWidth={1000}>
      <Table aria-label={t("audit.tableLabel")} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("audit.columns.at")}</Table.Th>
            <Table.Th scope="col">{t("audit.columns.action")}</Table.Th>
            <Table.Th scope="col">{t("audit.columns.actor")}</Table.Th>
            <Table.Th scope="col">{t("audit.columns.target")}</Table.Th>
            <Table.Th scope="col">{t("audit.columns.details")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <AuditRow key={event.id} event={event} />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function AuditRow({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const meta = Object.entries(event.meta);
  const actor = event.actorLabel ?? (event.actorType === "system" ? t("audit.actor.system") : (event.actorId ?? t("audit.actor.unknown")));
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: "nowrap" }}>
        <Text size="sm" ff="monospace">
          <time dateTime={event.at}>{formatDateTime(event.at)}</time>
        </Text>
      </Table.Td>
      <Table.Th scope="row" fw={400}>
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {auditActionLabel(t, event.action)}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {event.action}
          </Text>
        </Stack>
      </Table.Th>
      <Table.Td>
        <Stack gap={0}>
          <Text size="sm" style={{ whiteSpace: "nowrap" }}>
            {actor}
          </Text>
          <Text size="xs" c="dimmed">
            {actorTypeLabel(t, event.actorType)}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        {event.targetType ? (
          <Stack gap={0}>
            <Text size="sm">{targetTypeLabel(t, event.targetType)}</Text>
            {event.targetId ? (
              <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: "break-all" }}>
                {event.targetId}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t("common.none")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Stack gap={2}>
          {meta.map(([key, value]) => (
            <Text key={key} size="xs">
              <Code fz="xs">{key}</Code> {String(value)}
            </Text>
          ))}
          {event.requestId ? (
            <Text size="xs" c="dimmed">
              {t("errors.requestId", { id: event.requestId })}
            </Text>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
