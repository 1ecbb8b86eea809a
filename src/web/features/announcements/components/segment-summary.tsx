import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Segment } from "../../../../shared/contracts/segments";

/** The segment's filters in words; an empty segment is "everyone who consented". */
export function SegmentSummary({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (segment.department) parts.push(t("mail.segment.summary.department", { value: segment.department }));
  if (segment.leftFrom !== undefined || segment.leftTo !== undefined) {
    parts.push(t("mail.segment.summary.left", { from: segment.leftFrom ?? "…", to: segment.leftTo ?? "…" }));
  }
  if (segment.skills?.length) parts.push(t("mail.segment.summary.skills", { value: segment.skills.join("、") }));
  if (segment.tags?.length) parts.push(t("mail.segment.summary.tags", { value: segment.tags.join("、") }));
  if (segment.returnInterest) parts.push(t("mail.segment.summary.returnInterest", { value: t(`alumni.returnInterest.${segment.returnInterest}`) }));
  if (segment.eligibility) parts.push(t("mail.segment.summary.eligibility", { value: t(`eligibility.status.${segment.eligibility}`) }));
  if (segment.attendedEventId) parts.push(t("mail.segment.summary.attended"));
  return (
    <Group gap={6}>
      <Text size="sm">{parts.length ? parts.join(" ／ ") : t("mail.segment.summary.everyone")}</Text>
    </Group>
  );
}
