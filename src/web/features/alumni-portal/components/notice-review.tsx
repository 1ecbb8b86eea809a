import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { currentLocale } from "../../../i18n";
import { NoticeBody } from "../../registration/components/notice-body";
import { useAcknowledgeNotice, useMyNotice } from "../api/my-notice";

/** Shown instead of the portal while a newer privacy notice waits to be read. */
export function NoticeReview({ tenant }: { tenant: string }) {
  const { t } = useTranslation();
  const notice = useMyNotice(true);
  const acknowledge = useAcknowledgeNotice();
  if (notice.isPending) return <PageLoader />;
  if (notice.isError) return <ProblemAlert error={notice.error} onRetry={() => void notice.refetch()} />;
  const { version, bodyJa, bodyEn } = notice.data.notice;
  return (
    <Paper withBorder radius="lg" p={{ base: "lg", sm: "xl" }} component="section" aria-labelledby="notice-review-title" maw={760}>
      <Stack gap="md">
        <Title order={1} size="h2" id="notice-review-title">
          {t("registration.portal.notice.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("registration.portal.notice.description", { tenant })}
        </Text>
        <Text size="xs" c="dimmed">
          {t("registration.notice.version", {
            version,
            date: new Date(notice.data.notice.publishedAt).toLocaleDateString(currentLocale() === "ja" ? "ja-JP" : "en-GB", { timeZone: "Asia/Tokyo" }),
          })}
        </Text>
        <NoticeBody body={currentLocale() === "ja" ? bodyJa : bodyEn} label={t("registration.notice.regionLabel")} height={480} />
        <ProblemAlert error={acknowledge.error} />
        <Button w="fit-content" onClick={() => acknowledge.mutate(version)} loading={acknowledge.isPending}>
          {t("registration.portal.notice.confirm")}
        </Button>
      </Stack>
    </Paper>
  );
}
