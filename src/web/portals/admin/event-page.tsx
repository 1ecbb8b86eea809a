import { Paper, SimpleGrid, Stack, Tabs, Text, Title } from "@mantine/core";
import { IconEdit, IconQrcode } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { EventDetail } from "../../../shared/contracts/events";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { ButtonLink } from "../../components/router-links";
import { useCancelEvent, useEvent } from "../../features/events/api/events";
import { AttendeeTable } from "../../features/events/components/attendee-table";
import { EventFacts } from "../../features/events/components/event-facts";
import { useEventNotFound } from "../../features/events/components/event-not-found";
import { EventStatusBadge } from "../../features/events/components/event-status-badge";
import { FollowUpPanel } from "../../features/events/components/follow-up-panel";
import { InvitePanel } from "../../features/events/components/invite-panel";
import { seatLabel } from "../../features/events/components/seat-summary";
import { MarkdownHtml } from "../../features/markdown/components/markdown-html";
import { currentLocale } from "../../i18n";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

function Actions({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const cancel = useCancelEvent(event.id);
  if (event.status === "cancelled") return <EventStatusBadge status={event.status} endsAt={event.endsAt} />;
  return (
    <>
      <EventStatusBadge status={event.status} endsAt={event.endsAt} />
      <ButtonLink to={paths.admin.eventCheckIn} params={{ id: event.id }} variant="default" leftSection={<IconQrcode size={16} aria-hidden />}>
        {t("events.detail.checkIn")}
      </ButtonLink>
      <ButtonLink to={paths.admin.eventEdit} params={{ id: event.id }} variant="default" leftSection={<IconEdit size={16} aria-hidden />}>
        {t("events.detail.edit")}
      </ButtonLink>
      <ConfirmButton
        color="red"
        variant="light"
        confirmTitle={t("events.detail.cancelTitle")}
        confirmMessage={t("events.detail.cancelMessage", { count: event.counts.confirmed + event.counts.waitlisted })}
        confirmLabel={t("events.detail.cancelConfirm")}
        onConfirm={async () => {
          await cancel.mutateAsync();
          notifySuccess(t("events.detail.cancelled"));
        }}
      >
        {t("events.detail.cancel")}
      </ConfirmButton>
    </>
  );
}

function Overview({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="overview-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="overview-title">
            {t("events.detail.overview")}
          </Title>
          <EventFacts facts={{ ...event, seats: seatLabel(t, event.counts, event.capacity) }} />
          <Text size="sm" c="dimmed">
            {t("events.detail.answers", {
              maybe: event.counts.maybe,
              notGoing: event.counts.notGoing,
              invited: event.counts.invited,
              checkedIn: event.counts.checkedIn,
            })}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="description-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="description-title">
            {t("events.detail.description")}
          </Title>
          <Tabs defaultValue="ja">
            <Tabs.List>
              <Tabs.Tab value="ja">日本語</Tabs.Tab>
              <Tabs.Tab value="en">English</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ja" pt="sm" lang="ja">
              {event.descriptionJa ? <MarkdownHtml html={event.descriptionHtmlJa} /> : <Text c="dimmed">{t("events.detail.noDescription")}</Text>}
            </Tabs.Panel>
            <Tabs.Panel value="en" pt="sm" lang="en">
              {event.descriptionEn ? <MarkdownHtml html={event.descriptionHtmlEn} /> : <Text c="dimmed">{t("events.detail.noDescription")}</Text>}
            </Tabs.Panel>
          </Tabs>
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}

export function EventPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const notFound = useEventNotFound();
  const query = useEvent(id);
  return (
    <RecordPage query={query} back={<BackLink to={paths.admin.events} label={t("events.back")} />} notFound={notFound}>
      {(event) => {
        const open = event.status === "published" && Date.parse(event.endsAt) > Date.now();
        return (
          <>
            <PageHeader
              title={currentLocale() === "en" ? event.titleEn : event.titleJa}
              description={currentLocale() === "en" ? event.titleJa : event.titleEn}
              actions={<Actions event={event} />}
            />
            <Stack gap="lg">
              <Overview event={event} />
              {open ? <InvitePanel event={event} /> : null}
              <AttendeeTable eventId={event.id} />
              {event.status === "published" ? <FollowUpPanel event={event} /> : null}
            </Stack>
          </>
        );
      }}
    </RecordPage>
  );
}
