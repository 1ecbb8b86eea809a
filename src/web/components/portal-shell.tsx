import { AppShell, Box, Burger, Container, Divider, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { LinkProps } from "@tanstack/react-router";
import { useLocation, useMatches } from "@tanstack/react-router";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Brand } from "./brand";
import classes from "./portal-shell.module.css";
import { AnchorLink, NavLinkItem } from "./router-links";

declare module "@tanstack/react-router" {
  interface StaticDataRouteOption {
    /** The page uses the whole width of the window (a kanban board) instead of the reading column. */
    wide?: boolean;
  }
}

export type ShellNavItem = {
  key: string;
  to: NonNullable<LinkProps["to"]>;
  label: string;
  icon: ReactNode;
  /** Home is active only on its own path; sections also on their sub-paths. */
  exact?: boolean;
};

type Props = {
  homeTo: NonNullable<LinkProps["to"]>;
  /** Shown next to the product name: the company the user is working in. */
  contextLabel?: string;
  headerActions: ReactNode;
  navItems: ShellNavItem[];
  navFooter?: ReactNode;
  children: ReactNode;
};

function isActive(pathname: string, item: ShellNavItem): boolean {
  const to = String(item.to);
  return item.exact ? pathname === to || pathname === `${to}/` : pathname === to || pathname.startsWith(`${to}/`);
}

/** The frame of every signed-in portal: header, navigation and the main landmark. */
export function PortalShell({ homeTo, contextLabel, headerActions, navItems, navFooter, children }: Props) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useLocation({ select: (location) => location.pathname });
  const wide = useMatches({ select: (matches) => matches.some((match) => match.staticData?.wide) });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the mobile menu closes whenever the route changes
  useEffect(() => {
    close();
  }, [pathname, close]);

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 248, breakpoint: "sm", collapsed: { mobile: !opened } }} padding={0}>
      <a href="#main-content" className={classes.skipLink}>
        {t("shell.skipToContent")}
      </a>
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t("shell.closeNavigation") : t("shell.openNavigation")}
              aria-expanded={opened}
              aria-controls="portal-navigation"
            />
            <AnchorLink to={homeTo} underline="never" aria-label={t("shell.homeLink")}>
              <Brand />
            </AnchorLink>
            {contextLabel ? (
              <>
                <Divider orientation="vertical" visibleFrom="sm" />
                <Text size="sm" fw={600} c="dimmed" truncate visibleFrom="sm" maw={280}>
                  {contextLabel}
                </Text>
              </>
            ) : null}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {headerActions}
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" id="portal-navigation" aria-label={t("shell.navigation")} className={classes.navbar}>
        <AppShell.Section grow>
          <Stack gap={4}>
            {navItems.map((item) => (
              <NavLinkItem
                key={item.key}
                to={item.to}
                activeOptions={{ exact: item.exact ?? false }}
                label={item.label}
                leftSection={item.icon}
                active={isActive(pathname, item)}
                variant="light"
                className={classes.navLink}
              />
            ))}
          </Stack>
        </AppShell.Section>
        {navFooter ? <AppShell.Section>{navFooter}</AppShell.Section> : null}
      </AppShell.Navbar>

      <AppShell.Main className={classes.main}>
        <Box id="main-content" tabIndex={-1} className={classes.mainInner}>
          <Container size={wide ? "100%" : "lg"} py="xl" px={{ base: "md", sm: "xl" }}>
            {children}
          </Container>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
