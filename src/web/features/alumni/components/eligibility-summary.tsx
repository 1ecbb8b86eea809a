import { Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { EligibilityStatus } from "../../../../shared/contracts/alumni";
import { AnchorLink } from "../../../components/router-links";
import { paths } from "../../../lib/paths";
import { useAlumniCount } from "../api/get-alumni";
import { ELIGIBILITY_DISPLAY_ORDER, EligibilityBadge } from "./alumni-badges";

function StatusCount({ status }: { status: EligibilityStatus }) {
  const { t } = useTranslation();
  const count = useAlumniCount({ eligibility: status });
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <EligibilityBadge status={status} />
          {count.isPending ? <Loader size="xs" aria-label={t("common.loading")} /> : null}
        </Group>
        <Text fz={28} fw={700} lh={1.1}>
          {count.isSuccess ? t("eligibility.summary.count", { count: count.data }) : "—"}
        </Text>
        <AnchorLink to={paths.admin.alumni} search={{ eligibility: status }} size="sm">
          {t("eligibility.summary.open", { status: t(`eligibility.status.${status}`) })}
        </AnchorLink>
      </Stack>
    </Paper>
  );
}

/** How the directory divides under the current criteria; refreshed after every save. */
export function EligibilitySummary() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="eligibility-summary">
      <Title order={2} size="h4" id="eligibility-summary">
        {t("eligibility.summary.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {ELIGIBILITY_DISPLAY_ORDER.map((status) => (
          <StatusCount key={status} status={status} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
