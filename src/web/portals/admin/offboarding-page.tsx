import { Group, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconMailHeart, IconPlus, IconSearch, IconTemplate } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OFFBOARDING_STATUSES, type OffboardingStatus } from "../../../shared/contracts/offboarding";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { TableScroll } from "../../components/table-scroll";
import { useOffboardingCases } from "../../features/offboarding/api/offboarding";
import { CaseStatusBadge } from "../../features/offboarding/components/case-status-badge";
import { currentLocale } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { paths } from "../../lib/paths";

export function OffboardingPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<OffboardingStatus | undefined>();
  const [q, setQ] = useState("");
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const list = useOffboardingCases({ status, q: debouncedQ || undefined });
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const filtered = Boolean(status || debouncedQ);
  const en = currentLocale() === "en";
  const newButton = (
    <ButtonLink to={paths.admin.offboardingNew} leftSection={<IconPlus size={16} aria-hidden />}>
      {t("offboarding.actions.new")}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title={t("offboarding.title")}
        description={t("offboarding.description")}
        actions={
          <>
            <ButtonLink to={paths.admin.offboardingTemplates} variant="default" leftSection={<IconTemplate size={16} aria-hidden />}>
              {t("offboarding.actions.templates")}
            </ButtonLink>
            {newButton}
          </>
        }
      />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Group gap="md" align="flex-end" wrap="wrap">
            <TextInput
              label={t("offboarding.list.searchLabel")}
              placeholder={t("offboarding.list.searchPlaceholder")}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
              w={360}
              type="search"
            />
            <Select
              label={t("offboarding.list.statusFilter")}
              placeholder={t("offboarding.list.allStatuses")}
              data={OFFBOARDING_STATUSES.map((value) => ({ value, label: t(`offboarding.status.${value}`) }))}
              value={status ?? null}
              onChange={(value) => setStatus((value as OffboardingStatus | null) ?? undefined)}
              clearable
              w={220}
            />
          </Group>
          {list.isPending ? (
            <PageLoader />
          ) : list.isError ? (
            <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : items.length === 0 ? (
            filtered ? (
              <EmptyState icon={<IconSearch size={26} />} title={t("offboarding.list.noMatchTitle")} description={t("offboarding.list.noMatchBody")} />
            ) : (
              <EmptyState
                icon={<IconMailHeart size={26} />}
                title={t("offboarding.list.emptyTitle")}
                description={t("offboarding.list.emptyBody")}
                action={newButton}
              />
            )
          ) : (
            <Stack gap="sm">
              <TableScroll label={t("offboarding.list.tableLabel")} minWidth={820}>
                <Table aria-label={t("offboarding.list.tableLabel")} verticalSpacing="sm" highlightOnHover>
                  <TableHead
                    columns={[
                      t("offboarding.list.columns.name"),
                      t("offboarding.list.columns.department"),
                      t("offboarding.list.columns.lastDay"),
                      t("offboarding.list.columns.status"),
                      t("offboarding.list.columns.sendAt"),
                    ]}
                  />
                  <Table.Tbody>
                    {items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Th scope="row" fw={400}>
                          <AnchorLink to={paths.admin.offboardingCase} params={{ id: item.id }} fw={600}>
                            {en ? `${item.givenName} ${item.familyName}` : `${item.familyName} ${item.givenName}`}
                          </AnchorLink>
                          <Text size="xs" c="dimmed">
                            {item.workEmail ?? item.privateEmail}
                          </Text>
                        </Table.Th>
                        <Table.Td>{item.department ?? "—"}</Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>{item.lastDay}</Table.Td>
                        <Table.Td>
                          <CaseStatusBadge status={item.status} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          <time dateTime={item.invitedAt ?? item.sendAt}>{formatDateTime(item.invitedAt ?? item.sendAt)}</time>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
              <LoadMore
                shown={items.length}
                total={total}
                hasMore={list.hasNextPage}
                loading={list.isFetchingNextPage}
                onLoadMore={() => void list.fetchNextPage()}
              />
            </Stack>
          )}
        </Stack>
      </Paper>
    </>
  );
}
