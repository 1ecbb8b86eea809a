import { Chip, Group, Paper, Stack } from "@mantine/core";
import { IconArrowLeft, IconMailOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RECIPIENT_STATUSES, type RecipientStatus } from "../../../shared/contracts/announcements";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink } from "../../components/router-links";
import { useAnnouncement, useRecipients } from "../../features/announcements/api/announcements";
import { RecipientsTable } from "../../features/announcements/components/recipients-table";
import { currentLocale } from "../../i18n";
import { paths } from "../../lib/paths";

const ALL = "all";

/** Who a newsletter went to and what became of each message, filtered by status. */
export function AnnouncementRecipientsPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>(ALL);
  const announcement = useAnnouncement(id);
  const list = useRecipients(id, status === ALL ? null : (status as RecipientStatus));
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((page) => page.items);
  const first = pages[0];
  const counts = announcement.data?.counts ?? first?.counts;
  const all = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;
  const subject = announcement.data ? (currentLocale() === "en" ? announcement.data.subjectEn : announcement.data.subjectJa) : "";

  return (
    <>
      <AnchorLink to={paths.admin.announcement} params={{ id }} size="sm" mb="xs" display="inline-block">
        <Group gap={4} component="span" wrap="nowrap">
          <IconArrowLeft size={14} aria-hidden />
          {t("mail.recipients.back")}
        </Group>
      </AnchorLink>
      <PageHeader title={t("mail.recipients.title")} description={subject} />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Chip.Group multiple={false} value={status} onChange={(value) => setStatus(value as string)}>
            <Group gap="xs" role="group" aria-label={t("mail.recipients.filter")}>
              <Chip value={ALL} variant="light">
                {t("mail.recipients.all", { count: all })}
              </Chip>
              {RECIPIENT_STATUSES.map((s) => (
                <Chip key={s} value={s} variant="light">
                  {t("mail.recipients.chip", { status: t(`mail.counts.${s}`), count: counts?.[s] ?? 0 })}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {list.isPending ? (
            <PageLoader />
          ) : list.isError ? (
            <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={<IconMailOff size={26} />}
              title={status === ALL ? t("mail.recipients.emptyTitle") : t("mail.recipients.noMatchTitle")}
              description={status === ALL ? t("mail.recipients.emptyBody") : t("mail.recipients.noMatchBody")}
            />
          ) : (
            <Stack gap="sm">
              <RecipientsTable recipients={items} openTracking={first?.openTracking ?? false} />
              <LoadMore
                shown={items.length}
                total={first?.total ?? 0}
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
