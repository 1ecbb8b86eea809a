import { Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommunityGroup } from "../../../../shared/contracts/community";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useAddMember, useDecideRequest, useEmployees, useMembers } from "../api/community";

/** HR's side panel of a group: pending join requests to decide, and employees to add as hosts. */
export function GroupMembersPanel({ group }: { group: CommunityGroup }) {
  const { t } = useTranslation();
  const pending = useMembers(group.id, "pending", "");
  const decide = useDecideRequest(group.id);
  const employees = useEmployees(group.openToEmployees);
  const add = useAddMember(group.id);
  const [employee, setEmployee] = useState<string | null>(null);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="group-manage">
      <Stack gap="md">
        <Title order={2} size="h4" id="group-manage">
          {t("community.group.manage")}
        </Title>
        <div>
          <Title order={3} size="h5" mb={6}>
            {t("community.group.pendingHeading")}
          </Title>
          {pending.data?.items.length ? (
            <Stack gap={6} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {pending.data.items.map((m) => (
                <Group key={m.userId} component="li" justify="space-between" wrap="nowrap">
                  <Text size="sm">{m.name}</Text>
                  <Group gap={6} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      aria-label={`${t("community.group.approve")}: ${m.name}`}
                      onClick={() =>
                        decide.mutate(
                          { userId: m.userId, approve: true },
                          { onSuccess: () => notifySuccess(t("community.group.approved")), onError: notifyProblem },
                        )
                      }
                    >
                      {t("community.group.approve")}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={`${t("community.group.decline")}: ${m.name}`}
                      onClick={() =>
                        decide.mutate(
                          { userId: m.userId, approve: false },
                          { onSuccess: () => notifySuccess(t("community.group.declined")), onError: notifyProblem },
                        )
                      }
                    >
                      {t("community.group.decline")}
                    </Button>
                  </Group>
                </Group>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t("community.group.noPending")}
            </Text>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb={6}>
            {t("community.group.hostsHeading")}
          </Title>
          {group.openToEmployees ? (
            <Stack gap="xs">
              <Text size="xs" c="dimmed">
                {t("community.group.hostsHint")}
              </Text>
              <Select
                label={t("community.group.employee")}
                searchable
                value={employee}
                onChange={setEmployee}
                data={(employees.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name }))}
              />
              <Button
                size="sm"
                disabled={!employee}
                loading={add.isPending}
                onClick={() =>
                  employee &&
                  add.mutate(
                    { userId: employee, role: "host" },
                    {
                      onSuccess: () => {
                        notifySuccess(t("community.group.hostAdded"));
                        setEmployee(null);
                      },
                      onError: notifyProblem,
                    },
                  )
                }
              >
                {t("community.group.addHost")}
              </Button>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t("community.group.needsOpenToEmployees")}
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
