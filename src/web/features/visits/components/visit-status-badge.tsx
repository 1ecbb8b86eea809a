import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { VisitStatus } from "../../../../shared/contracts/visits";

const COLORS: Record<VisitStatus, string> = {
  requested: "indigo",
  accepted: "orange",
  scheduled: "teal",
  declined: "gray",
  cancelled: "dark",
  completed: "blue",
};

export function VisitStatusBadge({ status, size = "md" }: { status: VisitStatus; size?: "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} size={size} miw="max-content">
      {t(`visits.status.${status}`)}
    </Badge>
  );
}
