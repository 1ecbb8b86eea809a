import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AnnouncementStatus as Status } from "../../../../shared/contracts/announcements";

const COLORS: Record<Status, string> = { scheduled: "blue", sending: "indigo", sent: "teal", cancelled: "gray" };

export function AnnouncementStatusBadge({ status, size = "md" }: { status: Status; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} size={size} miw="max-content">
      {t(`mail.announcements.status.${status}`)}
    </Badge>
  );
}
