import { Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconMailForward } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { MailStatus } from "../../../shared/contracts/mailbox";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useDeliveries } from "../../features/mail-delivery/api/deliveries";
import { DeliveriesTable } from "../../features/mail-delivery/components/deliveries-table";
import { paths } from "../../lib/paths";

export type DeliveriesSearch = { status?: MailStatus };

export function DeliveriesPage({ search }: { search: DeliveriesSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useDeliveries(search.status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;

  return (
    <>
      <PageHeader title={t("mail.deliveries.title")} description={t("mail.deliveries.description")} />
      <Stack gap="lg">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="delivery-status-filter">
            {t("mail.deliveries.statusFilter")}
          </Text>
          <SegmentedControl
            aria-labelledby="delivery-status-filter"
            w="fit-content"
            value={search.status ?? "all"}
            onChange={(value) => void navigate({ to: paths.admin.deliveries, search: value === "all" ? {} : { status: value as MailStatus } })}
            data={[
              { value: "all", label: t("mail.deliveries.all") },
              ...MailStatus.options.map((status) => ({ value: status, label: t(`mailStatus.${status}`) })),
            ]}
          />
        </Stack>
        <Paper withBorder radius="md" p="lg">
          {list.isPending ? (
            <PageLoader />
          ) : list.isError ? (
            <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={<IconMailForward size={26} />}
              title={search.status ? t("mail.deliveries.noMatchTitle") : t("mail.deliveries.emptyTitle")}
              description={search.status ? t("mail.deliveries.noMatchBody") : t("mail.deliveries.emptyBody")}
            />
          ) : (
            <Stack gap="sm">
              <DeliveriesTable mails={items} />
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
      </Stack>
    </>
  );
}
