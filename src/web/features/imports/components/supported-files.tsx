import { List, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

const points = ["systems", "encodings", "dates", "upsert", "limits"] as const;

/** What Okaeri reads, so HR can export from their system without asking anyone. */
export function SupportedFiles({ headingId }: { headingId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2} size="h4" id={headingId}>
        {t("imports.supported.title")}
      </Title>
      <List
        spacing="sm"
        size="sm"
        icon={
          <ThemeIcon size={20} radius="xl" color="teal" variant="light" aria-hidden>
            <IconCheck size={13} />
          </ThemeIcon>
        }
      >
        {points.map((point) => (
          <List.Item key={point}>
            <Text size="sm" fw={600} component="span" display="block">
              {t(`imports.supported.${point}.title`)}
            </Text>
            <Text size="sm" c="dimmed" component="span" display="block">
              {t(`imports.supported.${point}.body`)}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
