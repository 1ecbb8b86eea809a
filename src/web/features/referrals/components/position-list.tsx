import { Badge, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBriefcase, IconListCheck, IconMapPin, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { formatDate } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { useOpenPositions } from "../api/referrals";

/** Open positions an employee can refer people to, with a search. */
export function PositionListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useOpenPositions(q);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;

  return (
    <>
      <PageHeader
        title={t("referrals.positions.title")}
        description={t("referrals.positions.description")}
        actions={
          <ButtonLink to={paths.employee.referrals} variant="light" leftSection={<IconListCheck size={16} aria-hidden />}>
            {t("referrals.positions.myReferrals")}
          </ButtonLink>
        }
      />
      <Stack gap="md">
        <TextInput
          label={t("referrals.positions.searchLabel")}
          placeholder={t("referrals.positions.searchPlaceholder")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={420}
        />
        {list.isPending ? (
          <PageLoader />
        ) : list.isError ? (
          <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
        ) : items.length === 0 ? (
          q ? (
            <EmptyState
              icon={<IconBriefcase size={26} />}
              title={t("referrals.positions.emptyFilteredTitle")}
              description={t("referrals.positions.emptyFilteredBody")}
            />
          ) : (
            <EmptyState icon={<IconBriefcase size={26} />} title={t("referrals.positions.emptyTitle")} description={t("referrals.positions.emptyBody")} />
          )
        ) : (
          <>
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              spacing="md"
              component="ul"
              aria-label={t("referrals.positions.listLabel")}
              style={{ listStyle: "none", padding: 0, margin: 0 }}
            >
              {items.map((p) => (
                <Paper key={p.id} withBorder radius="md" p="lg" component="li">
                  <Stack gap="xs">
                    <Title order={2} size="h4">
                      <AnchorLink to={paths.employee.position} params={{ id: p.id }}>
                        {p.title}
                      </AnchorLink>
                    </Title>
                    <Group gap="xs">
                      {p.department ? <Badge variant="light">{p.department}</Badge> : null}
                      <Badge variant="outline" color="gray">
                        {t(`referrals.employmentType.${p.employmentType}`)}
                      </Badge>
                    </Group>
                    {p.location ? (
                      <Group gap={4} c="dimmed">
                        <IconMapPin size={14} aria-hidden />
                        <Text size="sm">{p.location}</Text>
                      </Group>
                    ) : null}
                    {p.skills.length ? (
                      <Text size="sm" c="dimmed">
                        {p.skills.join(" / ")}
                      </Text>
                    ) : null}
                    {p.openedAt ? (
                      <Text size="xs" c="dimmed">
                        {t("referrals.positions.openedAt", { date: formatDate(p.openedAt) })}
                      </Text>
                    ) : null}
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
            <LoadMore
              shown={items.length}
              total={total}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          </>
        )}
      </Stack>
    </>
  );
}
