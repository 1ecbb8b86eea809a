import { Card, List, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconHeartHandshake } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { useSignedInMe } from "../../features/me/api/get-me";
import { paths } from "../../lib/paths";
import { AccountCard } from "../shared/account-card";

export function EmployeeHomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();

  return (
    <>
      <PageHeader title={t("employeeHome.title", { name: me.user?.name ?? "" })} description={t("employeeHome.subtitle", { tenant: me.tenant.name })} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card component="section" aria-labelledby="employee-about">
          <Stack gap="sm">
            <ThemeIcon size={40} radius="md" variant="light" color="teal" aria-hidden>
              <IconHeartHandshake size={22} />
            </ThemeIcon>
            <Title order={2} size="h4" id="employee-about">
              {t("employeeHome.aboutTitle")}
            </Title>
            <Text size="sm">{t("employeeHome.aboutBody", { tenant: me.tenant.name })}</Text>
            <List size="sm" spacing={6}>
              <List.Item>{t("employeeHome.point1")}</List.Item>
              <List.Item>{t("employeeHome.point2")}</List.Item>
              <List.Item>{t("employeeHome.point3")}</List.Item>
            </List>
            <Text size="sm" c="dimmed">
              {t("employeeHome.aboutNote")}
            </Text>
          </Stack>
        </Card>
        <AccountCard to={paths.employee.account} body={t("portalHome.accountBody")} />
      </SimpleGrid>
    </>
  );
}
