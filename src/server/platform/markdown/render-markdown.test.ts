import { describe, expect, it } from "vitest";
import { XSS_PAYLOADS } from "../../../../tests/support/xss-payloads";
import { markdownExcerpt, renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders the usual Markdown", () => {
    const html = renderMarkdown("# 見出し\n\n**太字**と[リンク](https://example.com)\n\n- 一つ目\n- 二つ目");
    expect(html).toContain("<h1>見出し</h1>");
    expect(html).toContain("<strong>太字</strong>");
    expect(html).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer nofollow">リンク</a>');
    expect(html).toContain("<li>二つ目</li>");
  });

  it.each(XSS_PAYLOADS)("leaves %s inert", (payload) => {
    const html = renderMarkdown(payload);
    expect(html).not.toMatch(/<(script|img|svg|iframe|body|div|math|style)\b/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });

  it("gives a plain-text excerpt", () => {
    expect(markdownExcerpt("**こんにちは** <b>世界</b>", 6)).toBe("こんにちは …");
  });
});
