import { Group, Paper, Stack, Text } from "@mantine/core";
import { IconArrowLeft, IconMailbox } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { useMyNewsletter } from "../../features/announcements/api/announcements";
import { MarkdownHtml } from "../../features/markdown/components/markdown-html";
import { formatDate } from "../../lib/dates";
import { paths } from "../../lib/paths";

export function AlumniNewsletterPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useMyNewsletter(id);
  const back = (
    <AnchorLink to={paths.alumni.newsletters} size="sm" mb="xs" display="inline-block">
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={14} aria-hidden />
        {t("mail.archive.back")}
      </Group>
    </AnchorLink>
  );
  return (
    <RecordPage
      query={query}
      back={back}
      notFound={{
        title: t("mail.archive.notFoundTitle"),
        body: t("mail.archive.notFoundBody"),
        icon: <IconMailbox size={26} />,
        action: <ButtonLink to={paths.alumni.newsletters}>{t("mail.archive.back")}</ButtonLink>,
      }}
    >
      {(item) => (
        <>
          <PageHeader title={item.subject} description={t("mail.archive.sentOn", { date: formatDate(item.sentAt) })} />
          <Paper withBorder radius="md" p="xl" maw={820} component="article" aria-label={item.subject}>
            <Stack gap="sm">
              <MarkdownHtml html={item.bodyHtml} />
              <Text size="xs" c="dimmed">
                {t("mail.archive.footer")}
              </Text>
            </Stack>
          </Paper>
        </>
      )}
    </RecordPage>
  );
}
