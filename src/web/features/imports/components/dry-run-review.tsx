import { Alert, Group, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconUpload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { AlumniImport, ImportDetection } from "../../../../shared/contracts/imports";
import { ConfirmButton } from "../../../components/confirm-button";
import { DetectionSummary } from "./detection-summary";
import { countsSentence, ImportCountTiles } from "./import-counts";
import { ImportErrorsSection } from "./import-errors-section";
import { ImportPreviewTable } from "./import-preview-table";
import { ImportSection } from "./import-section";
import { useMappingDraft } from "./mapping-draft";
import { MappingSection } from "./mapping-section";
import { useRerunAndOpen } from "./use-rerun-import";

/** Step 2: what the dry run found; import it as checked, or change the mapping and check again. */
export function DryRunReview({ item, detection }: { item: AlumniImport; detection: ImportDetection }) {
  const { t } = useTranslation();
  const draft = useMappingDraft(detection);
  const importForReal = useRerunAndOpen(item.id);

  return (
    <Stack gap="lg">
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t("imports.review.readTitle")}>
        <Text size="sm">{t("imports.review.readBody")}</Text>
      </Alert>
      <DetectionSummary item={item} detection={detection} />

      <ImportSection title={t("imports.review.countsTitle")}>
        <ImportCountTiles counts={item} dryRun />
        <Group gap="md" align="center">
          <ConfirmButton
            destructive={false}
            leftSection={<IconUpload size={16} aria-hidden />}
            disabled={draft.dirty}
            confirmTitle={t("imports.review.confirmTitle")}
            confirmMessage={
              <Stack gap="xs">
                <Text size="sm">{t("imports.review.confirmBody", { fileName: item.fileName })}</Text>
                <Text size="sm" fw={700}>
                  {countsSentence(t, item)}
                </Text>
                {item.rejected > 0 ? <Text size="sm">{t("imports.review.confirmRejected")}</Text> : null}
              </Stack>
            }
            confirmLabel={t("imports.review.confirm")}
            // Without a mapping, the rerun reads the file exactly as this dry run did.
            onConfirm={() => importForReal.start({ dryRun: false })}
          >
            {t("imports.review.import")}
          </ConfirmButton>
          {draft.dirty ? (
            <Text size="sm" fw={600}>
              {t("imports.review.recheckFirst")}
            </Text>
          ) : null}
        </Group>
      </ImportSection>

      {item.preview.length > 0 ? (
        <ImportSection title={t("imports.preview.title")} description={t("imports.preview.description", { count: item.preview.length })}>
          <ImportPreviewTable rows={item.preview} />
        </ImportSection>
      ) : null}

      <ImportErrorsSection item={item} />
      <MappingSection item={item} detection={detection} draft={draft} />
    </Stack>
  );
}
