import { Badge, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { IconShieldCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Member } from "../../../../shared/contracts/members";
import { ROLES, Role } from "../../../../shared/roles";
import { ConfirmButton } from "../../../components/confirm-button";
import { TableScroll } from "../../../components/table-scroll";
import { formatDate } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useUpdateMember } from "../api/update-member";
import { MemberStatusBadge } from "./member-badges";

type Props = {
  members: Member[];
  /** Admins change roles and status; HR only reads. */
  canManage: boolean;
  currentUserId: string | null;
  /** Opens the department-history editor (admins and HR); alumni keep theirs in the directory. */
  onEditDepartments?: (member: Member) => void;
};

export function MembersTable({ members, canManage, currentUserId, onEditDepartments }: Props) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("members.table.label")} minWidth={760}>
      <Table aria-label={t("members.table.label")} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("members.table.name")}</Table.Th>
            <Table.Th scope="col">{t("members.table.role")}</Table.Th>
            <Table.Th scope="col">{t("members.table.status")}</Table.Th>
            <Table.Th scope="col">{t("members.table.mfa")}</Table.Th>
            <Table.Th scope="col">{t("members.table.joined")}</Table.Th>
            {onEditDepartments ? <Table.Th scope="col">{t("colleagues.history.column")}</Table.Th> : null}
            {canManage ? <Table.Th scope="col">{t("members.table.actions")}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <MemberRow key={member.id} member={member} canManage={canManage} isSelf={member.userId === currentUserId} onEditDepartments={onEditDepartments} />
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function MemberRow({
  member,
  canManage,
  isSelf,
  onEditDepartments,
}: {
  member: Member;
  canManage: boolean;
  isSelf: boolean;
  onEditDepartments?: (member: Member) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateMember();
  const editable = canManage && !isSelf;

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        <Stack gap={0}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              {member.name}
            </Text>
            {isSelf ? (
              <Badge size="xs" variant="outline" color="gray">
                {t("members.you")}
              </Badge>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {member.email}
          </Text>
        </Stack>
      </Table.Th>
      <Table.Td>
        {editable ? (
          <Select
            aria-label={t("members.roleFor", { name: member.name })}
            size="xs"
            w={170}
            data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            value={member.role}
            allowDeselect={false}
            disabled={update.isPending}
            onChange={(next) => {
              const parsed = Role.safeParse(next);
              if (!parsed.success || parsed.data === member.role) return;
              update.mutate(
                { id: member.id, input: { role: parsed.data } },
                {
                  onSuccess: (updated) => notifySuccess(t("members.roleChanged", { name: updated.name, role: t(`roles.${updated.role}`) })),
                  onError: notifyProblem,
                },
              );
            }}
          />
        ) : (
          <Text size="sm">{t(`roles.${member.role}`)}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <MemberStatusBadge status={member.status} />
      </Table.Td>
      <Table.Td>
        {member.mfaEnabled ? (
          <Group gap={4} wrap="nowrap">
            <IconShieldCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
            <Text size="sm">{t("members.mfaOn")}</Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t("members.mfaOff")}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{formatDate(member.createdAt)}</Text>
      </Table.Td>
      {onEditDepartments ? (
        <Table.Td>
          {member.role !== "alumnus" ? (
            <Button size="xs" variant="default" aria-label={t("colleagues.history.openFor", { name: member.name })} onClick={() => onEditDepartments(member)}>
              {t("colleagues.history.open")}
            </Button>
          ) : null}
        </Table.Td>
      ) : null}
      {canManage ? (
        <Table.Td>
          {editable ? (
            member.status === "active" ? (
              <ConfirmButton
                size="xs"
                variant="light"
                color="red"
                aria-label={t("members.disableFor", { name: member.name })}
                confirmTitle={t("members.disableTitle")}
                confirmMessage={t("members.disableMessage", { name: member.name, email: member.email })}
                confirmLabel={t("members.disable")}
                onConfirm={async () => {
                  await update.mutateAsync({ id: member.id, input: { status: "disabled" } });
                  notifySuccess(t("members.disabled", { name: member.name }));
                }}
              >
                {t("members.disable")}
              </ConfirmButton>
            ) : (
              <ConfirmButton
                size="xs"
                variant="light"
                destructive={false}
                aria-label={t("members.enableFor", { name: member.name })}
                confirmTitle={t("members.enableTitle")}
                confirmMessage={t("members.enableMessage", { name: member.name })}
                confirmLabel={t("members.enable")}
                onConfirm={async () => {
                  await update.mutateAsync({ id: member.id, input: { status: "active" } });
                  notifySuccess(t("members.enabled", { name: member.name }));
                }}
              >
                {t("members.enable")}
              </ConfirmButton>
            )
          ) : (
            <Text size="xs" c="dimmed">
              {isSelf ? t("members.selfLocked") : ""}
            </Text>
          )}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}
