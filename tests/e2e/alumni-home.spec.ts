import { expect, expectAccessible, screenshot, switchTo, test } from "./support/fixtures";

test("the demo alumnus comes home to the newest posts of his groups, his events and his groups", async ({ page }) => {
  await switchTo(page, "alumnus");
  await page.goto("/alumni");
  await expect(page.getByRole("heading", { name: /おかえりなさい、山本 翔太 さん/ })).toBeVisible();

  const feed = page.getByRole("region", { name: "コミュニティの新着" });
  await expect(feed.getByRole("article").first()).toBeVisible();
  const events = page.getByRole("region", { name: "これからのイベント" });
  await expect(events.getByRole("link", { name: "さくらテクノロジー 同窓会 2026" })).toBeVisible();
  await expect(events.getByText("参加", { exact: true }).first()).toBeVisible();
  const groups = page.getByRole("region", { name: "参加中のグループ" });
  await expect(groups.getByRole("listitem")).toHaveCount(2);
  await screenshot(page, "alumni-home");
  await expectAccessible(page);

  await events.getByRole("link", { name: "さくらテクノロジー 同窓会 2026" }).click();
  await expect(page.getByRole("heading", { name: "さくらテクノロジー 同窓会 2026", level: 1 })).toBeVisible();

  await page.goto("/alumni");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("region", { name: "New in the community" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Upcoming events" })).toBeVisible();
  await screenshot(page, "alumni-home-en");
  await page.getByRole("button", { name: "日本語" }).click();
});
