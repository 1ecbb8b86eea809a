import { Badge, Code, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ApiKey } from "../../../../shared/contracts/api-keys";
import { ConfirmButton } from "../../../components/confirm-button";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useRevokeApiKey } from "../api/revoke-api-key";

export function ApiKeysTable({ keys }: { keys: ApiKey[] }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  return (
    <TableScroll label={t("apiKeys.tableLabel")} minWidth={800}>
      <Table aria-label={t("apiKeys.tableLabel")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("apiKeys.name")}</Table.Th>
            <Table.Th scope="col">{t("apiKeys.role")}</Table.Th>
            <Table.Th scope="col">{t("apiKeys.prefix")}</Table.Th>
            <Table.Th scope="col">{t("apiKeys.createdAt")}</Table.Th>
            <Table.Th scope="col">{t("apiKeys.lastUsedAt")}</Table.Th>
            <Table.Th scope="col">{t("apiKeys.status")}</Table.Th>
            <Table.Th scope="col">{t("members.table.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Th scope="row" fw={600}>
                <Text size="sm" fw={600}>
                  {key.name}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{t(`roles.${key.role}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Code>{key.prefix}…</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(key.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={key.lastUsedAt ? undefined : "dimmed"}>
                  {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t("apiKeys.neverUsed")}
                </Text>
              </Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge color="gray" variant="light">
                    {t("apiKeys.revokedStatus")}
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    {t("apiKeys.activeStatus")}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Text size="xs" c="dimmed">
                    {formatDateTime(key.revokedAt)}
                  </Text>
                ) : (
                  <ConfirmButton
                    size="xs"
                    variant="light"
                    color="red"
                    aria-label={t("apiKeys.revokeFor", { name: key.name })}
                    confirmTitle={t("apiKeys.revokeTitle")}
                    confirmMessage={t("apiKeys.revokeMessage", { name: key.name })}
                    confirmLabel={t("apiKeys.revoke")}
                    onConfirm={async () => {
                      await revoke.mutateAsync(key.id);
                      notifySuccess(t("apiKeys.revoked", { name: key.name }));
                    }}
                  >
                    {t("apiKeys.revoke")}
                  </ConfirmButton>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
