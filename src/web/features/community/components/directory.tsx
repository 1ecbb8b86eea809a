import { Badge, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconAddressBook, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { useDirectory } from "../api/community";

/** Alumni who chose to be visible: name, department when they left, leave year, current work, skills. */
export function AlumniDirectory() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [query] = useDebouncedValue(q.trim(), 300);
  const list = useDirectory(query);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  return (
    <Stack gap="md">
      <TextInput
        label={t("community.directory.search")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maw={420}
        type="search"
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconAddressBook size={26} />}
          title={t(query ? "community.directory.noMatchTitle" : "community.directory.emptyTitle")}
          description={t(query ? "community.directory.noMatchBody" : "community.directory.emptyBody")}
        />
      ) : (
        <>
          <SimpleGrid
            cols={{ base: 1, sm: 2, lg: 3 }}
            spacing="md"
            component="ul"
            style={{ listStyle: "none", padding: 0, margin: 0 }}
            aria-label={t("community.directory.listLabel")}
          >
            {items.map((p) => (
              <Card key={p.alumnusId} component="li" withBorder radius="md" padding="md">
                <Stack gap={6}>
                  <Title order={2} size="h5">
                    {p.name}
                  </Title>
                  <Text size="xs" c="dimmed">
                    {t("community.directory.leftIn", { year: p.leaveYear })}
                    {p.department ? ` ・ ${t("community.directory.department", { department: p.department })}` : ""}
                  </Text>
                  {p.currentEmployer || p.currentRole ? (
                    <Text size="sm">{t("community.directory.nowAt", { employer: [p.currentEmployer, p.currentRole].filter(Boolean).join(" / ") })}</Text>
                  ) : null}
                  {p.skills.length ? (
                    <Group gap={4}>
                      {p.skills.map((s) => (
                        <Badge key={s} size="sm" variant="light" color="gray">
                          {s}
                        </Badge>
                      ))}
                    </Group>
                  ) : null}
                </Stack>
              </Card>
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
  );
}
