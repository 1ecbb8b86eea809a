import { Alert, Button, Card, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconDatabaseExport, IconHomeHeart, IconMailCog, IconMailExclamation, IconUserEdit } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink } from "../../components/router-links";
import { useResendVerification } from "../../features/alumni-portal/api/my-profile";
import { HomeFeed } from "../../features/alumni-portal/components/home-feed";
import { useSignedInMe } from "../../features/me/api/get-me";
import { useDocumentTitle } from "../../lib/document-title";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import classes from "./home-page.module.css";

export function AlumniHomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const resend = useResendVerification();
  useDocumentTitle(t("alumniHome.documentTitle"));
  const name = me.user?.name ?? "";

  return (
    <Stack gap="lg">
      <Paper radius="lg" p={{ base: "lg", sm: "xl" }} className={classes.hero}>
        <Group gap="lg" wrap="nowrap" align="flex-start">
          <ThemeIcon size={56} radius="xl" variant="white" color="indigo" aria-hidden visibleFrom="xs">
            <IconHomeHeart size={30} />
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={1} size="h2">
              {t("registration.portal.home.welcome", { name })}
            </Title>
            <Text>{t("registration.portal.home.subtitle", { tenant: me.tenant.name })}</Text>
          </Stack>
        </Group>
      </Paper>

      {me.emailVerified === false ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconMailExclamation aria-hidden />}
          title={t("registration.portal.home.verifyTitle")}
          // Mantine's yellow title is too pale on the yellow ground (WCAG contrast).
          styles={{ title: { color: "var(--mantine-color-dark-7)" }, icon: { color: "var(--mantine-color-orange-9)" } }}
        >
          <Stack gap="sm">
            <Text size="sm">{t("registration.portal.home.verifyBody", { email: me.user?.email ?? "" })}</Text>
            <Button
              variant="white"
              color="dark"
              size="xs"
              w="fit-content"
              loading={resend.isPending}
              onClick={() => resend.mutate(undefined, { onSuccess: () => notifySuccess(t("registration.portal.home.resent")) })}
            >
              {t("registration.portal.home.resend")}
            </Button>
            <ProblemAlert error={resend.error} />
          </Stack>
        </Alert>
      ) : null}

      <HomeFeed />

      <Title order={2} size="h4">
        {t("registration.portal.home.links")}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <LinkCard
          to={paths.alumni.profile}
          icon={<IconUserEdit size={22} />}
          title={t("registration.portal.home.profileLink")}
          body={t("registration.portal.home.profileLinkBody")}
        />
        <LinkCard
          to={paths.alumni.consents}
          icon={<IconMailCog size={22} />}
          title={t("registration.portal.home.consentsLink")}
          body={t("registration.portal.home.consentsLinkBody")}
        />
        <LinkCard
          to={paths.alumni.data}
          icon={<IconDatabaseExport size={22} />}
          title={t("registration.portal.home.dataLink")}
          body={t("registration.portal.home.dataLinkBody")}
        />
      </SimpleGrid>
    </Stack>
  );
}

function LinkCard({ to, icon, title, body }: { to: string; icon: ReactNode; title: string; body: string }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="xs">
        <ThemeIcon variant="light" radius="xl" size={40} aria-hidden>
          {icon}
        </ThemeIcon>
        <AnchorLink to={to} fw={700}>
          {title}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {body}
        </Text>
      </Stack>
    </Card>
  );
}
