import { Stack, Table, Text } from "@mantine/core";
import { IconCoffee } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { TalkView } from "../../../../shared/contracts/talks";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { currentLocale } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { useTalks } from "../api/talks";
import { TalkStatusBadge } from "./talk-status-badge";
import { formatTalkTime } from "./talk-time";

/** One tab of the console: upcoming talks, requests waiting for a time, or past ones. */
export function TalkList({ view }: { view: Exclude<TalkView, "all"> }) {
  const { t } = useTranslation();
  const list = useTalks(view);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const en = currentLocale() === "en";
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!items.length)
    return <EmptyState icon={<IconCoffee size={26} />} title={t(`talks.console.empty.${view}.title`)} description={t(`talks.console.empty.${view}.body`)} />;
  return (
    <Stack gap="sm">
      <TableScroll label={t("talks.console.tableLabel")} minWidth={820}>
        <Table aria-label={t("talks.console.tableLabel")} verticalSpacing="sm">
          <TableHead
            columns={[
              t("talks.console.columns.alumnus"),
              view === "requests" ? t("talks.console.columns.requestedAt") : t("talks.console.columns.when"),
              t("talks.console.columns.host"),
              t("talks.console.columns.position"),
              t("talks.console.columns.status"),
            ]}
          />
          <Table.Tbody>
            {items.map((talk) => (
              <Table.Tr key={talk.id}>
                <Table.Th scope="row" fw={400}>
                  <AnchorLink to={paths.admin.talk} params={{ id: talk.id }} fw={600}>
                    {talk.alumnus.name}
                  </AnchorLink>
                  {talk.alumnus.department ? (
                    <Text size="xs" c="dimmed">
                      {talk.alumnus.department}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {view === "requests" || !talk.startsAt || !talk.endsAt ? (
                    <time dateTime={talk.createdAt}>{formatDateTime(talk.createdAt)}</time>
                  ) : (
                    <time dateTime={talk.startsAt}>{formatTalkTime(talk.startsAt, talk.endsAt)}</time>
                  )}
                </Table.Td>
                <Table.Td>{talk.hostName ?? t("talks.console.unassigned")}</Table.Td>
                <Table.Td>{talk.position ? (en ? talk.position.titleEn : talk.position.titleJa) : "—"}</Table.Td>
                <Table.Td>
                  <TalkStatusBadge status={talk.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <LoadMore shown={items.length} total={total} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
    </Stack>
  );
}
