import { Card, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconHomeHeart } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSignedInMe } from "../../features/me/api/get-me";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { AccountCard } from "../shared/account-card";
import classes from "./home-page.module.css";

export function AlumniHomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  useDocumentTitle(t("alumniHome.documentTitle"));

  return (
    <Stack gap="lg">
      <Paper radius="lg" p={{ base: "lg", sm: "xl" }} className={classes.hero}>
        <Group gap="lg" wrap="nowrap" align="flex-start">
          <ThemeIcon size={56} radius="xl" variant="white" color="indigo" aria-hidden visibleFrom="xs">
            <IconHomeHeart size={30} />
          </ThemeIcon>
          <Stack gap={6}>
            <Title order={1} size="h2">
              {t("alumniHome.greeting", { name: me.user?.name ?? "" })}
            </Title>
            <Text>{t("alumniHome.subtitle", { tenant: me.tenant.name })}</Text>
          </Stack>
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card component="section" aria-labelledby="alumni-about">
          <Stack gap="sm">
            <Title order={2} size="h4" id="alumni-about">
              {t("alumniHome.aboutTitle")}
            </Title>
            <Text size="sm">{t("alumniHome.aboutBody", { tenant: me.tenant.name })}</Text>
            <List size="sm" spacing={6}>
              <List.Item>{t("alumniHome.point1")}</List.Item>
              <List.Item>{t("alumniHome.point2")}</List.Item>
              <List.Item>{t("alumniHome.point3")}</List.Item>
            </List>
            <Text size="sm" c="dimmed">
              {t("alumniHome.privacyNote")}
            </Text>
          </Stack>
        </Card>
        <AccountCard to={paths.alumni.account} body={t("alumniHome.accountBody")} />
      </SimpleGrid>
    </Stack>
  );
}
