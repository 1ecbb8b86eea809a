import { Paper, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconInbox } from "@tabler/icons-react";
import type { ReactNode } from "react";

type Props = {
  title: string;
  description?: string;
  icon?: ReactNode;
  /** What to do next: an empty state always offers a way forward when there is one. */
  action?: ReactNode;
};

export function EmptyState({ title, description, icon, action }: Props) {
  return (
    <Paper withBorder p="xl" radius="md" bg="gray.0">
      <Stack align="center" gap="sm" ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          {icon ?? <IconInbox size={26} />}
        </ThemeIcon>
        <Text fw={700} size="lg">
          {title}
        </Text>
        {description ? (
          <Text c="dimmed" size="sm" maw={480}>
            {description}
          </Text>
        ) : null}
        {action}
      </Stack>
    </Paper>
  );
}
