import { Typography } from "@mantine/core";

/**
 * HTML rendered by the server's Markdown renderer (render-markdown.ts): raw HTML escaped, only http(s)/mailto
 * links. Never pass anything else here.
 */
export function MarkdownHtml({ html, size = "sm" }: { html: string; size?: "xs" | "sm" | "md" }) {
  return (
    <Typography fz={size} className="okaeri-markdown">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server's safe Markdown renderer produced this */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
