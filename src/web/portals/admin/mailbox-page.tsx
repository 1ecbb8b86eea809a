import { Button, Grid, Paper, Stack, Text } from "@mantine/core";
import { IconMailbox, IconRefresh } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useMail } from "../../features/mailbox/api/get-mail";
import { useMails } from "../../features/mailbox/api/get-mails";
import { MailList } from "../../features/mailbox/components/mail-list";
import { MailView } from "../../features/mailbox/components/mail-view";
import { paths } from "../../lib/paths";

export function MailboxPage({ search }: { search: { id?: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mails = useMails();
  const selectedId = search.id ?? mails.data?.pages[0]?.items[0]?.id;
  const mail = useMail(selectedId);
  const items = mails.data?.pages.flatMap((page) => page.items) ?? [];
  const total = mails.data?.pages.at(-1)?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t("mailbox.title")}
        description={t("mailbox.description")}
        actions={
          <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void mails.refetch()} loading={mails.isRefetching}>
            {t("mailbox.refresh")}
          </Button>
        }
      />
      {mails.isPending ? (
        <PageLoader />
      ) : mails.isError ? (
        <ProblemAlert error={mails.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconMailbox size={26} />} title={t("mailbox.emptyTitle")} description={t("mailbox.emptyBody")} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="md" p="xs">
              <Stack gap="xs">
                <MailList mails={items} selectedId={selectedId} onSelect={(id) => void navigate({ to: paths.devMailbox, search: { id }, replace: true })} />
                <LoadMore
                  shown={items.length}
                  total={total}
                  hasMore={mails.hasNextPage}
                  loading={mails.isFetchingNextPage}
                  onLoadMore={() => void mails.fetchNextPage()}
                />
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {mail.isPending ? <PageLoader /> : mail.isError ? <ProblemAlert error={mail.error} /> : <MailView mail={mail.data} />}
            {!selectedId ? <Text c="dimmed">{t("mailbox.selectHint")}</Text> : null}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
