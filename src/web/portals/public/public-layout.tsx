import { Box, Container, Group, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Brand } from "../../components/brand";
import { LanguageSwitch } from "../../components/language-switch";
import { AnchorLink } from "../../components/router-links";
import { paths } from "../../lib/paths";
import classes from "./public-layout.module.css";

/** Frame of the pages reachable without a session: sign-in, links from emails, invitations. */
export function PublicLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <Box className={classes.page}>
      <header className={classes.header}>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between">
            <AnchorLink to={paths.login} underline="never" aria-label={t("shell.homeLink")}>
              <Brand />
            </AnchorLink>
            <LanguageSwitch />
          </Group>
        </Container>
      </header>
      <main className={classes.main} id="main-content">
        <Container size={wide ? "lg" : 480} py={{ base: "xl", sm: 48 }} px="md">
          {children}
        </Container>
      </main>
      <footer className={classes.footer}>
        <Container size="lg">
          <Text size="xs" c="dimmed" ta="center">
            {t("public.footer")}
          </Text>
        </Container>
      </footer>
    </Box>
  );
}
