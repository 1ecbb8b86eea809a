import { Stack, Text, ThemeIcon } from "@mantine/core";
import { IconLinkOff } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { AuthCard } from "./auth-card";

type Props = { title: string; body: string; actions: ReactNode };

/** A friendly dead end for links from emails that can no longer be used. */
export function LinkProblem({ title, body, actions }: Props) {
  return (
    <AuthCard
      title={title}
      icon={
        <ThemeIcon size={44} radius="xl" variant="light" color="gray" aria-hidden>
          <IconLinkOff size={24} />
        </ThemeIcon>
      }
    >
      <Stack gap="lg">
        <Text>{body}</Text>
        {actions}
      </Stack>
    </AuthCard>
  );
}
