import { Paper, Stack, Table, Tabs, Text } from "@mantine/core";
import { IconCalendarEvent, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EventWhen } from "../../../shared/contracts/events";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { TableScroll } from "../../components/table-scroll";
import { useEvents } from "../../features/events/api/events";
import { EventStatusBadge } from "../../features/events/components/event-status-badge";
import { SeatSummary } from "../../features/events/components/seat-summary";
import { currentLocale } from "../../i18n";
import { formatTimeRange } from "../../lib/dates";
import { paths } from "../../lib/paths";

function EventList({ when }: { when: EventWhen }) {
  const { t } = useTranslation();
  const list = useEvents(when);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const en = currentLocale() === "en";
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!items.length) {
    return (
      <EmptyState
        icon={<IconCalendarEvent size={26} />}
        title={t(`events.list.empty.${when}.title`)}
        description={t(`events.list.empty.${when}.body`)}
        action={
          when === "upcoming" ? (
            <ButtonLink to={paths.admin.eventNew} leftSection={<IconPlus size={16} aria-hidden />}>
              {t("events.new")}
            </ButtonLink>
          ) : undefined
        }
      />
    );
  }
  return (
    <Stack gap="sm">
      <TableScroll label={t("events.list.tableLabel")} minWidth={860}>
        <Table aria-label={t("events.list.tableLabel")} verticalSpacing="sm">
          <TableHead
            columns={[
              t("events.list.columns.title"),
              t("events.list.columns.when"),
              t("events.list.columns.where"),
              t("events.list.columns.seats"),
              t("events.list.columns.status"),
            ]}
          />
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={400}>
                  <AnchorLink to={paths.admin.event} params={{ id: item.id }} fw={600}>
                    {en ? item.titleEn : item.titleJa}
                  </AnchorLink>
                  {item.counts.invited ? (
                    <Text size="xs" c="dimmed">
                      {t("events.list.invited", { count: item.counts.invited })}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <time dateTime={item.startsAt}>{formatTimeRange(item.startsAt, item.endsAt)}</time>
                </Table.Td>
                <Table.Td>{item.format === "online" ? t("events.format.online") : item.venue}</Table.Td>
                <Table.Td>
                  <SeatSummary counts={item.counts} capacity={item.capacity} />
                </Table.Td>
                <Table.Td>
                  <EventStatusBadge status={item.status} endsAt={item.endsAt} />
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

export function EventsPage() {
  const { t } = useTranslation();
  const [when, setWhen] = useState<EventWhen>("upcoming");
  return (
    <>
      <PageHeader
        title={t("events.title")}
        description={t("events.description")}
        actions={
          <ButtonLink to={paths.admin.eventNew} leftSection={<IconPlus size={16} aria-hidden />}>
            {t("events.new")}
          </ButtonLink>
        }
      />
      <Paper withBorder radius="md" p="lg">
        <Tabs value={when} onChange={(value) => setWhen(value === "past" ? "past" : "upcoming")}>
          <Tabs.List mb="md">
            <Tabs.Tab value="upcoming">{t("events.list.upcoming")}</Tabs.Tab>
            <Tabs.Tab value="past">{t("events.list.past")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="upcoming">{when === "upcoming" ? <EventList when="upcoming" /> : null}</Tabs.Panel>
          <Tabs.Panel value="past">{when === "past" ? <EventList when="past" /> : null}</Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
