import { expect, expectAccessible, loginAs, sameOrigin, screenshot, test } from "./support/fixtures";

/** Cookie-authenticated writes must name our own origin (the server's CSRF check). */

test("HR publishes a new privacy notice version", async ({ page }) => {
  await loginAs(page, "hr");
  await page.goto("/admin/privacy?tab=notice");
  await expect(page.getByRole("heading", { level: 1, name: "プライバシー" })).toBeVisible();
  const versions = page.getByRole("table", { name: "プライバシーポリシーの版" });
  await expect(versions).toBeVisible();
  const before = await versions.getByRole("row").count();
  await expect(page.getByRole("button", { name: "新しい版を作成" })).toBeEnabled();
  await expectAccessible(page);
  await screenshot(page, "privacy-notice-versions");

  await page.getByRole("button", { name: "新しい版を作成" }).click();
  const ja = page.getByRole("textbox", { name: "本文（日本語）" });
  await ja.fill(`${await ja.inputValue()}\n## 10. 改定の履歴\n- 連絡先を更新しました。`);
  const en = page.getByRole("textbox", { name: "本文（英語）" });
  await en.fill(`${await en.inputValue()}\n## 10. Revisions\n- We updated the contact details.`);
  await page.getByRole("textbox", { name: "変更の概要" }).fill("お問い合わせ窓口を更新");
  await page.getByRole("button", { name: "プレビュー" }).click();
  await expect(page.getByRole("dialog").getByRole("heading", { name: "10. 改定の履歴" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "閉じる" }).click();
  await screenshot(page, "privacy-notice-editor");

  await page.getByRole("button", { name: "公開する" }).click();
  const confirm = page.getByRole("dialog");
  await expect(confirm).toContainText("公開すると変更できません");
  await confirm.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByText(/第\d+版を公開しました/)).toBeVisible();
  await expect(versions.getByRole("row")).toHaveCount(before + 1);
  await expect(versions.getByRole("row").nth(1)).toContainText("お問い合わせ窓口を更新");
  await expect(page.getByText(/現在の版:第\d+版/)).toBeVisible();
  await screenshot(page, "privacy-notice-published");
});

test("HR works an erasure request to completion", async ({ page }) => {
  await loginAs(page, "hr");
  const created = await page.request.post("/api/v1/alumni", {
    headers: sameOrigin(),
    data: { familyName: "消田", givenName: "七海", leaveDate: "2021-09-30", workEmail: `nanami.${Date.now()}@demo.okaeri.test` },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.goto("/admin/privacy");
  await expect(page.getByRole("tab", { name: "本人からの依頼", selected: true })).toBeVisible();
  await page.getByRole("button", { name: "依頼を登録" }).click();
  const dialog = page.getByRole("dialog", { name: "本人からの依頼を登録" });
  await dialog.getByLabel("ご本人", { exact: true }).fill("消田");
  await page.getByRole("option", { name: /消田 七海/ }).click();
  await dialog.getByRole("radio", { name: "削除" }).check();
  await dialog.getByRole("textbox", { name: "受付の内容（任意）" }).fill("お電話で削除のご依頼を受け付けました。");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "登録する" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "削除の依頼：消田 七海" })).toBeVisible();
  await expect(page.getByText("受付済み")).toBeVisible();
  await page.getByRole("button", { name: "対応を開始" }).click();
  await expect(page.getByText("対応中", { exact: true })).toBeVisible();
  await expect(page.getByText("削除されるもの")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "privacy-erasure-request");

  const erase = page.getByRole("button", { name: "削除を実行" });
  await expect(erase).toBeDisabled();
  await page.getByRole("textbox", { name: /確認のため、氏名「消田 七海」を入力してください/ }).fill("消田 七海");
  await erase.click();
  await expect(page.getByText("個人データを削除し、依頼を完了にしました。")).toBeVisible();
  await expect(page.getByText("完了", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("（削除済みの方）");
  await expect(page.getByText(/^erased:/)).toBeVisible();
  await screenshot(page, "privacy-erasure-completed");

  await page.getByRole("link", { name: "プライバシーに戻る" }).click();
  await page.getByRole("combobox", { name: "状態で絞り込み" }).click();
  await page.getByRole("option", { name: "完了" }).click();
  await expect(page.getByRole("table", { name: /本人からの依頼の一覧/ })).toContainText("（削除済みの方）");
  await expectAccessible(page);
  await screenshot(page, "privacy-requests-completed");
});
