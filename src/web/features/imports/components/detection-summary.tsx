import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AlumniImport, ImportDetection } from "../../../../shared/contracts/imports";
import { layoutLabel } from "./import-layouts";

const delimiterKeys: Record<string, "comma" | "tab" | "semicolon" | "pipe"> = { ",": "comma", "\t": "tab", ";": "semicolon", "|": "pipe" };

function delimiterLabel(t: TFunction, delimiter: string): string {
  const key = delimiterKeys[delimiter];
  return key ? t(`imports.detection.delimiters.${key}`) : delimiter;
}

function facts(t: TFunction, detection: ImportDetection, totalRows: number | null) {
  return [
    { label: t("imports.detection.layout"), value: layoutLabel(t, detection.preset) },
    { label: t("imports.detection.format"), value: t(`imports.detection.formats.${detection.format}`) },
    detection.encoding ? { label: t("imports.detection.encoding"), value: t(`imports.detection.encodings.${detection.encoding}`) } : null,
    detection.delimiter ? { label: t("imports.detection.delimiter"), value: delimiterLabel(t, detection.delimiter) } : null,
    totalRows !== null ? { label: t("imports.detection.rows"), value: t("imports.detection.rowCount", { count: totalRows }) } : null,
  ].filter((fact) => fact !== null);
}

/** What Okaeri recognised in the file, so HR can tell at a glance that it read the right export. */
export function DetectionSummary({ item, detection }: { item: AlumniImport; detection: ImportDetection }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" bg="gray.0">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" component="dl" m={0}>
        {facts(t, detection, item.totalRows).map((fact) => (
          <Stack gap={2} key={fact.label}>
            <Text component="dt" size="xs" c="dimmed" fw={600}>
              {fact.label}
            </Text>
            <Text component="dd" size="sm" fw={700} m={0}>
              {fact.value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
