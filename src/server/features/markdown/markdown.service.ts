import type { MarkdownPreview } from "../../../shared/contracts/markdown";
import { renderMarkdown } from "../../platform/markdown/render-markdown";

/** What a text will look like once posted or sent: the same renderer the post, comment or newsletter uses. */
export function previewMarkdown({ input }: { input: { body: string } }): MarkdownPreview {
  return { html: renderMarkdown(input.body) };
}
