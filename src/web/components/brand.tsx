import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconHomeHeart } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** The product mark: a small house ("おかえり" = welcome home) and the name. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" variant="filled" aria-hidden>
        <IconHomeHeart size={18} />
      </ThemeIcon>
      <Text component="span" fw={800} size="lg" c="indigo.9" style={{ letterSpacing: "0.02em", whiteSpace: "nowrap" }}>
        {t("app.name")}
      </Text>
    </Group>
  );
}
