import { renderMarkdown } from "../../platform/markdown/render-markdown";

/** `@[Display Name](user:<uuid>)`: how the web writes a mention into a post or comment. */
const MENTION = /@\[([^\]\n]{1,80})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!<>|~&]/g, (c) => `\\${c}`);

/** The people a text mentions, each once. */
export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((m) => (m[2] ?? "").toLowerCase()))];
}

/** Safe HTML of a post or comment: a mention shows as the name only, in bold (never an address or an id). */
export function renderCommunityText(body: string): string {
  return renderMarkdown(body.replace(MENTION, (_all, name: string) => `**@${escapeMarkdown(name)}**`));
}

/** The text with mention tokens reduced to `@Name`, for excerpts. */
export function plainMentions(body: string): string {
  return body.replace(MENTION, (_all, name: string) => `@${name}`);
}
