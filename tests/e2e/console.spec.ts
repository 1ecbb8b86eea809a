import { expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

test("an admin issues an API key that is shown once and works, then revokes it", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { name: "APIキー", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "APIキーを発行" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("名前").fill("SmartHR 連携");
  await dialog.getByRole("button", { name: "APIキーを発行" }).click();
  await expect(dialog.getByText("このキーは一度しか表示されません")).toBeVisible();
  const key = (await page.getByTestId("created-api-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^okaeri_[\w-]{43}$/);
  await screenshot(page, "admin-api-key-created");
  const me = await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${key}` } });
  expect(await me.json()).toMatchObject({ kind: "apiKey", tenant: { slug: "demo" } });
  await dialog.getByRole("button", { name: "保管しました" }).click();

  const table = page.getByRole("table", { name: "APIキー一覧" });
  await expect(table.getByText("SmartHR 連携")).toBeVisible();
  await table.getByRole("button", { name: "SmartHR 連携 を失効させる" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "失効させる" }).click();
  await expect(table.getByText("失効済み")).toBeVisible();
  expect((await page.request.get("/api/v1/me", { headers: { authorization: `Bearer ${key}` } })).status()).toBe(401);
  await screenshot(page, "admin-api-keys");
  await expectAccessible(page);
});

test("an admin reads and filters the audit log", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { name: "監査ログ", exact: true })).toBeVisible();
  const table = page.getByRole("table", { name: "監査ログ一覧" });
  await expect(table.getByText("ログイン", { exact: true }).first()).toBeVisible();
  await page.getByRole("combobox", { name: "操作" }).fill("invitation.created");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(table.getByText("招待を送信").first()).toBeVisible();
  await expect(table.getByText("ログイン", { exact: true })).toHaveCount(0);
  await screenshot(page, "admin-audit");
  await expectAccessible(page);
});

test("company settings and the account page with TOTP setup", async ({ page }) => {
  await loginAs(page, "hr");
  await page.goto("/admin/settings");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/account");
  await expect(page.getByRole("heading", { name: "アカウント設定", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "二要素認証を設定する" }).click();
  await expect(page.getByRole("img", { name: "認証アプリに登録するための QR コード" })).toBeVisible();
  await screenshot(page, "account-mfa-setup");
  await expectAccessible(page);

  await loginAs(page, "admin");
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "会社の設定", exact: true })).toBeVisible();
  await expect(page.getByLabel("会社名")).toHaveValue("株式会社さくらテクノロジー");
  await expect(
    page.getByRole("switch", { name: "管理者と人事担当者に二要素認証を必須にする" }).or(page.getByLabel("管理者と人事担当者に二要素認証を必須にする")),
  ).not.toBeChecked();
  await screenshot(page, "admin-settings");
  await expectAccessible(page);
});
