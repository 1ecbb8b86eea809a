import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TalkStatus } from "../../../../shared/contracts/talks";

const COLORS: Record<TalkStatus, string> = {
  requested: "orange",
  scheduled: "teal",
  completed: "blue",
  cancelled: "gray",
};

export function TalkStatusBadge({ status, size = "md" }: { status: TalkStatus; size?: "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} size={size} miw="max-content">
      {t(`talks.status.${status}`)}
    </Badge>
  );
}
