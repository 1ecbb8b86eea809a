import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconSpeakerphone } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { ButtonLink } from "../../components/router-links";
import { useAnnouncement } from "../../features/announcements/api/announcements";
import { AnnouncementBody } from "../../features/announcements/components/announcement-body";
import { DeliveryCounts } from "../../features/announcements/components/delivery-counts";
import { currentLocale } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function AnnouncementPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useAnnouncement(id);
  const back = <BackLink to={paths.admin.announcements} label={t("mail.announcements.back")} />;
  return (
    <RecordPage
      query={query}
      back={back}
      notFound={{
        title: t("mail.announcements.emptyTitle"),
        body: t("mail.announcements.emptyBody"),
        icon: <IconSpeakerphone size={26} />,
        action: <ButtonLink to={paths.admin.announcements}>{t("mail.announcements.back")}</ButtonLink>,
      }}
    >
      {(item) => (
        <>
          <PageHeader
            title={currentLocale() === "en" ? item.subjectEn : item.subjectJa}
            description={`${t(`consentPurposes.${item.purpose}.label`)} · ${t("mail.announcements.recipients", { count: item.recipientCount })} · ${formatDateTime(item.createdAt)}`}
            actions={
              <Badge variant="light" size="lg" color={item.status === "sent" ? "teal" : "indigo"}>
                {t(`mail.announcements.status.${item.status}`)}
              </Badge>
            }
          />
          <Stack gap="lg">
            <Paper withBorder p="lg" radius="md">
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t("mail.announcements.columns.delivery")}
                </Title>
                <Group aria-live="polite">
                  <DeliveryCounts counts={item.counts} />
                </Group>
              </Stack>
            </Paper>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {(["ja", "en"] as const).map((locale) => (
                <Paper key={locale} withBorder p="lg" radius="md" lang={locale}>
                  <Stack gap="sm">
                    <Title order={2} size="h4">
                      {locale === "ja" ? t("mail.announcements.bodyJa") : t("mail.announcements.bodyEn")}
                    </Title>
                    <Text fw={700}>{locale === "ja" ? item.subjectJa : item.subjectEn}</Text>
                    <AnnouncementBody body={locale === "ja" ? item.bodyJa : item.bodyEn} />
                  </Stack>
                </Paper>
              ))}
            </SimpleGrid>
          </Stack>
        </>
      )}
    </RecordPage>
  );
}
