import { DEMO_EMAIL, expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

test("an employee signs in with a link sent by email", async ({ page, browser }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "メールでログインリンクを受け取る" }).click();
  await page.getByLabel("メールアドレス").fill(DEMO_EMAIL.employee);
  await page.getByRole("button", { name: "ログインリンクを送信" }).click();
  await expect(page.getByText(`${DEMO_EMAIL.employee} 宛にログインリンクを送信しました。`)).toBeVisible();
  await screenshot(page, "login-magic-link-sent");
  await expectAccessible(page);

  const admin = await browser.newContext({ locale: "ja-JP" });
  const adminPage = await admin.newPage();
  await loginAs(adminPage, "admin");
  const list = await (await adminPage.request.get("/api/v1/dev/mailbox?limit=10")).json();
  const summary = list.items.find((m: { to: string; template: string }) => m.to === DEMO_EMAIL.employee && m.template === "magic_link");
  const mail = await (await adminPage.request.get(`/api/v1/dev/mailbox/${summary.id}`)).json();
  await admin.close();
  const link = new URL(mail.text.match(/https?:\/\/\S+\/auth\/magic#token=[\w-]+/)[0]);

  await page.goto(link.pathname + link.hash);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { name: /鈴木 花子さん/ })).toBeVisible();
  await page.goto(link.pathname + link.hash);
  await expect(page.getByRole("heading", { name: "このリンクは使用できません" })).toBeVisible();
  await screenshot(page, "magic-link-used");
});
