import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PositionStatus, PositionVisibility } from "../../../../shared/recruiting";

const STATUS_COLORS: Record<PositionStatus, string> = { draft: "gray", open: "teal", closed: "red" };
const VISIBILITY_COLORS: Record<PositionVisibility, string> = { alumni: "grape", employees: "blue", public: "cyan" };

export function PositionStatusBadge({ status }: { status: PositionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant={status === "open" ? "filled" : "light"} style={{ flexShrink: 0 }}>
      {t(`positions.status.${status}`)}
    </Badge>
  );
}

export function VisibilityBadge({ visibility }: { visibility: PositionVisibility }) {
  const { t } = useTranslation();
  return (
    <Badge color={VISIBILITY_COLORS[visibility]} variant="light" style={{ flexShrink: 0 }}>
      {t(`positions.visibility.${visibility}`)}
    </Badge>
  );
}
