import { Button, Divider, Group, Text } from "@mantine/core";
import { IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { AlumniImport, ImportDetection } from "../../../../shared/contracts/imports";
import { ProblemAlert } from "../../../components/problem-alert";
import { ImportSection } from "./import-section";
import { columnsFromMapping, type MappingDraft } from "./mapping-draft";
import { MappingEditor } from "./mapping-editor";
import { SavePresetForm } from "./save-preset-form";
import { useRerunAndOpen } from "./use-rerun-import";

type Props = { item: AlumniImport; detection: ImportDetection; draft: MappingDraft };

/** Which column fills which field, editable; a changed mapping is checked again as a new dry run. */
export function MappingSection({ item, detection, draft }: Props) {
  const { t } = useTranslation();
  const recheck = useRerunAndOpen(item.id);
  const unmatched = detection.unmatchedHeaders;

  return (
    <ImportSection
      title={t("imports.mapping.title")}
      description={
        <>
          {t("imports.mapping.description")}
          {unmatched.length > 0 ? (
            <Text size="sm" c="dark" mt={4}>
              {t("imports.mapping.unmatched", { columns: unmatched.join("、") })}
            </Text>
          ) : null}
        </>
      }
    >
      <MappingEditor draft={draft} firstRow={item.preview[0]} readColumns={columnsFromMapping(detection.headers, detection.mapping)} />
      <ProblemAlert error={recheck.error} />
      <Group gap="md">
        <Button
          variant={draft.dirty ? "filled" : "light"}
          leftSection={<IconRefresh size={16} aria-hidden />}
          onClick={() => void recheck.start({ dryRun: true, mapping: draft.mapping }).catch(() => undefined)}
          loading={recheck.pending}
          disabled={!draft.dirty}
        >
          {t("imports.mapping.recheck")}
        </Button>
        {draft.dirty ? null : (
          <Text size="sm" c="dimmed">
            {t("imports.mapping.recheckHint")}
          </Text>
        )}
      </Group>
      <Divider />
      <SavePresetForm mapping={draft.mapping} />
    </ImportSection>
  );
}
