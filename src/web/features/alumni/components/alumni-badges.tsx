import { Badge } from "@mantine/core";
import { IconBan, IconCircleCheck, IconCircleX, IconHelpCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { EligibilityStatus, ReturnInterest } from "../../../../shared/contracts/alumni";

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

// Even Mantine's darkest orange is too faint as text on its tint (under 4.5:1): that badge keeps the tint and takes dark text.
const eligibilityLooks: Record<EligibilityStatus, { color: string; text?: string; Icon: typeof IconBan }> = {
  eligible: { color: "teal", Icon: IconCircleCheck },
  needs_review: { color: "orange", text: "dark.7", Icon: IconHelpCircle },
  ineligible: { color: "gray", Icon: IconCircleX },
};

/** Best first, the order HR reads them in (filters, breakdowns). */
export const ELIGIBILITY_DISPLAY_ORDER = Object.keys(eligibilityLooks) as EligibilityStatus[];

/** The rehire verdict; an icon as well as a colour, so it reads without colour vision. */
export function EligibilityBadge({ status, size = "md" }: { status: EligibilityStatus; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  const { color, text, Icon } = eligibilityLooks[status];
  return (
    <Badge
      color={color}
      c={text}
      variant={status === "ineligible" ? "outline" : "light"}
      size={size}
      leftSection={<Icon size={size === "lg" ? 14 : 12} aria-hidden />}
    >
      {t(`eligibility.status.${status}`)}
    </Badge>
  );
}
