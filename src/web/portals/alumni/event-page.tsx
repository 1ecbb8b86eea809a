import { Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { useMyEvent } from "../../features/events/api/events";
import { EventFacts } from "../../features/events/components/event-facts";
import { RsvpPanel } from "../../features/events/components/rsvp-panel";
import { MarkdownHtml } from "../../features/markdown/components/markdown-html";
import { currentLocale } from "../../i18n";
import { paths } from "../../lib/paths";

export function AlumniEventPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useMyEvent(id);
  const back = (
    <AnchorLink to={paths.alumni.events} size="sm" mb="xs" display="inline-block">
      {t("events.mine.back")}
    </AnchorLink>
  );
  return (
    <RecordPage
      query={query}
      back={back}
      notFound={{
        title: t("events.notFoundTitle"),
        body: t("events.mine.notFoundBody"),
        icon: <IconCalendarEvent size={26} />,
        action: <ButtonLink to={paths.alumni.events}>{t("events.mine.back")}</ButtonLink>,
      }}
    >
      {(event) => {
        const en = currentLocale() === "en";
        const html = en && event.descriptionHtmlEn ? event.descriptionHtmlEn : event.descriptionHtmlJa;
        const seats = event.capacity === null ? null : event.seatsLeft ? t("events.mine.seatsLeft", { count: event.seatsLeft }) : t("events.mine.noSeats");
        return (
          <>
            <PageHeader title={en ? event.titleEn : event.titleJa} />
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Stack gap="lg">
                <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="facts-title">
                  <Stack gap="sm">
                    <Title order={2} size="h4" id="facts-title">
                      {t("events.mine.details")}
                    </Title>
                    <EventFacts facts={{ ...event, seats }} />
                  </Stack>
                </Paper>
                <RsvpPanel event={event} />
              </Stack>
              <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="about-title">
                <Stack gap="sm">
                  <Title order={2} size="h4" id="about-title">
                    {t("events.mine.about")}
                  </Title>
                  {html ? (
                    <Group lang={en && event.descriptionHtmlEn ? "en" : "ja"}>
                      <MarkdownHtml html={html} />
                    </Group>
                  ) : (
                    <Text c="dimmed">{t("events.detail.noDescription")}</Text>
                  )}
                </Stack>
              </Paper>
            </SimpleGrid>
          </>
        );
      }}
    </RecordPage>
  );
}
