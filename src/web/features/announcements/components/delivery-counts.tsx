import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DeliveryCounts as Counts } from "../../../../shared/contracts/announcements";

const COLORS: Record<keyof Counts, string> = { queued: "gray", sending: "indigo", sent: "teal", suppressed: "grape", failed: "red" };

/** Messages per status, each labelled in words (not by colour alone). */
export function DeliveryCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {(Object.keys(COLORS) as (keyof Counts)[]).map((status) => (
        <Badge key={status} variant="light" color={COLORS[status]} size="sm">
          {t(`mail.counts.${status}`)} {counts[status].toLocaleString()}
        </Badge>
      ))}
    </Group>
  );
}
