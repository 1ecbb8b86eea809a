import { Box } from "@mantine/core";
import {
  IconBriefcase,
  IconCalendarEvent,
  IconCoffee,
  IconDatabaseExport,
  IconHome,
  IconMailbox,
  IconMailCog,
  IconMessage2Heart,
  IconMessages,
  IconSettings,
  IconUserCircle,
  IconUserEdit,
} from "@tabler/icons-react";
import { Outlet } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PortalShell } from "../../components/portal-shell";
import { NoticeReview } from "../../features/alumni-portal/components/notice-review";
import { useMe } from "../../features/me/api/get-me";
import { TenantSwitcher } from "../../features/me/components/tenant-switcher";
import { paths } from "../../lib/paths";
import { HeaderActions } from "../shared/header-actions";
import { useTenantSwitched } from "../shared/use-tenant-switched";

/** Frame of the alumni portal; a newer privacy notice is read first, before anything else. */
export function AlumniLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const onTenantSwitched = useTenantSwitched();
  if (!me) return null;
  const icon = (Icon: typeof IconHome) => <Icon size={18} aria-hidden />;
  return (
    <PortalShell
      homeTo={paths.alumni.home}
      contextLabel={me.tenant.name}
      headerActions={<HeaderActions me={me} />}
      navItems={[
        { key: "home", to: paths.alumni.home, label: t("nav.home"), icon: icon(IconHome), exact: true },
        { key: "community", to: paths.alumni.community, label: t("community.nav"), icon: icon(IconMessage2Heart) },
        { key: "newsletters", to: paths.alumni.newsletters, label: t("mail.archive.nav"), icon: icon(IconMailbox) },
        { key: "jobs", to: paths.alumni.jobs, label: t("positions.board.nav"), icon: icon(IconBriefcase) },
        { key: "events", to: paths.alumni.events, label: t("events.mine.nav"), icon: icon(IconCalendarEvent) },
        { key: "talks", to: paths.alumni.talks, label: t("talks.portal.nav"), icon: icon(IconCoffee) },
        { key: "visits", to: paths.alumni.visits, label: t("visits.portal.title"), icon: icon(IconMessages) },
        { key: "profile", to: paths.alumni.profile, label: t("registration.portal.nav.profile"), icon: icon(IconUserEdit) },
        { key: "consents", to: paths.alumni.consents, label: t("registration.portal.nav.consents"), icon: icon(IconMailCog) },
        { key: "data", to: paths.alumni.data, label: t("registration.portal.nav.data"), icon: icon(IconDatabaseExport) },
        { key: "settings", to: paths.alumni.settings, label: t("registration.portal.nav.settings"), icon: icon(IconSettings) },
        { key: "account", to: paths.alumni.account, label: t("nav.account"), icon: icon(IconUserCircle) },
      ]}
      navFooter={
        me.memberships.length > 1 ? (
          <Box hiddenFrom="md" pt="sm">
            <TenantSwitcher me={me} onSwitched={onTenantSwitched} />
          </Box>
        ) : null
      }
    >
      {me.noticeReviewRequired ? <NoticeReview tenant={me.tenant.name} /> : <Outlet />}
    </PortalShell>
  );
}
