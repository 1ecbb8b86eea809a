import { Alert, Button, Divider, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBriefcase, IconInfoCircle, IconLock, IconMail, IconUserHeart, IconUsers } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { SignInResult } from "../../../shared/contracts/auth";
import { AnchorLink } from "../../components/router-links";
import { EmailLinkForm } from "../../features/auth/components/email-link-form";
import { SignInForm } from "../../features/auth/components/sign-in-form";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { destinationAfterSignIn } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { PublicLayout } from "./public-layout";

export type LoginSearch = { redirect?: string; mode?: "password" | "magic" };

export function LoginPage({ search }: { search: LoginSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mode = search.mode ?? "password";
  useDocumentTitle(t("auth.login.title"));

  const setMode = (next: "password" | "magic") =>
    navigate({ to: paths.login, search: { ...search, mode: next === "password" ? undefined : next }, replace: true });

  const onSignedIn = (result: SignInResult) => {
    const destination = destinationAfterSignIn(result, search.redirect);
    if (result.status === "mfa_required") {
      void navigate({ to: paths.loginMfa, search: { redirect: search.redirect } });
    } else {
      void navigate({ href: destination });
    }
  };

  return (
    <PublicLayout wide>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing={48} verticalSpacing="xl">
        <Stack gap="md" maw={480} w="100%" mx={{ base: "auto", md: 0 }}>
          <AuthCard title={t("auth.login.title")} description={t("auth.login.subtitle")}>
            {mode === "password" ? (
              <Stack gap="md">
                <SignInForm onSignedIn={onSignedIn} />
                <Group justify="flex-end">
                  <AnchorLink to={paths.forgotPassword} size="sm">
                    {t("auth.login.forgotPassword")}
                  </AnchorLink>
                </Group>
                <Divider label={t("auth.login.or")} labelPosition="center" />
                <Button variant="default" fullWidth leftSection={<IconMail size={18} aria-hidden />} onClick={() => setMode("magic")}>
                  {t("auth.login.useMagicLink")}
                </Button>
              </Stack>
            ) : (
              <Stack gap="md">
                <EmailLinkForm kind="magic" />
                <Divider label={t("auth.login.or")} labelPosition="center" />
                <Button variant="default" fullWidth leftSection={<IconLock size={18} aria-hidden />} onClick={() => setMode("password")}>
                  {t("auth.login.usePassword")}
                </Button>
              </Stack>
            )}
          </AuthCard>
          <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />} title={t("auth.login.demoTitle")} role="note">
            <Text size="sm">{t("auth.login.demoBody")}</Text>
          </Alert>
        </Stack>

        <Stack gap="lg" pt={{ base: 0, md: "md" }} component="section" aria-labelledby="about-okaeri">
          <Text size="sm" fw={700} c="indigo.8" tt="uppercase">
            {t("auth.about.eyebrow")}
          </Text>
          <Title order={2} id="about-okaeri" size="h1" lh={1.3}>
            {t("auth.about.title")}
          </Title>
          <Text size="md">{t("auth.about.body")}</Text>
          <Paper withBorder radius="lg" p="lg" bg="white">
            <List spacing="md" center listStyleType="none" styles={{ itemWrapper: { alignItems: "flex-start" } }}>
              <List.Item
                icon={
                  <ThemeIcon variant="light" radius="xl" size={36} aria-hidden>
                    <IconBriefcase size={18} />
                  </ThemeIcon>
                }
              >
                <Text fw={600}>{t("auth.about.hrTitle")}</Text>
                <Text size="sm" c="dimmed">
                  {t("auth.about.hrBody")}
                </Text>
              </List.Item>
              <List.Item
                icon={
                  <ThemeIcon variant="light" color="teal" radius="xl" size={36} aria-hidden>
                    <IconUsers size={18} />
                  </ThemeIcon>
                }
              >
                <Text fw={600}>{t("auth.about.employeeTitle")}</Text>
                <Text size="sm" c="dimmed">
                  {t("auth.about.employeeBody")}
                </Text>
              </List.Item>
              <List.Item
                icon={
                  <ThemeIcon variant="light" color="grape" radius="xl" size={36} aria-hidden>
                    <IconUserHeart size={18} />
                  </ThemeIcon>
                }
              >
                <Text fw={600}>{t("auth.about.alumniTitle")}</Text>
                <Text size="sm" c="dimmed">
                  {t("auth.about.alumniBody")}
                </Text>
              </List.Item>
            </List>
          </Paper>
          <Text size="xs" c="dimmed">
            {t("auth.about.invitationOnly")}
          </Text>
        </Stack>
      </SimpleGrid>
    </PublicLayout>
  );
}
