import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/support/test-app";
import { XSS_PAYLOADS } from "../../../../tests/support/xss-payloads";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe("markdown preview", () => {
  it("renders as posts and newsletters will, with every known XSS payload inert", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "alumnus");
    const res = await t.request("/api/v1/markdown/preview", { method: "POST", cookie, json: { body: `**ようこそ**\n\n${XSS_PAYLOADS.join("\n\n")}` } });
    expect(res.status).toBe(200);
    const { html } = await res.json();
    expect(html).toContain("<strong>ようこそ</strong>");
    expect(html).not.toMatch(/<(script|img|svg|iframe|body|div|math|style)\b/i);
    expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  });

  it("refuses enormous texts with a localised error, and strangers", async () => {
    const tenant = await t.tenant();
    const { cookie } = await t.as(tenant, "hr");
    const res = await t.request("/api/v1/markdown/preview", { method: "POST", cookie, json: { body: "あ".repeat(20_001) } });
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0].path).toBe("body");
    expect((await t.request("/api/v1/markdown/preview", { method: "POST", json: { body: "x" } })).status).toBe(401);
  });
});
