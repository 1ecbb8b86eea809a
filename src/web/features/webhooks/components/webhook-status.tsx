import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { WebhookDeliveryStatus } from "../../../../shared/contracts/webhooks";

const COLORS: Record<WebhookDeliveryStatus, string> = {
  pending: "gray",
  delivering: "blue",
  retrying: "grape",
  delivered: "teal",
  failed: "red",
};

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`webhooks.deliveryStatus.${status}`)}
    </Badge>
  );
}

export function EndpointStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? "teal" : "gray"} variant="light">
      {active ? t("webhooks.active") : t("webhooks.inactive")}
    </Badge>
  );
}
