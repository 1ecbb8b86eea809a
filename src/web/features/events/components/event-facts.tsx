import { Group, Stack, Text } from "@mantine/core";
import { IconCalendarEvent, IconClockHour4, IconMapPin, IconUsers, IconVideo } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatTimeRange } from "../../../lib/dates";

interface Facts {
  format: "online" | "venue";
  venue: string | null;
  onlineUrl?: string | null;
  startsAt: string;
  endsAt: string;
  registrationDeadline?: string | null;
  seats?: string | null;
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      {icon}
      <Text size="sm" component="div">
        <Text span c="dimmed" size="sm">
          {label}:{" "}
        </Text>
        {children}
      </Text>
    </Group>
  );
}

/** When (Tokyo time), where, the deadline and seats: the facts people look for first. */
export function EventFacts({ facts }: { facts: Facts }) {
  const { t } = useTranslation();
  const online = facts.format === "online";
  return (
    <Stack gap={6}>
      <Fact icon={<IconCalendarEvent size={18} aria-hidden />} label={t("events.facts.when")}>
        <time dateTime={facts.startsAt}>{formatTimeRange(facts.startsAt, facts.endsAt)}</time> {t("events.facts.tokyo")}
      </Fact>
      <Fact icon={online ? <IconVideo size={18} aria-hidden /> : <IconMapPin size={18} aria-hidden />} label={t("events.facts.where")}>
        {online ? (
          facts.onlineUrl ? (
            <a href={facts.onlineUrl} target="_blank" rel="noopener noreferrer">
              {facts.onlineUrl}
            </a>
          ) : (
            t("events.format.online")
          )
        ) : (
          facts.venue
        )}
      </Fact>
      {facts.registrationDeadline ? (
        <Fact icon={<IconClockHour4 size={18} aria-hidden />} label={t("events.facts.deadline")}>
          <time dateTime={facts.registrationDeadline}>{formatDateTime(facts.registrationDeadline)}</time>
        </Fact>
      ) : null}
      {facts.seats ? (
        <Fact icon={<IconUsers size={18} aria-hidden />} label={t("events.facts.seats")}>
          {facts.seats}
        </Fact>
      ) : null}
    </Stack>
  );
}
