import { Alert, Button, Stack, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { useEligibilityRules } from "../../features/alumni/api/eligibility-rules";
import { EligibilityRulesForm } from "../../features/alumni/components/eligibility-rules-form";
import { EligibilitySummary } from "../../features/alumni/components/eligibility-summary";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function EligibilityRulesPage() {
  const { t } = useTranslation();
  const rules = useEligibilityRules();
  return (
    <>
      <BackLink to={paths.admin.alumni} label={t("alumni.backToList")} />
      <PageHeader title={t("eligibility.rules.title")} description={t("eligibility.rules.description")} />
      <Stack gap="xl" maw={960}>
        <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />} title={t("eligibility.rules.introTitle")}>
          <Text size="sm">{t("eligibility.rules.introBody")}</Text>
        </Alert>
        <EligibilitySummary />
        {rules.isPending ? (
          <PageLoader minHeight={200} />
        ) : rules.isError ? (
          <ProblemAlert error={rules.error}>
            <Button variant="light" size="xs" w="fit-content" onClick={() => void rules.refetch()}>
              {t("common.retry")}
            </Button>
          </ProblemAlert>
        ) : (
          <EligibilityRulesForm rules={rules.data} />
        )}
      </Stack>
    </>
  );
}
