import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { InvitationStatus, MemberStatus } from "../../../../shared/contracts/members";

export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === "active" ? "teal" : "gray"} variant="light">
      {t(`memberStatus.${status}`)}
    </Badge>
  );
}

const invitationColors: Record<InvitationStatus, string> = {
  pending: "indigo",
  accepted: "teal",
  expired: "gray",
  revoked: "red",
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={invitationColors[status]} variant="light">
      {t(`invitationStatus.${status}`)}
    </Badge>
  );
}
