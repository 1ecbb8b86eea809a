import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../../../src/shared/roles";

export const DEMO_PASSWORD = "okaeri-demo-2026";
export const DEMO_EMAIL: Record<Role, string> = {
  admin: "admin@demo.okaeri.test",
  hr: "hr@demo.okaeri.test",
  manager: "manager@demo.okaeri.test",
  employee: "employee@demo.okaeri.test",
  alumnus: "alumni@demo.okaeri.test",
};

/** Signs in through the API in the page's own context, so the browser holds the session cookie. */
export async function loginAs(page: Page, role: Role): Promise<void> {
  const res = await page.request.post("/api/auth/sign-in", { data: { email: DEMO_EMAIL[role], password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
}

/** The Origin header the API asks of a state-changing request made outside the page (page.request). */
export const sameOrigin = () => ({ origin: `http://localhost:${process.env.E2E_PORT}` });

/**
 * Signs the page in as another demo account. Specs run in one demo company, and the privacy spec publishes new
 * notice versions: an alumnus first confirms the current notice (its own review screen is the privacy spec's).
 */
export async function switchTo(page: Page, role: Role): Promise<void> {
  await page.context().clearCookies();
  await loginAs(page, role);
  if (role !== "alumnus") return;
  const mine = await (await page.request.get("/api/v1/me/alumni/privacy-notice")).json();
  if (mine.reviewRequired) {
    const res = await page.request.post("/api/v1/me/alumni/privacy-notice/acknowledge", {
      headers: sameOrigin(),
      data: { version: mine.notice.version },
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
  }
}

/**
 * axe: no serious or critical violations on the current page. The dev mailbox's sandboxed mail preview
 * (an email's own HTML, not our UI) is left out: axe cannot enter a sandbox="" frame and would wait forever.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).exclude("iframe[sandbox]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * Chromium's report that a script was refused inside a sandbox="" email frame. Our mail HTML carries no
 * scripts; the refused script is axe's own injection (it enters every frame), i.e. the sandbox doing its job.
 */
const SANDBOXED_FRAME_REFUSAL = /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;

/** Fails the test on any unexpected console error, as a user would notice a broken page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        const text = msg.text();
        if (msg.type() === "error" && !/status of 4\d\d/.test(text) && !SANDBOXED_FRAME_REFUSAL.test(text)) errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
