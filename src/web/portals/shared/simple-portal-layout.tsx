import { Box } from "@mantine/core";
import { IconBriefcase, IconHome, IconMessage2Heart, IconMessages, IconShare, IconUserCircle, IconUsersGroup } from "@tabler/icons-react";
import { Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PortalShell } from "../../components/portal-shell";
import { useMe } from "../../features/me/api/get-me";
import { TenantSwitcher } from "../../features/me/components/tenant-switcher";
import { paths } from "../../lib/paths";
import { HeaderActions } from "./header-actions";
import { useTenantSwitched } from "./use-tenant-switched";

type Props = { portal: "employee" | "alumni" };

/** Frame of the employee and alumni portals: home and account. */
export function SimplePortalLayout({ portal }: Props) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const onTenantSwitched = useTenantSwitched();
  if (!me) return null;
  const portalPaths = paths[portal];

  return (
    <PortalShell
      homeTo={portalPaths.home}
      contextLabel={me.tenant.name}
      headerActions={<HeaderActions me={me} />}
      navItems={[
        { key: "home", to: portalPaths.home, label: t("nav.home"), icon: <IconHome size={18} aria-hidden />, exact: true },
        ...(portal === "employee"
          ? [
              { key: "positions", to: paths.employee.positions, label: t("referrals.nav"), icon: <IconBriefcase size={18} aria-hidden /> },
              { key: "referrals", to: paths.employee.referrals, label: t("referrals.navMine"), icon: <IconShare size={18} aria-hidden /> },
            ]
          : []),
        ...(portal === "employee"
          ? [{ key: "community", to: paths.employee.community, label: t("community.nav"), icon: <IconMessage2Heart size={18} aria-hidden /> }]
          : []),
        ...(portal === "employee"
          ? [{ key: "visits", to: paths.employee.visits, label: t("visits.title"), icon: <IconMessages size={18} aria-hidden /> }]
          : []),
        ...(portal === "employee"
          ? [{ key: "colleagues", to: paths.employee.colleagues, label: t("colleagues.nav"), icon: <IconUsersGroup size={18} aria-hidden /> }]
          : []),
        { key: "account", to: portalPaths.account, label: t("nav.account"), icon: <IconUserCircle size={18} aria-hidden /> },
      ]}
      navFooter={
        me.memberships.length > 1 ? (
          <Box hiddenFrom="md" pt="sm">
            <TenantSwitcher me={me} onSwitched={onTenantSwitched} />
          </Box>
        ) : null
      }
    >
      <Outlet />
    </PortalShell>
  );
}
