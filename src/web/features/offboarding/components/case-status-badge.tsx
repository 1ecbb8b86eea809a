import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { OffboardingStatus } from "../../../../shared/contracts/offboarding";

const COLORS: Record<OffboardingStatus, string> = {
  scheduled: "gray",
  invited: "indigo",
  registered: "teal",
  declined: "orange",
  expired: "yellow",
  cancelled: "dark",
};

export function CaseStatusBadge({ status }: { status: OffboardingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`offboarding.status.${status}`)}
    </Badge>
  );
}
