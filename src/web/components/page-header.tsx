import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useDocumentTitle } from "../lib/document-title";

type Props = {
  title: string;
  /** Tab title when it should differ from the heading (e.g. a greeting). */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
};

/** The page's one h1, its description and its main actions; also sets the tab title. */
export function PageHeader({ title, documentTitle, description, actions }: Props) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="wrap" gap="md">
      <Stack gap={4} style={{ flex: "1 1 320px" }}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
