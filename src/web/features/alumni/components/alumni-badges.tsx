import { Badge } from "@mantine/core";
import { IconBan } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ReturnInterest } from "../../../../shared/contracts/alumni";

const interestColors: Record<ReturnInterest, string> = {
  yes: "teal",
  maybe: "indigo",
  no: "gray",
  unknown: "gray",
};

export function ReturnInterestBadge({ interest, size = "md" }: { interest: ReturnInterest; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color={interestColors[interest]} variant={interest === "unknown" ? "outline" : "light"} size={size}>
      {t(`alumni.returnInterest.${interest}`)}
    </Badge>
  );
}

/** Shown wherever the person appears, so nobody approaches them for a role by mistake. */
export function DoNotRehireBadge({ size = "md" }: { size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" size={size} leftSection={<IconBan size={12} aria-hidden />}>
      {t("alumni.doNotRehireBadge")}
    </Badge>
  );
}
