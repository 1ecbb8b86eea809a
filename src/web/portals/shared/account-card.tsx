import { Card, Group, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconArrowRight, IconUserCircle } from "@tabler/icons-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/router-links";

/** The "your account" card on the employee and alumni home pages. */
export function AccountCard({ to, body }: { to: string; body: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId}>
      <Stack gap="sm" h="100%">
        <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
          <IconUserCircle size={22} />
        </ThemeIcon>
        <Title order={2} size="h4" id={titleId}>
          {t("portalHome.accountTitle")}
        </Title>
        <Text size="sm" style={{ flex: 1 }}>
          {body}
        </Text>
        <Group>
          <ButtonLink to={to} variant="light" rightSection={<IconArrowRight size={14} aria-hidden />}>
            {t("portalHome.accountLink")}
          </ButtonLink>
        </Group>
      </Stack>
    </Card>
  );
}
