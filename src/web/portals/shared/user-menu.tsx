import { Avatar, Button, Menu, Text } from "@mantine/core";
import { IconChevronDown, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../shared/contracts/me";
import { portalForRole } from "../../../shared/roles";
import { useSignOut } from "../../features/auth/api/sign-out";
import { notifySuccess } from "../../lib/notify";
import { accountPathFor, paths } from "../../lib/paths";
import { forgetSyncedLocale } from "../guards";

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut(() => navigate({ to: paths.login }));
  const name = me.user?.name ?? me.apiKey?.name ?? "";

  const handleSignOut = () => {
    signOut.mutate(undefined, {
      onSettled: () => {
        forgetSyncedLocale();
        notifySuccess(t("auth.signOut.done"));
      },
    });
  };

  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          leftSection={
            <Avatar size={28} radius="xl" color="indigo" aria-hidden>
              {name.slice(0, 1)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t("userMenu.label", { name })}
        >
          <Text size="sm" fw={600} c="dark" visibleFrom="md" truncate maw={160}>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user?.email}</Menu.Label>
        <Menu.Item component={Link} to={accountPathFor(portalForRole(me.role))} leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t("userMenu.account")}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={handleSignOut} leftSection={<IconLogout size={16} aria-hidden />} disabled={signOut.isPending}>
          {t("userMenu.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
