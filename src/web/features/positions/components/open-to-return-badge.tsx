import { Badge, Paper, Text } from "@mantine/core";
import { IconHeartHandshake } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/dates";

/** HR's view of the alumnus's own signal from the job board: 「復帰に前向き」. */
export function OpenToReturnBadge({ size = "sm" }: { size?: "sm" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color="pink" variant="light" size={size} leftSection={<IconHeartHandshake size={size === "lg" ? 14 : 12} aria-hidden />}>
      {t("positions.hr.openToReturn")}
    </Badge>
  );
}

/** What the alumnus said they look for, in their own words, with the date they turned the signal on. */
export function LookingFor({ text, since }: { text: string | null; since: string | null }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <Paper withBorder radius="md" p="md" bg="pink.0">
      <Text size="sm" fw={600}>
        {t("positions.hr.lookingFor")}
        {since ? (
          <Text span size="xs" c="dimmed" fw={400} ml="xs">
            {t("positions.openToReturn.since", { date: formatDate(since) })}
          </Text>
        ) : null}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {text}
      </Text>
    </Paper>
  );
}
