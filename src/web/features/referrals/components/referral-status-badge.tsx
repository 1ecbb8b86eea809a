import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReferralStatus } from "../../../../shared/contracts/referrals";

const COLORS: Record<ReferralStatus, string> = {
  submitted: "indigo",
  in_pipeline: "orange",
  hired: "teal",
  not_hired: "gray",
  expired: "dark",
  duplicate: "grape",
};

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} miw="max-content">
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}
