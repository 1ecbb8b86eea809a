import { expect, loginAs, screenshot, test } from "./support/fixtures";

test("switching to English changes the page at once and is remembered for the user", async ({ page }) => {
  await loginAs(page, "employee");
  await page.goto("/me");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("button", { name: "日本語" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Home", exact: true })).toBeVisible();
  await screenshot(page, "employee-home-en");

  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await loginAs(page, "employee");
  await page.goto("/me");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const me = await (await page.request.get("/api/v1/me")).json();
  expect(me.user.locale).toBe("en");
  await page.request.patch("/api/v1/me", { data: { locale: "ja" }, headers: { origin: new URL(page.url()).origin } });
});
