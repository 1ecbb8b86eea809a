import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconEdit, IconListDetails, IconSpeakerphone } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { ButtonLink } from "../../components/router-links";
import { useAnnouncement, useCancelAnnouncement } from "../../features/announcements/api/announcements";
import { AnnouncementStatusBadge } from "../../features/announcements/components/announcement-status";
import { DeliveryCounts } from "../../features/announcements/components/delivery-counts";
import { SegmentSummary } from "../../features/announcements/components/segment-summary";
import { MarkdownHtml } from "../../features/markdown/components/markdown-html";
import { currentLocale } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function AnnouncementPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useAnnouncement(id);
  const cancel = useCancelAnnouncement(id);
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
              <Group gap="sm">
                <AnnouncementStatusBadge status={item.status} size="lg" />
                {item.status === "scheduled" ? (
                  <>
                    <ButtonLink to={paths.admin.editAnnouncement} params={{ id: item.id }} variant="default" leftSection={<IconEdit size={16} aria-hidden />}>
                      {t("mail.announcements.edit")}
                    </ButtonLink>
                    <ConfirmButton
                      color="red"
                      variant="light"
                      confirmTitle={t("mail.announcements.cancelTitle")}
                      confirmMessage={t("mail.announcements.cancelMessage", { at: formatDateTime(item.scheduledAt) })}
                      confirmLabel={t("mail.announcements.cancelConfirm")}
                      onConfirm={async () => {
                        await cancel.mutateAsync();
                        notifySuccess(t("mail.announcements.cancelled"));
                      }}
                    >
                      {t("mail.announcements.cancel")}
                    </ConfirmButton>
                  </>
                ) : null}
                {item.status === "sending" || item.status === "sent" ? (
                  <ButtonLink to={paths.admin.announcementRecipients} params={{ id: item.id }} leftSection={<IconListDetails size={16} aria-hidden />}>
                    {t("mail.recipients.open")}
                  </ButtonLink>
                ) : null}
              </Group>
            }
          />
          <Stack gap="lg">
            <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="delivery-heading">
              <Stack gap="sm">
                <Title order={2} size="h4" id="delivery-heading">
                  {t("mail.announcements.columns.delivery")}
                </Title>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <Stack gap={2}>
                    <Text size="xs" c="dimmed">
                      {t("mail.announcements.segment")}
                    </Text>
                    <SegmentSummary segment={item.segment} />
                  </Stack>
                  <Stack gap={2}>
                    <Text size="xs" c="dimmed">
                      {item.status === "scheduled" || item.status === "cancelled" ? t("mail.announcements.scheduledAt") : t("mail.announcements.sentAt")}
                    </Text>
                    <Text size="sm">{formatDateTime(item.status === "sent" ? item.sentAt : (item.scheduledAt ?? item.createdAt))}</Text>
                  </Stack>
                </SimpleGrid>
                {item.status === "sending" || item.status === "sent" ? (
                  <Group aria-live="polite">
                    <DeliveryCounts counts={item.counts} />
                  </Group>
                ) : null}
                {item.openTracking ? (
                  <Text size="xs" c="dimmed">
                    {t("mail.announcements.openTrackingOn")}
                  </Text>
                ) : null}
              </Stack>
            </Paper>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {(["ja", "en"] as const).map((locale) => (
                <Paper key={locale} withBorder p="lg" radius="md" lang={locale} component="section" aria-labelledby={`body-${locale}`}>
                  <Stack gap="sm">
                    <Title order={2} size="h4" id={`body-${locale}`}>
                      {locale === "ja" ? t("mail.announcements.bodyJa") : t("mail.announcements.bodyEn")}
                    </Title>
                    <Text fw={700}>{locale === "ja" ? item.subjectJa : item.subjectEn}</Text>
                    <MarkdownHtml html={locale === "ja" ? item.bodyHtmlJa : item.bodyHtmlEn} />
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
