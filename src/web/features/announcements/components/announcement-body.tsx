import { Anchor, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Plain text as the email shows it: paragraphs at blank lines, web addresses as links; never HTML. */
export function AnnouncementBody({ body }: { body: string }) {
  const paragraphs = body
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n{2,}/);
  return (
    <Stack gap="sm">
      {paragraphs.map((paragraph, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity beyond their order
        <Text key={i} size="sm" style={{ whiteSpace: "pre-line" }}>
          {linkify(paragraph)}
        </Text>
      ))}
    </Stack>
  );
}

function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    parts.push(text.slice(last, index));
    parts.push(
      <Anchor key={index} href={match[0]} target="_blank" rel="noreferrer noopener">
        {match[0]}
      </Anchor>,
    );
    last = index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}
