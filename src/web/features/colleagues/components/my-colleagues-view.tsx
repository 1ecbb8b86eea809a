import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { useMyDepartments } from "../api/colleagues";
import { DepartmentHistoryForm } from "./department-history-form";
import { MyFormerColleagues } from "./my-former-colleagues";
import { MyOutreachList } from "./my-outreach-list";

/** The member's own page: requests to reach out, former colleagues among the alumni, and their department history. */
export function MyColleaguesView({ canRefer }: { canRefer: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="outreach-requests">
        <Title order={2} size="h3" id="outreach-requests">
          {t("colleagues.mine.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("colleagues.mine.description")}
        </Text>
        <MyOutreachList />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="former-colleagues">
        <Title order={2} size="h3" id="former-colleagues">
          {t("colleagues.former.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("colleagues.former.description")}
        </Text>
        <MyFormerColleagues canRefer={canRefer} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="my-departments">
        <Title order={2} size="h3" id="my-departments">
          {t("colleagues.history.mineTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("colleagues.history.mineDescription")}
        </Text>
        <MyDepartments />
      </Stack>
    </Stack>
  );
}

function MyDepartments() {
  const query = useMyDepartments();
  if (query.isPending) return <PageLoader minHeight={120} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Paper withBorder radius="md" p="lg">
      <DepartmentHistoryForm membershipId={null} data={query.data} />
    </Paper>
  );
}
