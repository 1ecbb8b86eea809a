import MarkdownIt from "markdown-it";

/** Links may only go to the web or to a mail client; anything else (javascript:, data:, vbscript:…) stays text. */
const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * The one Markdown renderer for everything people write (posts, comments, newsletters, event descriptions).
 * Raw HTML is never passed through (`html: false` escapes it), links are limited to http(s)/mailto and open
 * in a new tab without access to the opener, and images are shown as their links (no tracking pixels).
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.validateLink = (url) => SAFE_LINK.test(url.trim());
md.disable(["image"]);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  token?.attrSet("target", "_blank");
  token?.attrSet("rel", "noopener noreferrer nofollow");
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** Markdown to safe HTML. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The first lines of a Markdown text as plain text, for previews, digests and notifications. */
export function markdownExcerpt(source: string, maxChars = 140): string {
  const text = md
    .render(source)
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
  return [...text].length > maxChars ? `${[...text].slice(0, maxChars).join("")}…` : text;
}
