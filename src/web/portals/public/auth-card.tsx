import { Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { title: string; description?: ReactNode; children: ReactNode; icon?: ReactNode };

/** The white card in the middle of the public pages, with the page's h1. */
export function AuthCard({ title, description, children, icon }: Props) {
  return (
    <Paper withBorder shadow="sm" radius="lg" p={{ base: "lg", sm: "xl" }} bg="white">
      <Stack gap="lg">
        <Stack gap={6}>
          {icon}
          <Title order={1} size="h2">
            {title}
          </Title>
          {typeof description === "string" ? (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          ) : (
            description
          )}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}
