import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Cancelled, finished, or open: the state an event is in now. */
export function EventStatusBadge({ status, endsAt }: { status: "published" | "cancelled"; endsAt: string }) {
  const { t } = useTranslation();
  if (status === "cancelled")
    return (
      <Badge color="red" variant="light" miw="max-content">
        {t("events.status.cancelled")}
      </Badge>
    );
  const ended = Date.parse(endsAt) < Date.now();
  return (
    <Badge color={ended ? "gray" : "teal"} variant="light" miw="max-content">
      {ended ? t("events.status.ended") : t("events.status.published")}
    </Badge>
  );
}
