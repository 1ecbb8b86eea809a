import { DEMO_EMAIL, DEMO_PASSWORD, expect, expectAccessible, screenshot, test } from "./support/fixtures";

const PORTALS = [
  { role: "admin", path: "/admin", nav: ["ホーム", "メンバー", "APIキー", "監査ログ", "会社の設定", "開発用メールボックス"], hidden: [] },
  { role: "hr", path: "/admin", nav: ["ホーム", "メンバー"], hidden: ["APIキー", "監査ログ", "会社の設定"] },
  { role: "manager", path: "/admin", nav: ["ホーム"], hidden: ["メンバー", "APIキー", "監査ログ"] },
  { role: "employee", path: "/me", nav: ["ホーム"], hidden: ["メンバー", "監査ログ"] },
  { role: "alumnus", path: "/alumni", nav: ["ホーム"], hidden: ["メンバー", "監査ログ"] },
] as const;

for (const portal of PORTALS) {
  test(`${portal.role} signs in with the form and lands in ${portal.path}, seeing only their navigation`, async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "ログイン", exact: true })).toBeVisible();
    await page.getByLabel("メールアドレス").fill(DEMO_EMAIL[portal.role]);
    await page.getByLabel("パスワード", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "ログイン", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${portal.path}$`));
    const nav = page.getByRole("navigation", { name: "メインメニュー" });
    for (const item of portal.nav) await expect(nav.getByRole("link", { name: item, exact: true })).toBeVisible();
    for (const item of portal.hidden) await expect(nav.getByRole("link", { name: item, exact: true })).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await screenshot(page, `${portal.role}-home`);
    await expectAccessible(page);
  });
}

test("a wrong password shows one generic message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(DEMO_EMAIL.hr);
  await page.getByLabel("パスワード", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page.getByText("メールアドレスまたはパスワードが正しくありません。")).toBeVisible();
  await screenshot(page, "login-error");
  await expectAccessible(page);
});

test("a signed-in person who opens another portal is sent to their own", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(DEMO_EMAIL.alumnus);
  await page.getByLabel("パスワード", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "ログイン", exact: true }).click();
  await expect(page).toHaveURL(/\/alumni$/);
  await page.goto("/admin/members");
  await expect(page).toHaveURL(/\/alumni$/);
  await expect(page.getByRole("heading", { name: /おかえりなさい/ })).toBeVisible();
});
