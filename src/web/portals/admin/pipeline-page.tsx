import { Button, Group, Paper, SegmentedControl, Stack } from "@mantine/core";
import { IconLayoutKanban, IconPlus, IconSettings } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateFilter } from "../../../shared/contracts/pipeline";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { ButtonLink } from "../../components/router-links";
import { useSignedInMe } from "../../features/me/api/get-me";
import { useBoard, usePipelineOptions } from "../../features/pipeline/api/pipeline";
import { AddCandidateModal } from "../../features/pipeline/components/add-candidate-modal";
import { CandidateTable } from "../../features/pipeline/components/candidate-table";
import { PipelineBoard } from "../../features/pipeline/components/pipeline-board";
import { PipelineFilters } from "../../features/pipeline/components/pipeline-filters";
import { paths } from "../../lib/paths";

/** The pipeline: filters, the kanban board (or a table), adding candidates and the way to the stage settings. */
export function PipelinePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const isHr = me.role === "admin" || me.role === "hr";
  const [filter, setFilter] = useState<CandidateFilter>({});
  const [view, setView] = useState<"board" | "table">("board");
  const [adding, setAdding] = useState(false);
  const board = useBoard(filter);
  const options = usePipelineOptions();
  const onFilter = useCallback((next: CandidateFilter) => setFilter(next), []);
  const stages = board.data?.columns.map((c) => c.stage) ?? [];
  const total = board.data?.columns.reduce((n, c) => n + c.total, 0) ?? 0;
  const filtered = Boolean(filter.positionId || filter.ownerUserId || filter.source || filter.q);

  const actions = isHr ? (
    <>
      <ButtonLink to={paths.admin.pipelineSettings} variant="default" leftSection={<IconSettings size={16} aria-hidden />}>
        {t("pipeline.settings")}
      </ButtonLink>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
        {t("pipeline.add")}
      </Button>
    </>
  ) : null;

  return (
    <>
      <PageHeader title={t("pipeline.title")} description={isHr ? t("pipeline.description") : t("pipeline.managerDescription")} actions={actions} />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
            <PipelineFilters filter={filter} onChange={onFilter} options={options.data} />
            <SegmentedControl
              aria-label={t("pipeline.view.label")}
              value={view}
              onChange={(v) => setView(v as "board" | "table")}
              data={[
                { value: "board", label: t("pipeline.view.board") },
                { value: "table", label: t("pipeline.view.table") },
              ]}
            />
          </Group>
        </Paper>
        {board.isPending ? (
          <PageLoader />
        ) : board.isError ? (
          <ProblemAlert error={board.error} onRetry={() => void board.refetch()} />
        ) : total === 0 && !filtered ? (
          <EmptyState
            icon={<IconLayoutKanban size={26} />}
            title={t("pipeline.board.emptyTitle")}
            description={t("pipeline.board.emptyBody")}
            action={
              isHr ? (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                  {t("pipeline.add")}
                </Button>
              ) : null
            }
          />
        ) : total === 0 && view === "table" ? (
          <EmptyState title={t("pipeline.board.emptyFilteredTitle")} description={t("pipeline.board.emptyFilteredBody")} />
        ) : view === "board" ? (
          <PipelineBoard board={board.data} filter={filter} />
        ) : (
          <CandidateTable filter={filter} stages={stages} />
        )}
      </Stack>
      {isHr ? <AddCandidateModal opened={adding} onClose={() => setAdding(false)} options={options.data} stages={stages} /> : null}
    </>
  );
}
