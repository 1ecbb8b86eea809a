import { expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

/** Unique per run, so the test never depends on what an earlier run left behind. */
const WORK_EMAIL = `sayaka.ito.${Date.now().toString(36)}@sakura-tech.example.jp`;

test("HR adds a leaver, finds the case in the list and previews the graduation email", async ({ page }) => {
  await loginAs(page, "hr");
  await page.goto("/admin/offboarding");
  await expect(page.getByRole("heading", { name: "退職者フォロー", level: 1 })).toBeVisible();

  await page.getByRole("link", { name: "退職者を登録" }).first().click();
  await expect(page.getByRole("heading", { name: "退職者を登録", level: 1 })).toBeVisible();
  await page.getByRole("textbox", { name: "姓", exact: true }).fill("伊藤");
  await page.getByRole("textbox", { name: "名", exact: true }).fill("さやか");
  await page.getByRole("textbox", { name: "会社メールアドレス" }).fill(WORK_EMAIL);
  await page.getByRole("textbox", { name: "部署（任意）" }).fill("マーケティング部");
  await page.getByLabel("最終出社日", { exact: true }).fill("2031-03-31");
  await screenshot(page, "offboarding-new");
  await expectAccessible(page);
  await page.getByRole("button", { name: "登録する" }).click();

  await expect(page.getByRole("heading", { name: "伊藤 さやか", level: 1 })).toBeVisible();
  await expect(page.getByText("予定", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "経過" })).toBeVisible();
  await screenshot(page, "offboarding-case");
  await expectAccessible(page);

  await page.getByRole("link", { name: "退職者フォローに戻る" }).click();
  const table = page.getByRole("table", { name: "退職者フォローの一覧" });
  await expect(table.getByRole("link", { name: "伊藤 さやか" })).toBeVisible();
  await screenshot(page, "offboarding-list");
  await expectAccessible(page);

  await page.getByRole("link", { name: "メール文面と送信設定" }).click();
  await expect(page.getByRole("heading", { name: "メール文面と送信設定", level: 1 })).toBeVisible();
  // The preview is the email's own HTML in a sandboxed frame (no scripts), so it is read through its srcdoc.
  const preview = page.locator('iframe[title="メールのプレビュー"]');
  await expect(preview).toHaveAttribute("srcdoc", /これまでのご尽力に心より感謝申し上げます/);
  await expect(preview).toHaveAttribute("srcdoc", /卒業生ネットワークに登録する<\/a>/);
  await expect(preview).not.toHaveAttribute("srcdoc", /<script/i);
  await page.getByRole("textbox", { name: "件名" }).fill("【{{company}}】これからもよろしくお願いいたします");
  await expect(page.getByText(/件名：【株式会社さくらテクノロジー】これからもよろしくお願いいたします/)).toBeVisible();
  await screenshot(page, "offboarding-templates");
  await expectAccessible(page);
});
