import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MyEventSummary } from "../../../../shared/contracts/events";
import { AnchorLink } from "../../../components/router-links";
import { currentLocale } from "../../../i18n";
import { formatTimeRange } from "../../../lib/dates";
import { paths } from "../../../lib/paths";

/** A long title wraps; the answer badge keeps its whole word. */
const NO_SHRINK = { flexShrink: 0 } as const;

export function MyAnswer({ event }: { event: MyEventSummary }) {
  const { t } = useTranslation();
  const mine = event.myRsvp;
  if (!mine)
    return event.invited ? (
      <Badge variant="light" style={NO_SHRINK}>
        {t("events.mine.invited")}
      </Badge>
    ) : null;
  if (mine.seat === "waitlisted")
    return (
      <Badge color="orange" variant="light" style={NO_SHRINK}>
        {t("events.answer.waitlisted", { position: mine.waitlistPosition ?? "" })}
      </Badge>
    );
  return (
    <Badge color={mine.seat === "confirmed" ? "teal" : "gray"} variant="light" style={NO_SHRINK}>
      {t(`events.answer.${mine.response}`)}
    </Badge>
  );
}

/** An upcoming event as the alumnus sees it in lists: title, time in Asia/Tokyo, place and my answer. */
export function MyEventCard({ event }: { event: MyEventSummary }) {
  const { t } = useTranslation();
  const en = currentLocale() === "en";
  return (
    <Card withBorder radius="md" padding="lg" component="li">
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
  );
}
