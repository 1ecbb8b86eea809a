import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Invitation } from "../../../../shared/contracts/members";
import { ConfirmButton } from "../../../components/confirm-button";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useRevokeInvitation } from "../api/revoke-invitation";
import { InvitationStatusBadge } from "./member-badges";

export function InvitationsTable({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const revoke = useRevokeInvitation();
  return (
    <TableScroll label={t("invitations.tableLabel")} minWidth={680}>
      <Table aria-label={t("invitations.tableLabel")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("invitations.email")}</Table.Th>
            <Table.Th scope="col">{t("invitations.role")}</Table.Th>
            <Table.Th scope="col">{t("invitations.status")}</Table.Th>
            <Table.Th scope="col">{t("invitations.expiresAt")}</Table.Th>
            <Table.Th scope="col">{t("members.table.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((invitation) => (
            <Table.Tr key={invitation.id}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm">{invitation.email}</Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{t(`roles.${invitation.role}`)}</Text>
              </Table.Td>
              <Table.Td>
                <InvitationStatusBadge status={invitation.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDateTime(invitation.expiresAt)}</Text>
              </Table.Td>
              <Table.Td>
                {invitation.status === "pending" ? (
                  <ConfirmButton
                    size="xs"
                    variant="light"
                    color="red"
                    aria-label={t("invitations.revokeFor", { email: invitation.email })}
                    confirmTitle={t("invitations.revokeTitle")}
                    confirmMessage={t("invitations.revokeMessage", { email: invitation.email })}
                    confirmLabel={t("invitations.revoke")}
                    onConfirm={async () => {
                      await revoke.mutateAsync(invitation.id);
                      notifySuccess(t("invitations.revoked", { email: invitation.email }));
                    }}
                  >
                    {t("invitations.revoke")}
                  </ConfirmButton>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
