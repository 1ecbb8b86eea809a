import { Button, Group, Paper, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconBriefcase, IconPlus, IconSearch, IconSpeakerphone } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { POSITION_STATUSES, POSITION_VISIBILITIES, type PositionStatus, type PositionVisibility } from "../../../shared/recruiting";
import { ConfirmDialog } from "../../components/confirm-dialog";
import { EmptyState } from "../../components/empty-state";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { TableHead } from "../../components/table-head";
import { TableScroll } from "../../components/table-scroll";
import { handOverDraft } from "../../features/announcements/draft-handoff";
import { useSignedInMe } from "../../features/me/api/get-me";
import { type PositionFilters, usePositionCampaign, usePositions } from "../../features/positions/api/positions";
import { PositionStatusBadge, VisibilityBadge } from "../../features/positions/components/position-badges";
import { currentLocale } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";

function PositionTable({ filters, filtered }: { filters: PositionFilters; filtered: boolean }) {
  const { t } = useTranslation();
  const list = usePositions(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const en = currentLocale() === "en";
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!items.length) {
    return filtered ? (
      <EmptyState icon={<IconSearch size={26} />} title={t("positions.list.noMatchTitle")} description={t("positions.list.noMatchBody")} />
    ) : (
      <EmptyState
        icon={<IconBriefcase size={26} />}
        title={t("positions.list.emptyTitle")}
        description={t("positions.list.emptyBody")}
        action={
          <ButtonLink to={paths.admin.positionNew} leftSection={<IconPlus size={16} aria-hidden />}>
            {t("positions.new")}
          </ButtonLink>
        }
      />
    );
  }
  return (
    <Stack gap="sm">
      <TableScroll label={t("positions.list.tableLabel")} minWidth={900}>
        <Table aria-label={t("positions.list.tableLabel")} verticalSpacing="sm">
          <TableHead
            columns={[
              t("positions.list.columns.title"),
              t("positions.list.columns.department"),
              t("positions.list.columns.visibility"),
              t("positions.list.columns.status"),
              t("positions.list.columns.manager"),
              t("positions.list.columns.candidates"),
              t("positions.list.columns.updated"),
            ]}
          />
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={400}>
                  <AnchorLink to={paths.admin.position} params={{ id: item.id }} fw={600}>
                    {en ? item.titleEn : item.titleJa}
                  </AnchorLink>
                  {item.location ? (
                    <Text size="xs" c="dimmed">
                      {item.location}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{item.department ?? t("positions.detail.none")}</Table.Td>
                <Table.Td>
                  <VisibilityBadge visibility={item.visibility} />
                </Table.Td>
                <Table.Td>
                  <PositionStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>
                  {item.hiringManager?.name ?? (
                    <Text span c="dimmed" size="sm">
                      {t("positions.list.noManager")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{t("positions.list.candidates", { count: item.candidateCount })}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <time dateTime={item.updatedAt}>{formatDate(item.updatedAt)}</time>
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

/** Composes the 「いつでもおかえりなさい」 newsletter and opens it in the editor for HR to review and send. */
function CampaignButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const campaign = usePositionCampaign();
  return (
    <>
      <Button variant="light" leftSection={<IconSpeakerphone size={16} aria-hidden />} onClick={open}>
        {t("positions.campaign.button")}
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title={t("positions.campaign.title")}
        message={t("positions.campaign.body")}
        confirmLabel={t("positions.campaign.confirm")}
        destructive={false}
        onConfirm={async () => {
          const { positionCount: _, ...draft } = await campaign.mutateAsync();
          handOverDraft(draft);
          notifySuccess(t("positions.campaign.created"));
          await navigate({ to: paths.admin.newAnnouncement });
        }}
      />
    </>
  );
}

export function PositionsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [status, setStatus] = useState<PositionStatus | null>(null);
  const [visibility, setVisibility] = useState<PositionVisibility | null>(null);
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const filters: PositionFilters = { status: status ?? undefined, visibility: visibility ?? undefined, q: q || undefined };
  return (
    <>
      <PageHeader
        title={t("positions.title")}
        description={t("positions.description")}
        actions={
          <Group gap="sm">
            {me.role === "admin" || me.role === "hr" ? <CampaignButton /> : null}
            <ButtonLink to={paths.admin.positionNew} leftSection={<IconPlus size={16} aria-hidden />}>
              {t("positions.new")}
            </ButtonLink>
          </Group>
        }
      />
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Group gap="sm" align="flex-end" role="group" aria-label={t("positions.list.filters.label")}>
            <TextInput
              label={t("positions.list.filters.search")}
              placeholder={t("positions.list.filters.searchPlaceholder")}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={search}
              onChange={(event) => setSearch(event.currentTarget.value)}
              w={260}
            />
            <Select
              label={t("positions.list.filters.status")}
              placeholder={t("positions.list.filters.all")}
              data={POSITION_STATUSES.map((value) => ({ value, label: t(`positions.status.${value}`) }))}
              value={status}
              onChange={(value) => setStatus(value as PositionStatus | null)}
              clearable
              w={180}
            />
            <Select
              label={t("positions.list.filters.visibility")}
              placeholder={t("positions.list.filters.all")}
              data={POSITION_VISIBILITIES.map((value) => ({ value, label: t(`positions.visibility.${value}`) }))}
              value={visibility}
              onChange={(value) => setVisibility(value as PositionVisibility | null)}
              clearable
              w={200}
            />
          </Group>
          <PositionTable filters={filters} filtered={Boolean(status || visibility || q)} />
        </Stack>
      </Paper>
    </>
  );
}
