import { z } from "zod";

/** The largest text anyone may write (a long newsletter); posts and comments set smaller limits. */
export const MAX_MARKDOWN_CHARS = 20_000;

export const MarkdownText = (max: number) => z.string().trim().min(1).max(max);

export const MarkdownPreviewInput = z.object({ body: z.string().max(MAX_MARKDOWN_CHARS) });
export type MarkdownPreviewInput = z.infer<typeof MarkdownPreviewInput>;

/** Server-rendered, safe HTML: raw HTML escaped, links limited to http(s) and mailto. */
export const MarkdownPreview = z.object({ html: z.string() });
export type MarkdownPreview = z.infer<typeof MarkdownPreview>;
