import { Alert, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconPlus, IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommunityGroup } from "../../../../shared/contracts/community";
import { EmptyState } from "../../../components/empty-state";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { useGroups } from "../api/community";
import { type CommunityPortal, communityPaths } from "./community-links";
import { GroupBadges } from "./group-badges";
import { GroupFormModal } from "./group-form-modal";
import { MembershipButton } from "./membership-button";

function GroupCard({ group, portal }: { group: CommunityGroup; portal: CommunityPortal }) {
  const { t } = useTranslation();
  const links = communityPaths(portal);
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={`group-${group.id}`}>
      <Stack gap="sm" h="100%">
        <Title order={3} size="h4" id={`group-${group.id}`}>
          {group.canRead ? (
            <AnchorLink to={links.group} params={{ id: group.id }} inherit>
              {group.name}
            </AnchorLink>
          ) : (
            group.name
          )}
        </Title>
        <GroupBadges group={group} />
        <Text size="sm" c="dimmed" lineClamp={3}>
          {group.description}
        </Text>
        <Group justify="space-between" mt="auto">
          <Text size="xs" c="dimmed">
            {t("community.groups.members", { count: group.memberCount })}
            {" ・ "}
            {group.lastPostAt ? t("community.groups.lastPost", { at: formatDateTime(group.lastPostAt) }) : t("community.groups.noPosts")}
          </Text>
          <MembershipButton group={group} />
        </Group>
      </Stack>
    </Card>
  );
}

/** Alumni's and employees' view: the groups they joined first, then the others they may join. */
export function GroupsList({ portal }: { portal: CommunityPortal }) {
  const { t } = useTranslation();
  const groups = useGroups();
  if (groups.isPending) return <PageLoader />;
  if (groups.isError) return <ProblemAlert error={groups.error} onRetry={() => void groups.refetch()} />;
  const mine = groups.data.items.filter((g) => g.myStatus !== "none");
  const others = groups.data.items.filter((g) => g.myStatus === "none");
  if (!groups.data.items.length) {
    return <EmptyState icon={<IconUsersGroup size={26} />} title={t("community.groups.emptyTitle")} description={t("community.groups.emptyBody")} />;
  }
  return (
    <Stack gap="xl">
      {groups.data.suspended ? (
        <Alert color="orange" variant="light" role="status">
          {t("community.groups.suspended")}
        </Alert>
      ) : null}
      {[
        { key: "mine", title: t("community.groups.mine"), items: mine },
        { key: "others", title: t("community.groups.others"), items: others },
      ]
        .filter((section) => section.items.length)
        .map((section) => (
          <section key={section.key} aria-labelledby={`groups-${section.key}`}>
            <Title order={2} size="h3" mb="sm" id={`groups-${section.key}`}>
              {section.title}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {section.items.map((g) => (
                <GroupCard key={g.id} group={g} portal={portal} />
              ))}
            </SimpleGrid>
          </section>
        ))}
    </Stack>
  );
}

/** HR's view: every group with its counts, and the form to create one. */
export function StaffGroups() {
  const { t } = useTranslation();
  const groups = useGroups();
  const [creating, setCreating] = useState(false);
  const links = communityPaths("admin");
  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      {t("community.groups.new")}
    </Button>
  );
  return (
    <Stack gap="md">
      <Group justify="flex-end">{newButton}</Group>
      <Paper withBorder radius="md" p="lg">
        {groups.isPending ? (
          <PageLoader />
        ) : groups.isError ? (
          <ProblemAlert error={groups.error} onRetry={() => void groups.refetch()} />
        ) : groups.data.items.length === 0 ? (
          <EmptyState
            icon={<IconUsersGroup size={26} />}
            title={t("community.groups.emptyTitle")}
            description={t("community.groups.emptyStaffBody")}
            action={newButton}
          />
        ) : (
          <TableScroll label={t("community.groups.tableLabel")} minWidth={760}>
            <Table aria-label={t("community.groups.tableLabel")} verticalSpacing="sm">
              <TableHead
                columns={[
                  t("community.groups.columns.name"),
                  t("community.groups.columns.kind"),
                  t("community.groups.columns.policy"),
                  t("community.groups.columns.members"),
                  t("community.groups.columns.status"),
                ]}
              />
              <Table.Tbody>
                {groups.data.items.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to={links.group} params={{ id: g.id }} fw={600}>
                        {g.name}
                      </AnchorLink>
                      {g.openToEmployees ? (
                        <Text size="xs" c="dimmed">
                          {t("community.groups.openToEmployees")}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td>{t(`community.groups.kind.${g.kind}`)}</Table.Td>
                    <Table.Td>{t(`community.groups.policy.${g.joinPolicy}`)}</Table.Td>
                    <Table.Td>
                      {g.memberCount}
                      {g.pendingCount ? (
                        <Text size="xs" c="red.9" fw={600}>
                          {t("community.groups.pendingRequests", { count: g.pendingCount })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{g.archived ? t("community.groups.archived") : t("community.groups.active")}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Paper>
      <GroupFormModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
