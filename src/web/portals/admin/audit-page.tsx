import { Paper, Stack, Text } from "@mantine/core";
import { IconListSearch } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { type AuditFilters as ApiFilters, useAuditEvents } from "../../features/audit/api/get-audit-events";
import { AuditFilters, type AuditFilterValues } from "../../features/audit/components/audit-filters";
import { AuditTable } from "../../features/audit/components/audit-table";
import { tokyoDayBoundary } from "../../lib/dates";
import { paths } from "../../lib/paths";

export type AuditSearch = Partial<AuditFilterValues>;

function toApiFilters(search: AuditSearch): ApiFilters {
  return {
    action: search.action || undefined,
    actorId: search.actorId || undefined,
    targetType: search.targetType || undefined,
    targetId: search.targetId || undefined,
    from: search.fromDate ? tokyoDayBoundary(search.fromDate, "start") : undefined,
    to: search.toDate ? tokyoDayBoundary(search.toDate, "end") : undefined,
  };
}

export function AuditPage({ search }: { search: AuditSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const events = useAuditEvents(toApiFilters(search));
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const total = events.data?.pages.at(-1)?.total ?? 0;
  const filtered = Object.values(search).some(Boolean);

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <AuditFilters
            value={{
              action: search.action ?? "",
              targetType: search.targetType ?? "",
              targetId: search.targetId ?? "",
              actorId: search.actorId ?? "",
              fromDate: search.fromDate ?? "",
              toDate: search.toDate ?? "",
            }}
            onApply={(values) => {
              const next: AuditSearch = {};
              for (const [key, value] of Object.entries(values) as [keyof AuditFilterValues, string][]) {
                if (value) next[key] = value;
              }
              void navigate({ to: paths.admin.audit, search: next });
            }}
          />
        </Paper>
        <Paper withBorder radius="md" p="lg">
          {events.isPending ? (
            <PageLoader />
          ) : events.isError ? (
            <ProblemAlert error={events.error} />
          ) : items.length === 0 ? (
            <EmptyState
              icon={<IconListSearch size={26} />}
              title={filtered ? t("audit.noMatchTitle") : t("audit.emptyTitle")}
              description={filtered ? t("audit.noMatchBody") : t("audit.emptyBody")}
            />
          ) : (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t("audit.timezoneNote")}
              </Text>
              <AuditTable events={items} />
              <LoadMore
                shown={items.length}
                total={total}
                hasMore={events.hasNextPage}
                loading={events.isFetchingNextPage}
                onLoadMore={() => void events.fetchNextPage()}
              />
            </Stack>
          )}
        </Paper>
      </Stack>
    </>
  );
}
