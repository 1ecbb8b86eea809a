import { Group, Loader, Paper, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AlumniImport } from "../../../../shared/contracts/imports";
import { progressText } from "./import-progress-text";

/** While the worker reads the file; a queued import waits for the company's previous import to finish. */
export function ImportProgress({ item }: { item: AlumniImport }) {
  const { t } = useTranslation();
  const known = item.totalRows !== null && item.totalRows > 0;
  const percent = known && item.totalRows ? Math.min(100, Math.round((item.processedRows / item.totalRows) * 100)) : 100;
  const text = progressText(t, item);
  const queued = item.status === "queued";

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text fw={700} role="status">
            {queued ? t("imports.progress.queuedTitle") : item.dryRun ? t("imports.progress.checkingTitle") : t("imports.progress.importingTitle")}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {queued ? t("imports.progress.queuedBody") : t("imports.progress.runningBody")}
        </Text>
        <Progress.Root
          size="lg"
          role="progressbar"
          aria-label={t("imports.progress.label")}
          aria-valuemin={0}
          aria-valuemax={known ? (item.totalRows ?? undefined) : undefined}
          aria-valuenow={known ? item.processedRows : undefined}
          aria-valuetext={queued ? t("imports.status.queued") : text}
        >
          <Progress.Section value={queued ? 0 : percent} withAria={false} animated={!known || !queued} />
        </Progress.Root>
        <Text size="sm" ta="right" aria-hidden>
          {queued ? "" : known ? t("imports.progress.percent", { text, percent }) : text}
        </Text>
      </Stack>
    </Paper>
  );
}
