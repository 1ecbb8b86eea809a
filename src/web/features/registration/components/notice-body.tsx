import { List, ScrollArea, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

/** The notice's light Markdown (headings, lists, paragraphs) as React elements: no HTML is injected. */
function blocksOf(body: string): ReactNode[] {
  const blocks: ReactNode[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (!list) return;
    const items = list.items;
    blocks.push(
      <List key={blocks.length} type={list.ordered ? "ordered" : "unordered"} size="sm" spacing={4} withPadding>
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
          <List.Item key={i}>{item}</List.Item>
        ))}
      </List>,
    );
    list = null;
  };
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = line.match(/^[-*]\s+(.*)$/);
    const numbered = line.match(/^\d+\.\s+(.*)$/);
    if (bullet?.[1] !== undefined || numbered?.[1] !== undefined) {
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet?.[1] ?? numbered?.[1] ?? "").trim());
      continue;
    }
    flush();
    if (!line) continue;
    const heading = line.match(/^(#{1,3})\s+(.*)$/);
    if (heading) {
      blocks.push(
        <Title key={blocks.length} order={heading[1] === "#" ? 3 : 4} size={heading[1] === "#" ? "h4" : "h5"} mt="xs">
          {heading[2]}
        </Title>,
      );
    } else {
      blocks.push(
        <Text key={blocks.length} size="sm">
          {line}
        </Text>,
      );
    }
  }
  flush();
  return blocks;
}

/** The privacy notice in a scrollable, keyboard-focusable region. */
export function NoticeBody({ body, label, height = 360 }: { body: string; label: string; height?: number }) {
  return (
    <ScrollArea.Autosize mah={height} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, "aria-label": label, role: "region" }}>
      <Stack gap={8} pr="xs">
        {blocksOf(body)}
      </Stack>
    </ScrollArea.Autosize>
  );
}
