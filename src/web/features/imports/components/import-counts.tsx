import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AlumniImportSummary } from "../../../../shared/contracts/imports";

type Counts = Pick<AlumniImportSummary, "created" | "updated" | "unchanged" | "rejected">;

/** 「新規 120件・更新 3件・変更なし 0件・エラー 2件」, for history rows and confirmations. */
export function countsSentence(t: TFunction, counts: Counts): string {
  return t("imports.counts.sentence", {
    created: counts.created,
    updated: counts.updated,
    unchanged: counts.unchanged,
    rejected: counts.rejected,
  });
}

const tiles = [
  { key: "created", color: "teal" },
  { key: "updated", color: "blue" },
  { key: "unchanged", color: "gray" },
  { key: "rejected", color: "red" },
] as const;

/** The four numbers as tiles; `dryRun` words them as what would happen. */
export function ImportCountTiles({ counts, dryRun }: { counts: Counts; dryRun: boolean }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {tiles.map(({ key, color }) => (
        <Paper key={key} withBorder p="md">
          <Text size="sm" c="dimmed">
            {t(dryRun ? `imports.counts.wouldBe.${key}` : `imports.counts.done.${key}`)}
          </Text>
          <Text fz={28} fw={700} c={counts[key] > 0 ? `${color}.9` : "dimmed"} lh={1.2}>
            {t("imports.counts.number", { count: counts[key] })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
