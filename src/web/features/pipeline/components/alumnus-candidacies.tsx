import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";
import { useCandidates, usePipelineOptions, useStages } from "../api/pipeline";
import { AddCandidateModal } from "./add-candidate-modal";
import { positionTitle, stageColor, stageName } from "./labels";

/** 選考状況 on the alumnus page: the person's candidacies, and (for HR) a way to add them to the pipeline. */
export function AlumnusCandidacies({ alumnus, canAdd }: { alumnus: { id: string; name: string }; canAdd: boolean }) {
  const { t } = useTranslation();
  const list = useCandidates({ alumnusId: alumnus.id, sort: "updated", order: "desc" });
  const stages = useStages().data?.items ?? [];
  const options = usePipelineOptions();
  const [adding, setAdding] = useState(false);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="alumnus-candidacies">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="alumnus-candidacies">
            {t("pipeline.alumnusCard.title")}
          </Title>
          {canAdd ? (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
              {t("pipeline.alumnusCard.add")}
            </Button>
          ) : null}
        </Group>
        {list.isPending ? null : items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("pipeline.alumnusCard.empty")}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {items.map((card) => {
              const stage = stages.find((s) => s.id === card.stageId);
              return (
                <Group key={card.id} component="li" justify="space-between" wrap="nowrap">
                  <AnchorLink to={paths.admin.candidate} params={{ id: card.id }} size="sm">
                    {positionTitle(card) ?? t("pipeline.alumnusCard.noPosition")}
                  </AnchorLink>
                  {stage ? (
                    <Badge variant="light" color={stageColor(stage)}>
                      {stageName(stage)}
                    </Badge>
                  ) : null}
                </Group>
              );
            })}
          </Stack>
        )}
      </Stack>
      {canAdd && adding ? <AddCandidateModal opened onClose={() => setAdding(false)} options={options.data} stages={stages} alumnus={alumnus} /> : null}
    </Paper>
  );
}
