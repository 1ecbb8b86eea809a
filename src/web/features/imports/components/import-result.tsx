import { Alert, Group, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconUpload, IconUsersGroup } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { AlumniImport } from "../../../../shared/contracts/imports";
import { ButtonLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";
import { ImportCountTiles } from "./import-counts";
import { ImportErrorsSection } from "./import-errors-section";
import { ImportSection } from "./import-section";

/** Step 3: what the import changed in the directory. */
export function ImportResult({ item }: { item: AlumniImport }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t("imports.result.title")}>
        <Text size="sm">{item.rejected > 0 ? t("imports.result.bodyWithRejected") : t("imports.result.body")}</Text>
      </Alert>
      <ImportSection title={t("imports.result.countsTitle")}>
        <ImportCountTiles counts={item} dryRun={false} />
        <Group gap="sm">
          <ButtonLink to={paths.admin.alumni} leftSection={<IconUsersGroup size={16} aria-hidden />}>
            {t("imports.result.openDirectory")}
          </ButtonLink>
          <ButtonLink to={paths.admin.alumniImports} variant="default" leftSection={<IconUpload size={16} aria-hidden />}>
            {t("imports.result.another")}
          </ButtonLink>
        </Group>
      </ImportSection>
      <ImportErrorsSection item={item} />
    </Stack>
  );
}
