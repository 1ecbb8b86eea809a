import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DsrRequest, DsrStatus } from "../../../../shared/contracts/privacy";

const COLORS: Record<DsrStatus, string> = { open: "blue", in_progress: "indigo", on_hold: "yellow", completed: "teal", rejected: "gray" };

export function RequestStatusBadge({ status }: { status: DsrStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`privacy.status.${status}`)}
    </Badge>
  );
}

/** Days left, or how overdue; closed requests show nothing urgent. */
export function DueBadge({ request }: { request: Pick<DsrRequest, "status" | "daysLeft" | "overdue"> }) {
  const { t } = useTranslation();
  if (request.status === "completed" || request.status === "rejected") return null;
  if (request.overdue)
    return (
      <Badge color="red" variant="filled">
        {t("privacy.requests.overdue", { count: -request.daysLeft })}
      </Badge>
    );
  return (
    <Badge color={request.daysLeft <= 7 ? "orange" : "gray"} variant="light">
      {t("privacy.requests.daysLeft", { count: request.daysLeft })}
    </Badge>
  );
}
