import { Paper, Stack, Table, Text } from "@mantine/core";
import { IconPlus, IconSpeakerphone } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { TableScroll } from "../../components/table-scroll";
import { useAnnouncements } from "../../features/announcements/api/announcements";
import { AnnouncementStatusBadge } from "../../features/announcements/components/announcement-status";
import { DeliveryCounts } from "../../features/announcements/components/delivery-counts";
import { currentLocale } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { paths } from "../../lib/paths";

export function AnnouncementsPage() {
  const { t } = useTranslation();
  const list = useAnnouncements();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const newButton = (
    <ButtonLink to={paths.admin.newAnnouncement} leftSection={<IconPlus size={16} aria-hidden />}>
      {t("mail.announcements.new")}
    </ButtonLink>
  );
  const en = currentLocale() === "en";

  return (
    <>
      <PageHeader title={t("mail.announcements.title")} description={t("mail.announcements.description")} actions={newButton} />
      <Paper withBorder radius="md" p="lg">
        {list.isPending ? (
          <PageLoader />
        ) : list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState
            icon={<IconSpeakerphone size={26} />}
            title={t("mail.announcements.emptyTitle")}
            description={t("mail.announcements.emptyBody")}
            action={newButton}
          />
        ) : (
          <Stack gap="sm">
            <TableScroll label={t("mail.announcements.tableLabel")} minWidth={900}>
              <Table aria-label={t("mail.announcements.tableLabel")} verticalSpacing="sm">
                <TableHead
                  columns={[
                    t("mail.announcements.columns.subject"),
                    t("mail.announcements.columns.purpose"),
                    t("mail.announcements.columns.status"),
                    t("mail.announcements.columns.delivery"),
                    t("mail.announcements.columns.createdAt"),
                  ]}
                />
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Th scope="row" fw={400}>
                        <AnchorLink to={paths.admin.announcement} params={{ id: item.id }} fw={600}>
                          {en ? item.subjectEn : item.subjectJa}
                        </AnchorLink>
                      </Table.Th>
                      <Table.Td>{t(`consentPurposes.${item.purpose}.label`)}</Table.Td>
                      <Table.Td>
                        <AnnouncementStatusBadge status={item.status} />
                      </Table.Td>
                      <Table.Td>
                        {item.status === "scheduled" || item.status === "cancelled" ? (
                          <Text size="sm">
                            {item.status === "scheduled"
                              ? t("mail.announcements.scheduledFor", { at: formatDateTime(item.scheduledAt), count: item.recipientCount })
                              : t("mail.announcements.notSent")}
                          </Text>
                        ) : (
                          <Stack gap={4}>
                            <Text size="xs" c="dimmed">
                              {t("mail.announcements.deliverySummary", { sent: item.counts.sent, total: item.recipientCount })}
                            </Text>
                            <DeliveryCounts counts={item.counts} />
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
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
      </Paper>
    </>
  );
}
