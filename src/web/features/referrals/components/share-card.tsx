import { Button, CopyButton, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconBrandLine, IconBrandSlack, IconCheck, IconCopy, IconMail } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { useMyReferralLink } from "../api/referrals";

type Props = { positionId: string; positionTitle: string; companyName: string };

/** The caller's own link for one position, with ways to pass it on (copy, LINE, Slack, email). */
export function ShareCard({ positionId, positionTitle, companyName }: Props) {
  const { t } = useTranslation();
  const link = useMyReferralLink(positionId, true);
  const vars = { company: companyName, title: positionTitle, url: link.data?.url ?? "" };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="share-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="share-title">
          {t("referrals.share.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("referrals.share.body")}
        </Text>
        {link.isPending ? (
          <PageLoader />
        ) : link.isError ? (
          <ProblemAlert error={link.error} title={t("referrals.share.loadFailed")} onRetry={() => void link.refetch()} />
        ) : (
          <>
            <TextInput label={t("referrals.share.urlLabel")} value={link.data.url} readOnly onFocus={(e) => e.currentTarget.select()} />
            <Group gap="sm">
              <CopyButton value={link.data.url} timeout={2000}>
                {({ copied, copy }) => (
                  <Button
                    onClick={copy}
                    color={copied ? "teal" : undefined}
                    leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                  >
                    {copied ? t("common.copied") : t("referrals.share.copy")}
                  </Button>
                )}
              </CopyButton>
              <Button
                component="a"
                variant="default"
                href={`https://social-plugins.line.me/lineit/share?url=${encodeURIComponent(link.data.url)}`}
                target="_blank"
                rel="noopener noreferrer"
                leftSection={<IconBrandLine size={16} color="var(--mantine-color-green-8)" aria-hidden />}
              >
                {t("referrals.share.line")}
              </Button>
              <CopyButton value={t("referrals.share.slackText", vars)} timeout={2000}>
                {({ copied, copy }) => (
                  <Button
                    variant={copied ? "light" : "default"}
                    color={copied ? "teal" : undefined}
                    onClick={copy}
                    leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconBrandSlack size={16} color="var(--mantine-color-grape-8)" aria-hidden />}
                  >
                    {copied ? t("common.copied") : t("referrals.share.slack")}
                  </Button>
                )}
              </CopyButton>
              <Button
                component="a"
                variant="default"
                href={`mailto:?subject=${encodeURIComponent(t("referrals.share.emailSubject", vars))}&body=${encodeURIComponent(t("referrals.share.emailBody", vars))}`}
                leftSection={<IconMail size={16} aria-hidden />}
              >
                {t("referrals.share.email")}
              </Button>
            </Group>
            <Text size="sm" c="dimmed" aria-live="polite">
              {t("referrals.share.stats", { opens: link.data.openCount, applications: link.data.applicationCount })}
            </Text>
          </>
        )}
      </Stack>
    </Paper>
  );
}
