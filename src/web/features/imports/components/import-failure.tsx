import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { AlumniImport, ImportDetection } from "../../../../shared/contracts/imports";
import { ProblemAlert } from "../../../components/problem-alert";
import { ButtonLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";
import { DetectionSummary } from "./detection-summary";
import { useMappingDraft } from "./mapping-draft";
import { MappingSection } from "./mapping-section";
import { useRerunAndOpen } from "./use-rerun-import";

/** A file-level failure in the reader's words; where headers were read, HR can map the columns and check again. */
export function ImportFailure({ item }: { item: AlumniImport }) {
  const { t } = useTranslation();
  const retry = useRerunAndOpen(item.id);
  const detection = item.detection && item.detection.headers.length > 0 ? item.detection : null;

  return (
    <Stack gap="lg">
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={item.dryRun ? t("imports.failure.dryRunTitle") : t("imports.failure.importTitle")}
        role="alert"
      >
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {item.failure?.message ?? t("imports.failure.unknown")}
          </Text>
          <Text size="sm">{!item.dryRun ? t("imports.failure.importNext") : detection ? t("imports.failure.mapBelow") : t("imports.failure.next")}</Text>
          <Group gap="sm">
            {item.dryRun ? null : (
              <Button
                leftSection={<IconRefresh size={16} aria-hidden />}
                loading={retry.pending}
                onClick={() => void retry.start({ dryRun: false }).catch(() => undefined)}
              >
                {t("imports.failure.retry")}
              </Button>
            )}
            <ButtonLink to={paths.admin.alumniImports} variant={item.dryRun ? "filled" : "default"}>
              {t("imports.failure.chooseAnother")}
            </ButtonLink>
          </Group>
        </Stack>
      </Alert>
      <ProblemAlert error={retry.error} />
      {detection ? <FailedMapping item={item} detection={detection} /> : null}
    </Stack>
  );
}

function FailedMapping({ item, detection }: { item: AlumniImport; detection: ImportDetection }) {
  const draft = useMappingDraft(detection);
  return (
    <>
      <DetectionSummary item={item} detection={detection} />
      <MappingSection item={item} detection={detection} draft={draft} />
    </>
  );
}
