import { Progress, Stack, Table, Text } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { useConsentOverview } from "../api/retention";

/** Per purpose: how many registered alumni agreed, declined, or were not asked. */
export function ConsentsPanel() {
  const { t } = useTranslation();
  const overview = useConsentOverview();
  if (overview.isPending) return <PageLoader />;
  if (overview.isError) return <ProblemAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  const { registered, purposes } = overview.data;
  if (registered === 0) {
    return <EmptyState icon={<IconUsers size={26} />} title={t("privacy.consents.emptyTitle")} description={t("privacy.consents.emptyBody")} />;
  }
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("privacy.consents.registered", { count: registered })}
      </Text>
      <TableScroll label={t("privacy.consents.tableLabel")} minWidth={720}>
        <Table aria-label={t("privacy.consents.tableLabel")} verticalSpacing="sm">
          <TableHead
            columns={[
              t("privacy.consents.columns.purpose"),
              t("privacy.consents.columns.granted"),
              t("privacy.consents.columns.declined"),
              t("privacy.consents.columns.notAsked"),
              t("privacy.consents.columns.share"),
            ]}
          />
          <Table.Tbody>
            {purposes.map((p) => (
              <Table.Tr key={p.purpose}>
                <Table.Th scope="row">{t(`consentPurposes.${p.purpose}.label`)}</Table.Th>
                <Table.Td>{t("privacy.consents.countPct", { count: p.granted, pct: p.grantedPct })}</Table.Td>
                <Table.Td>{t("privacy.consents.countPct", { count: p.declined, pct: p.declinedPct })}</Table.Td>
                <Table.Td>{t("privacy.consents.countPct", { count: p.notAsked, pct: p.notAskedPct })}</Table.Td>
                <Table.Td miw={180}>
                  <Progress.Root size="lg" aria-label={t("privacy.consents.barLabel", { purpose: t(`consentPurposes.${p.purpose}.label`), pct: p.grantedPct })}>
                    <Progress.Section value={p.grantedPct} color="teal" />
                    <Progress.Section value={p.declinedPct} color="gray.5" />
                  </Progress.Root>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text size="xs" c="dimmed">
        {t("privacy.consents.legend")}
      </Text>
    </Stack>
  );
}
