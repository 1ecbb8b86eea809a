import { expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

test("an admin invites a member, who accepts from the dev mailbox and lands in their portal", async ({ page, browser }) => {
  const email = `new.hire.${Date.now()}@demo.okaeri.test`;
  await loginAs(page, "admin");
  await page.goto("/admin/members");
  await expect(page.getByRole("heading", { name: "メンバー", exact: true })).toBeVisible();
  await screenshot(page, "admin-members");
  await expectAccessible(page);

  await page.getByRole("button", { name: "メンバーを招待" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("メールアドレス").fill(email);
  await dialog.getByRole("textbox", { name: "ロール" }).or(dialog.getByLabel("ロール")).first().click();
  await page.getByRole("option", { name: "社員", exact: true }).click();
  await dialog.getByRole("button", { name: "招待を送信" }).click();
  await expect(page.getByText(`${email} 宛に招待メールを送信しました。`)).toBeVisible();
  await expect(page.getByRole("table", { name: "招待一覧" }).getByText(email)).toBeVisible();

  await page.goto("/dev/mailbox");
  await page
    .getByRole("button", { name: new RegExp(email.replace(/\./g, "\\.")) })
    .or(page.getByText(email))
    .first()
    .click();
  await expect(page.getByText("Okaeri へのご招待").first()).toBeVisible();
  await screenshot(page, "dev-mailbox");
  const link = await page
    .getByRole("link", { name: /\/invite#token=/ })
    .first()
    .getAttribute("href");
  expect(link).toMatch(/\/invite#token=[\w-]{43}$/);

  const invitee = await browser.newContext({ locale: "ja-JP" });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(new URL(link as string).pathname + new URL(link as string).hash);
  await expect(inviteePage.getByRole("heading", { name: /からの招待/ })).toBeVisible();
  await screenshot(inviteePage, "invitation-accept");
  await expectAccessible(inviteePage);
  await inviteePage.getByLabel("お名前").fill("中村 結衣");
  await inviteePage.getByLabel("パスワード", { exact: true }).fill("sakura-saku-2026");
  await inviteePage.getByLabel("パスワード（確認）").fill("sakura-saku-2026");
  await inviteePage.getByRole("button", { name: "登録して参加する" }).click();
  await expect(inviteePage).toHaveURL(/\/me$/);
  await expect(inviteePage.getByRole("heading", { name: /中村 結衣さん/ })).toBeVisible();

  await inviteePage.goto(new URL(link as string).pathname + new URL(link as string).hash);
  await expect(inviteePage.getByRole("heading", { name: "この招待は受諾済みです" })).toBeVisible();
  await invitee.close();
});

test("an invalid invitation link shows a clear page, not a crash", async ({ page }) => {
  await page.goto("/invite#token=this-token-does-not-exist-at-all-000000000");
  await expect(page.getByRole("heading", { name: "招待リンクが無効です" })).toBeVisible();
  await screenshot(page, "invitation-invalid");
  await expectAccessible(page);
});
