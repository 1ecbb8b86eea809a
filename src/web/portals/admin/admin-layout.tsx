import { Box } from "@mantine/core";
import {
  IconAddressBook,
  IconBriefcase,
  IconCalendarEvent,
  IconCoffee,
  IconHome,
  IconKey,
  IconLayoutKanban,
  IconListSearch,
  IconMailbox,
  IconMailForward,
  IconMailHeart,
  IconMessage2Heart,
  IconMessages,
  IconSettings,
  IconShare,
  IconShieldLock,
  IconSpeakerphone,
  IconUserCircle,
  IconUsersGroup,
  IconWebhook,
} from "@tabler/icons-react";
import { Outlet } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { PortalShell, type ShellNavItem } from "../../components/portal-shell";
import { useMe } from "../../features/me/api/get-me";
import { TenantSwitcher } from "../../features/me/components/tenant-switcher";
import { paths } from "../../lib/paths";
import { HeaderActions } from "../shared/header-actions";
import { useTenantSwitched } from "../shared/use-tenant-switched";
import { type ConsoleSectionKey, sectionsFor } from "./sections";

const icons: Record<ConsoleSectionKey, ReactNode> = {
  home: <IconHome size={18} aria-hidden />,
  alumni: <IconUsersGroup size={18} aria-hidden />,
  positions: <IconBriefcase size={18} aria-hidden />,
  talks: <IconCoffee size={18} aria-hidden />,
  pipeline: <IconLayoutKanban size={18} aria-hidden />,
  referrals: <IconShare size={18} aria-hidden />,
  members: <IconAddressBook size={18} aria-hidden />,
  apiKeys: <IconKey size={18} aria-hidden />,
  webhooks: <IconWebhook size={18} aria-hidden />,
  audit: <IconListSearch size={18} aria-hidden />,
  settings: <IconSettings size={18} aria-hidden />,
  devMailbox: <IconMailbox size={18} aria-hidden />,
  announcements: <IconSpeakerphone size={18} aria-hidden />,
  deliveries: <IconMailForward size={18} aria-hidden />,
  offboarding: <IconMailHeart size={18} aria-hidden />,
  privacy: <IconShieldLock size={18} aria-hidden />,
  visits: <IconMessages size={18} aria-hidden />,
  events: <IconCalendarEvent size={18} aria-hidden />,
  community: <IconMessage2Heart size={18} aria-hidden />,
};

/** The HR console frame: navigation lists only what the member's role can use. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const onTenantSwitched = useTenantSwitched();
  if (!me) return null;

  const navItems: ShellNavItem[] = sectionsFor(me).map((section) => ({
    key: section.key,
    to: section.to,
    label: t(`nav.${section.key}`),
    icon: icons[section.key],
    exact: section.key === "home",
  }));
  navItems.push({
    key: "account",
    to: paths.admin.account,
    label: t("nav.account"),
    icon: <IconUserCircle size={18} aria-hidden />,
  });

  return (
    <PortalShell
      homeTo={paths.admin.home}
      contextLabel={me.tenant.name}
      headerActions={<HeaderActions me={me} />}
      navItems={navItems}
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
