import { Group, Paper, Stack } from "@mantine/core";
import type { ReactNode } from "react";

/** The form's save and cancel buttons stay in view at the bottom of a long form, with any message about the save. */
export function AlumnusFormBar({ message, children }: { message?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder shadow="md" p="md" radius="md" pos="sticky" bottom={16} style={{ zIndex: 5 }}>
      <Stack gap="sm">
        {message}
        <Group justify="flex-end" gap="sm">
          {children}
        </Group>
      </Stack>
    </Paper>
  );
}
