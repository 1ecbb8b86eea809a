import { List, Text, ThemeIcon } from "@mantine/core";
import { IconSparkles } from "@tabler/icons-react";
import type { JobMatch as Match } from "../../../../shared/contracts/positions";

/** The match in words, as the server phrased it in the reader's language. */
export function JobMatchReasons({ match, label }: { match: Match; label: string }) {
  if (!match.reasons.length) return null;
  return (
    <List
      aria-label={label}
      spacing={4}
      size="sm"
      icon={
        <ThemeIcon size={20} radius="xl" variant="light" color="teal" aria-hidden>
          <IconSparkles size={13} />
        </ThemeIcon>
      }
    >
      {match.reasons.map((reason) => (
        <List.Item key={reason}>
          <Text size="sm" c="teal.9" fw={500}>
            {reason}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
