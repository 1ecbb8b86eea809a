import { Card, Stack, Text } from "@mantine/core";
import { IconMailbox } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { useMyNewsletters } from "../../features/announcements/api/announcements";
import { formatDate } from "../../lib/dates";
import { paths } from "../../lib/paths";

/** 「お知らせ」: the newsletters this alumnus received, newest first. */
export function AlumniNewslettersPage() {
  const { t } = useTranslation();
  const list = useMyNewsletters();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  return (
    <>
      <PageHeader title={t("mail.archive.title")} description={t("mail.archive.description")} />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconMailbox size={26} />}
          title={t("mail.archive.emptyTitle")}
          description={t("mail.archive.emptyBody")}
          action={<ButtonLink to={paths.alumni.consents}>{t("mail.archive.emptyAction")}</ButtonLink>}
        />
      ) : (
        <Stack gap="sm" maw={820}>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("mail.archive.listLabel")}>
            {items.map((item) => (
              <Card key={item.id} withBorder radius="md" padding="lg" component="li">
                <Stack gap={6}>
                  <Text size="xs" c="dimmed">
                    <time dateTime={item.sentAt}>{formatDate(item.sentAt)}</time>
                  </Text>
                  <AnchorLink to={paths.alumni.newsletter} params={{ id: item.id }} fw={700} size="lg">
                    {item.subject}
                  </AnchorLink>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {item.excerpt}
                  </Text>
                </Stack>
              </Card>
            ))}
          </Stack>
          <LoadMore
            shown={items.length}
            total={total}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </Stack>
      )}
    </>
  );
}
