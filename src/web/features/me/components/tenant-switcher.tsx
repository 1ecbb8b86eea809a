import { Select } from "@mantine/core";
import { IconBuilding } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../../shared/contracts/me";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useSwitchTenant } from "../api/switch-tenant";

type Props = {
  me: Me;
  /** Called with the new identity: the caller decides where to go (the role may differ there). */
  onSwitched: (me: Me) => void;
};

/** Shown only to people who belong to several companies (e.g. an alumnus of two). */
export function TenantSwitcher({ me, onSwitched }: Props) {
  const { t } = useTranslation();
  const switchTenant = useSwitchTenant();
  if (me.memberships.length < 2) return null;

  return (
    <Select
      aria-label={t("tenantSwitcher.label")}
      size="xs"
      w={200}
      leftSection={<IconBuilding size={16} aria-hidden />}
      data={me.memberships.map((membership) => ({
        value: membership.tenantId,
        label: `${membership.tenantName}（${t(`roles.${membership.role}`)}）`,
      }))}
      value={me.tenant.id}
      allowDeselect={false}
      disabled={switchTenant.isPending}
      onChange={(tenantId) => {
        if (!tenantId || tenantId === me.tenant.id) return;
        switchTenant.mutate(
          { tenantId },
          {
            onSuccess: (next) => {
              notifySuccess(t("tenantSwitcher.switched", { name: next.tenant.name }));
              onSwitched(next);
            },
            onError: (error) => {
              notifyProblem(error);
            },
          },
        );
      }}
    />
  );
}
