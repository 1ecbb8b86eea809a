import { Box } from "@mantine/core";
import type { Me } from "../../../shared/contracts/me";
import { LanguageSwitch } from "../../components/language-switch";
import { useUpdateMe } from "../../features/me/api/update-me";
import { TenantSwitcher } from "../../features/me/components/tenant-switcher";
import { NotificationBell } from "../../features/notifications/components/notification-bell";
import { useTenantSwitched } from "./use-tenant-switched";
import { UserMenu } from "./user-menu";

/** Header controls common to every portal: company switcher, language, the user's menu. */
export function HeaderActions({ me }: { me: Me }) {
  const updateMe = useUpdateMe();
  const onTenantSwitched = useTenantSwitched();

  return (
    <>
      {me.memberships.length > 1 ? (
        <Box visibleFrom="md">
          <TenantSwitcher me={me} onSwitched={onTenantSwitched} />
        </Box>
      ) : null}
      <NotificationBell me={me} />
      <LanguageSwitch onLocaleChange={(locale) => updateMe.mutate({ locale })} />
      <UserMenu me={me} />
    </>
  );
}
