import { Paper, Stack, Table, Text } from "@mantine/core";
import { IconBriefcase, IconShare } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { ButtonLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDate } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { useMyReferrals } from "../api/referrals";
import { ReferralStatusBadge } from "./referral-status-badge";

/** 紹介の状況: the caller's referrals with a status only (never HR's notes or reasons). */
export function MyReferralsPage() {
  const { t } = useTranslation();
  const list = useMyReferrals();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const toPositions = (
    <ButtonLink to={paths.employee.positions} leftSection={<IconBriefcase size={16} aria-hidden />}>
      {t("referrals.mine.toPositions")}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader title={t("referrals.mine.title")} description={t("referrals.mine.description")} actions={items.length ? toPositions : null} />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconShare size={26} />} title={t("referrals.mine.emptyTitle")} description={t("referrals.mine.emptyBody")} action={toPositions} />
      ) : (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <TableScroll label={t("referrals.mine.tableLabel")} minWidth={760}>
              <Table aria-label={t("referrals.mine.tableLabel")} verticalSpacing="sm">
                <TableHead
                  columns={[
                    t("referrals.mine.columns.person"),
                    t("referrals.mine.columns.position"),
                    t("referrals.mine.columns.kind"),
                    t("referrals.mine.columns.status"),
                    t("referrals.mine.columns.createdAt"),
                    t("referrals.mine.columns.expiresAt"),
                  ]}
                />
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Th scope="row" fw={600}>
                        {item.personName}
                      </Table.Th>
                      <Table.Td>{item.position?.title ?? "—"}</Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`referrals.kind.${item.kind}`)}</Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <ReferralStatusBadge status={item.status} />
                          {item.stageName ? (
                            <Text size="xs" c="dimmed">
                              {t("referrals.mine.stage", { stage: item.stageName })}
                            </Text>
                          ) : null}
                        </Stack>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <time dateTime={item.expiresAt}>{formatDate(item.expiresAt)}</time>
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
        </Paper>
      )}
    </>
  );
}
