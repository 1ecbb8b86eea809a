import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCalendarEvent } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MyEventSummary } from "../../../shared/contracts/events";
import { EmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink } from "../../components/router-links";
import { useMyEvents } from "../../features/events/api/events";
import { currentLocale } from "../../i18n";
import { formatTimeRange } from "../../lib/dates";
import { paths } from "../../lib/paths";

function MyAnswer({ event }: { event: MyEventSummary }) {
  const { t } = useTranslation();
  const mine = event.myRsvp;
  if (!mine) return event.invited ? <Badge variant="light">{t("events.mine.invited")}</Badge> : null;
  if (mine.seat === "waitlisted")
    return (
      <Badge color="orange" variant="light">
        {t("events.answer.waitlisted", { position: mine.waitlistPosition ?? "" })}
      </Badge>
    );
  return (
    <Badge color={mine.seat === "confirmed" ? "teal" : "gray"} variant="light">
      {t(`events.answer.${mine.response}`)}
    </Badge>
  );
}

export function AlumniEventsPage() {
  const { t } = useTranslation();
  const query = useMyEvents();
  const en = currentLocale() === "en";
  return (
    <>
      <PageHeader title={t("events.mine.title")} description={t("events.mine.description")} />
      {query.isPending ? (
        <PageLoader />
      ) : query.isError ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState icon={<IconCalendarEvent size={26} />} title={t("events.mine.emptyTitle")} description={t("events.mine.emptyBody")} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {query.data.items.map((event) => (
            <Card key={event.id} withBorder radius="md" padding="lg" component="li">
              <Stack gap="xs">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <AnchorLink to={paths.alumni.event} params={{ id: event.id }} fw={700} size="lg">
                    {en ? event.titleEn : event.titleJa}
                  </AnchorLink>
                  <MyAnswer event={event} />
                </Group>
                <Text size="sm">
                  <time dateTime={event.startsAt}>{formatTimeRange(event.startsAt, event.endsAt)}</time>
                </Text>
                <Text size="sm" c="dimmed">
                  {event.format === "online" ? t("events.format.online") : event.venue}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
