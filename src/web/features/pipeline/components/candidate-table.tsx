import { Badge, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateFilter, CandidateSort, Stage } from "../../../../shared/contracts/pipeline";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { paths } from "../../../lib/paths";
import { useCandidates } from "../api/pipeline";
import { positionTitle, stageColor, stageName } from "./labels";

type Props = { filter: CandidateFilter; stages: Stage[] };

/** The pipeline as a table: the board's filter, sortable columns and "load more" paging. */
export function CandidateTable({ filter, stages }: Props) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ by: CandidateSort; order: "asc" | "desc" }>({ by: "updated", order: "desc" });
  const list = useCandidates({ ...filter, sort: sort.by, order: sort.order });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const byId = new Map(stages.map((s) => [s.id, s]));

  const header = (by: CandidateSort | null, label: string) => {
    if (!by)
      return (
        <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>
          {label}
        </Table.Th>
      );
    const activeSort = sort.by === by;
    const Icon = !activeSort ? IconSelector : sort.order === "asc" ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th scope="col" style={{ whiteSpace: "nowrap" }} aria-sort={activeSort ? (sort.order === "asc" ? "ascending" : "descending") : "none"}>
        <UnstyledButton
          onClick={() => setSort({ by, order: activeSort && sort.order === "desc" ? "asc" : "desc" })}
          aria-label={t("pipeline.table.sortBy", { column: label })}
          style={{ display: "inline-flex", alignItems: "center", gap: 4, fontWeight: 700 }}
        >
          {label}
          <Icon size={14} aria-hidden />
        </UnstyledButton>
      </Table.Th>
    );
  };

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <TableScroll label={t("pipeline.table.label")} minWidth={960}>
        <Table aria-label={t("pipeline.table.label")} verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              {header("name", t("pipeline.table.name"))}
              {header(null, t("pipeline.table.position"))}
              {header("stage", t("pipeline.table.stage"))}
              {header(null, t("pipeline.table.source"))}
              {header(null, t("pipeline.table.owner"))}
              {header("days", t("pipeline.table.days"))}
              {header("updated", t("pipeline.table.updated"))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((card) => {
              const stage = byId.get(card.stageId);
              return (
                <Table.Tr key={card.id}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to={paths.admin.candidate} params={{ id: card.id }} fw={600}>
                      {card.name}
                    </AnchorLink>
                    {card.alumnusId ? (
                      <Badge size="xs" color="grape" variant="light" ml={6}>
                        {t("pipeline.card.alumnus")}
                      </Badge>
                    ) : null}
                    {card.nameKana ? (
                      <Text size="xs" c="dimmed">
                        {card.nameKana}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{positionTitle(card) ?? t("pipeline.card.noPosition")}</Table.Td>
                  <Table.Td>
                    {stage ? (
                      <Badge variant="light" color={stageColor(stage)}>
                        {stageName(stage)}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`pipeline.source.${card.source}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{card.ownerName ?? "—"}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{t("pipeline.table.daysValue", { count: card.daysInStage })}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <time dateTime={card.updatedAt}>{formatDateTime(card.updatedAt)}</time>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <LoadMore shown={items.length} total={total} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
    </>
  );
}
