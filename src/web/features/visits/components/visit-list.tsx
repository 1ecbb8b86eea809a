import { Paper, Select, Stack, Table, Text } from "@mantine/core";
import { IconPlus, IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { VISIT_STATUSES, type VisitStatus } from "../../../../shared/contracts/visits";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDate } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { useVisits } from "../api/visits";
import { formatSlot } from "./slot-time";
import { VisitStatusBadge } from "./visit-status-badge";

type Props = { portal: "admin" | "employee" };

/** Visits newest first with a status filter: every visit for HR, one's own requests for an employee. */
export function VisitListPage({ portal }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<VisitStatus | null>(null);
  const list = useVisits(status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const portalPaths = paths[portal];
  const newButton = (
    <ButtonLink to={portalPaths.visitNew} leftSection={<IconPlus size={16} aria-hidden />}>
      {t("visits.new")}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader title={t("visits.title")} description={portal === "admin" ? t("visits.description") : t("visits.employeeDescription")} actions={newButton} />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Select
            label={t("visits.filterLabel")}
            data={[{ value: "", label: t("visits.all") }, ...VISIT_STATUSES.map((s) => ({ value: s, label: t(`visits.status.${s}`) }))]}
            value={status ?? ""}
            onChange={(value) => setStatus(value ? (value as VisitStatus) : null)}
            allowDeselect={false}
            w={220}
          />
          {list.isPending ? (
            <PageLoader />
          ) : list.isError ? (
            <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : items.length === 0 ? (
            status ? (
              <EmptyState icon={<IconUsersGroup size={26} />} title={t("visits.emptyFilteredTitle")} description={t("visits.emptyFilteredBody")} />
            ) : (
              <EmptyState icon={<IconUsersGroup size={26} />} title={t("visits.emptyTitle")} description={t("visits.emptyBody")} action={newButton} />
            )
          ) : (
            <>
              <TableScroll label={t("visits.tableLabel")} minWidth={880}>
                <Table aria-label={t("visits.tableLabel")} verticalSpacing="sm">
                  <TableHead
                    columns={[
                      t("visits.columns.candidate"),
                      t("visits.columns.alumnus"),
                      t("visits.columns.topic"),
                      t("visits.columns.status"),
                      t("visits.columns.when"),
                      t("visits.columns.requestedAt"),
                    ]}
                  />
                  <Table.Tbody>
                    {items.map((item) => (
                      <Table.Tr key={item.id}>
                        <Table.Th scope="row" fw={400}>
                          <AnchorLink to={portalPaths.visit} params={{ id: item.id }} fw={600}>
                            {item.candidateName}
                          </AnchorLink>
                          {item.candidateAffiliation ? (
                            <Text size="xs" c="dimmed">
                              {item.candidateAffiliation}
                            </Text>
                          ) : null}
                        </Table.Th>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          <Text size="sm">{item.alumnus.name}</Text>
                          {item.alumnus.department ? (
                            <Text size="xs" c="dimmed">
                              {item.alumnus.department}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{item.topic}</Table.Td>
                        <Table.Td>
                          <VisitStatusBadge status={item.status} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          {item.agreedStartsAt && item.agreedEndsAt ? formatSlot({ startsAt: item.agreedStartsAt, endsAt: item.agreedEndsAt }) : "—"}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>
                          <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
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
            </>
          )}
        </Stack>
      </Paper>
    </>
  );
}
