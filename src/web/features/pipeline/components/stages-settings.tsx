import { ActionIcon, Badge, Button, Group, Paper, Stack, TextInput } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Stage } from "../../../../shared/contracts/pipeline";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { notifySuccess } from "../../../lib/notify";
import { useSaveStages, useStages } from "../api/pipeline";

type Row = { rowKey: string; id: string | null; nameJa: string; nameEn: string; kind: Stage["kind"]; builtIn: boolean };

const rowsOf = (stages: Stage[]): Row[] =>
  stages.map((s) => ({ rowKey: s.id, id: s.id, nameJa: s.nameJa, nameEn: s.nameEn, kind: s.kind, builtIn: s.builtIn }));

/** Rename, reorder and add stages; custom stages nobody is in can be removed. Closing stages stay at the end. */
export function StagesSettings() {
  const { t } = useTranslation();
  const stages = useStages();
  const save = useSaveStages();
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(() => {
    if (stages.data) setRows(rowsOf(stages.data.items));
  }, [stages.data]);
  if (stages.isPending) return <PageLoader />;
  if (stages.isError) return <ProblemAlert error={stages.error} onRetry={() => void stages.refetch()} />;

  const openCount = rows.filter((r) => r.kind === "open").length;
  const update = (index: number, patch: Partial<Row>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const swap = (a: number, b: number) => {
    const next = [...rows];
    [next[a], next[b]] = [next[b]!, next[a]!];
    setRows(next);
  };
  const add = () => {
    const next = [...rows];
    next.splice(openCount, 0, {
      rowKey: `new-${Date.now()}`,
      id: null,
      nameJa: t("pipeline.stagesPage.newStage"),
      nameEn: t("pipeline.stagesPage.newStageEn"),
      kind: "open",
      builtIn: false,
    });
    setRows(next);
  };
  const problem = save.error && isApiError(save.error) ? save.error.problem : null;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm" component="ol" aria-label={t("pipeline.stagesPage.listLabel")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {rows.map((row, index) => {
          const name = row.nameJa || row.nameEn;
          const isOpen = row.kind === "open";
          return (
            <Group key={row.rowKey} component="li" gap="sm" align="flex-end" wrap="wrap" p="xs" bg={isOpen ? undefined : "gray.0"} style={{ borderRadius: 8 }}>
              <Group gap={4}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t("pipeline.stagesPage.moveUp", { name })}
                  disabled={!isOpen || index === 0}
                  onClick={() => swap(index, index - 1)}
                >
                  <IconArrowUp size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  aria-label={t("pipeline.stagesPage.moveDown", { name })}
                  disabled={!isOpen || index >= openCount - 1}
                  onClick={() => swap(index, index + 1)}
                >
                  <IconArrowDown size={16} aria-hidden />
                </ActionIcon>
              </Group>
              <TextInput
                label={t("pipeline.stagesPage.nameJa")}
                value={row.nameJa}
                onChange={(e) => update(index, { nameJa: e.currentTarget.value })}
                maxLength={40}
                w={220}
              />
              <TextInput
                label={t("pipeline.stagesPage.nameEn")}
                value={row.nameEn}
                onChange={(e) => update(index, { nameEn: e.currentTarget.value })}
                maxLength={40}
                w={220}
              />
              <Badge variant="light" color={!isOpen ? "gray" : row.builtIn ? "blue" : "grape"} mb={8}>
                {!isOpen ? t("pipeline.stagesPage.closed") : row.builtIn ? t("pipeline.stagesPage.builtIn") : t("pipeline.stagesPage.custom")}
              </Badge>
              {!row.builtIn ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={4}
                  aria-label={t("pipeline.stagesPage.remove", { name })}
                  onClick={() => setRows(rows.filter((_, i) => i !== index))}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          );
        })}
      </Stack>
      {save.error ? (
        <ProblemAlert error={save.error}>
          {problem?.errors?.map((e) => (
            <div key={`${e.path}-${e.message}`}>{e.message}</div>
          ))}
        </ProblemAlert>
      ) : null}
      <Group justify="space-between" mt="md">
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={add}>
          {t("pipeline.stagesPage.add")}
        </Button>
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => {
              save.reset();
              if (stages.data) setRows(rowsOf(stages.data.items));
            }}
          >
            {t("pipeline.stagesPage.reset")}
          </Button>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { stages: rows.map((r) => ({ id: r.id, nameJa: r.nameJa.trim(), nameEn: r.nameEn.trim() })) },
                { onSuccess: () => notifySuccess(t("pipeline.stagesPage.saved")) },
              )
            }
          >
            {t("pipeline.stagesPage.save")}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
