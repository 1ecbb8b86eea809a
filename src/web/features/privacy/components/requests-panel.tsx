import { Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus, IconShieldCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DSR_STATUSES, DsrStatus } from "../../../../shared/contracts/privacy";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDate } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { useSubjectRequests } from "../api/requests";
import { OpenRequestModal } from "./open-request-modal";
import { DueBadge, RequestStatusBadge } from "./request-status";

/** The queue of data-subject requests, soonest due first. */
export function RequestsPanel() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DsrStatus | undefined>(undefined);
  const [opening, open] = useDisclosure(false);
  const list = useSubjectRequests(status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const newButton = (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open.open}>
      {t("privacy.requests.new")}
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Select
          label={t("privacy.requests.statusFilter")}
          data={[{ value: "", label: t("privacy.requests.allStatuses") }, ...DSR_STATUSES.map((s) => ({ value: s, label: t(`privacy.status.${s}`) }))]}
          value={status ?? ""}
          onChange={(value) => {
            const parsed = DsrStatus.safeParse(value);
            setStatus(parsed.success ? parsed.data : undefined);
          }}
          allowDeselect={false}
          w={220}
        />
        {items.length > 0 || status ? newButton : null}
      </Group>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconShieldCheck size={26} />}
          title={status ? t("privacy.requests.emptyFilteredTitle") : t("privacy.requests.emptyTitle")}
          description={t("privacy.requests.emptyBody")}
          action={newButton}
        />
      ) : (
        <>
          <TableScroll label={t("privacy.requests.tableLabel")} minWidth={860}>
            <Table aria-label={t("privacy.requests.tableLabel")} verticalSpacing="sm">
              <TableHead
                columns={[
                  t("privacy.requests.columns.subject"),
                  t("privacy.requests.columns.kind"),
                  t("privacy.requests.columns.status"),
                  t("privacy.requests.columns.due"),
                  t("privacy.requests.columns.received"),
                ]}
              />
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id} bg={item.overdue ? "red.0" : undefined}>
                    <Table.Th scope="row" fw={400}>
                      <AnchorLink to={paths.admin.privacyRequest} params={{ id: item.id }} fw={600}>
                        {item.subjectName ?? t("privacy.requests.erasedSubject")}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        {t(`privacy.requestedBy.${item.requestedBy}`)}
                      </Text>
                    </Table.Th>
                    <Table.Td>{t(`privacy.kind.${item.kind}`)}</Table.Td>
                    <Table.Td>
                      <RequestStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <time dateTime={item.dueAt}>{formatDate(item.dueAt)}</time>
                        <DueBadge request={item} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>
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
      <OpenRequestModal opened={opening} onClose={open.close} />
    </Stack>
  );
}
