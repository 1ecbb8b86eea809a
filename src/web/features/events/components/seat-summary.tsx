import { Group, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { EventCounts } from "../../../../shared/contracts/events";

/** "12 / 60 seats · 2 waiting": seats taken against capacity, and the line. */
export function seatLabel(t: TFunction, counts: EventCounts, capacity: number | null): string {
  const seats =
    capacity === null ? t("events.seats.unlimited", { confirmed: counts.confirmed }) : t("events.seats.limited", { confirmed: counts.confirmed, capacity });
  return counts.waitlisted ? `${seats} · ${t("events.seats.waitlisted", { count: counts.waitlisted })}` : seats;
}

export function SeatSummary({ counts, capacity }: { counts: EventCounts; capacity: number | null }) {
  const { t } = useTranslation();
  const full = capacity !== null && counts.confirmed >= capacity;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={full ? 700 : 400}>
        {seatLabel(t, counts, capacity)}
      </Text>
    </Group>
  );
}
