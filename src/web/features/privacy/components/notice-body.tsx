import { List, Stack, Text, Title } from "@mantine/core";

/** `line` (the source line number) is the stable key: the text never changes while shown. */
type Block = { kind: "h1" | "h2" | "p"; line: number; text: string } | { kind: "list"; line: number; items: { line: number; text: string }[] };

/** Light Markdown (headings, "-" lists, numbered lines, paragraphs) parsed into blocks; never HTML. */
function blocksOf(body: string): Block[] {
  const blocks: Block[] = [];
  body.split(/\r?\n/).forEach((raw, line) => {
    const text = raw.trimEnd();
    if (text.trim() === "") return;
    const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(text);
    const last = blocks.at(-1);
    if (text.startsWith("## ")) blocks.push({ kind: "h2", line, text: text.slice(3) });
    else if (text.startsWith("# ")) blocks.push({ kind: "h1", line, text: text.slice(2) });
    else if (item) {
      if (last?.kind === "list") last.items.push({ line, text: item[1] ?? "" });
      else blocks.push({ kind: "list", line, items: [{ line, text: item[1] ?? "" }] });
    } else blocks.push({ kind: "p", line, text });
  });
  return blocks;
}

/** A privacy notice as text: React escapes everything, so pasted HTML shows as text and never runs. */
export function NoticeBody({ body, lang }: { body: string; lang: "ja" | "en" }) {
  return (
    <Stack gap="xs" lang={lang}>
      {blocksOf(body).map((block) => {
        if (block.kind === "h1")
          return (
            <Title key={block.line} order={3} size="h4">
              {block.text}
            </Title>
          );
        if (block.kind === "h2")
          return (
            <Title key={block.line} order={4} size="h5" mt="xs">
              {block.text}
            </Title>
          );
        if (block.kind === "list")
          return (
            <List key={block.line} size="sm" spacing={2}>
              {block.items.map((item) => (
                <List.Item key={item.line}>{item.text}</List.Item>
              ))}
            </List>
          );
        return (
          <Text key={block.line} size="sm">
            {block.text}
          </Text>
        );
      })}
    </Stack>
  );
}
