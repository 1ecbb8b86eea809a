import { expect, expectAccessible, screenshot, switchTo, test } from "./support/fixtures";

test("HR asks a former colleague to reach out to 山本さん; the employee records the result and can refer him", async ({ page }) => {
  test.setTimeout(120_000);

  // HR opens the demo alumnus's page: his former colleagues are listed with the time they shared.
  await switchTo(page, "hr");
  await page.goto("/admin/alumni");
  await page.getByRole("searchbox", { name: "キーワード" }).fill("山本");
  await page.getByRole("table", { name: "アルムナイ一覧" }).getByRole("link", { name: "山本 翔太" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "山本 翔太" })).toBeVisible();
  const card = page.getByRole("region", { name: "一緒に働いていた社員" });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByText("紹介依頼への同意：あり")).toBeVisible();
  const people = card.getByRole("listitem");
  await expect(people.filter({ hasText: "鈴木 花子" })).toBeVisible();
  await expect(people.filter({ hasText: "中村 大輔" })).toBeVisible();
  await expect(people.filter({ hasText: "鈴木 花子" }).getByText("2017年4月1日 〜 2019年3月31日")).toBeVisible();
  await expect(people.filter({ hasText: "中村 大輔" }).getByText("エンジニアリング部")).toBeVisible();

  // HR asks 鈴木さん, with a warm message already written for her.
  await card.getByRole("button", { name: "鈴木 花子 さんに声をかけてもらう" }).click();
  const dialog = page.getByRole("dialog", { name: /鈴木 花子 さんに、山本 翔太 さんへの声かけをお願いする/ });
  const message = dialog.getByRole("textbox", { name: /メッセージの文案/ });
  await expect(message).toHaveValue(/^山本さん、ご無沙汰しています。エンジニアリング部で一緒だった鈴木です。/);
  await expectAccessible(page);
  await screenshot(page, "colleagues-ask-to-reach-out");
  await dialog.getByRole("button", { name: "お願いを送る" }).click();
  await expect(dialog).toBeHidden();
  await expect(people.filter({ hasText: "鈴木 花子" }).getByText("回答待ち")).toBeVisible();
  await expect(card.getByRole("heading", { name: "声かけの状況" })).toBeVisible();

  // 鈴木さん sees the request on her page and records that he is interested.
  await switchTo(page, "employee");
  await page.goto("/me");
  await page.getByRole("link", { name: "元同僚" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "元同僚" })).toBeVisible();
  const request = page.getByRole("article", { name: "山本 翔太 さんへの声かけ" });
  await expect(request.getByText(/山本さん、ご無沙汰しています。/)).toBeVisible();
  await expect(request.getByText("2019年4月1日", { exact: false }).first()).toBeVisible();
  await request.getByRole("radio", { name: "声をかけた" }).check();
  await request.getByText("興味あり", { exact: true }).click();
  await request.getByRole("textbox", { name: /人事へのメモ/ }).fill("LINEで連絡しました。来月ランチに行く予定です。");
  await expectAccessible(page);
  await screenshot(page, "colleagues-employee-records-outcome");
  await request.getByRole("button", { name: "結果を記録する" }).click();
  await expect(request.getByText("興味あり")).toBeVisible();
  await expect(request.getByRole("button", { name: "記録を修正する" })).toBeVisible();

  // 山本さん agreed to referral requests, so he is among her former colleagues, with a way to refer him.
  const former = page.getByRole("region", { name: "元同僚のアルムナイ" });
  const yamamoto = former.getByRole("listitem").filter({ hasText: "山本 翔太" });
  await expect(yamamoto).toBeVisible();
  const refer = yamamoto.getByRole("link", { name: "山本 翔太 さんを紹介する" });
  await expect(refer).toHaveAttribute("href", /\/me\/referrals\/new\?alumnusId=[0-9a-f-]{36}$/);
  await screenshot(page, "colleagues-employee-page");

  // HR sees the answer on the alumnus page and can add him to the pipeline.
  await switchTo(page, "hr");
  await page.goto("/admin/alumni");
  await page.getByRole("searchbox", { name: "キーワード" }).fill("山本");
  await page.getByRole("table", { name: "アルムナイ一覧" }).getByRole("link", { name: "山本 翔太" }).click();
  const answered = page.getByRole("region", { name: "一緒に働いていた社員" });
  await expect(answered.getByText("LINEで連絡しました。来月ランチに行く予定です。")).toBeVisible();
  await answered.getByRole("button", { name: "選考に追加する" }).click();
  await expect(answered.getByRole("link", { name: "選考の候補者ページを開く" })).toBeVisible();
  await screenshot(page, "colleagues-hr-sees-outcome");
});

test("HR keeps a member's department history and sees clear errors", async ({ page }) => {
  await switchTo(page, "hr");
  await page.goto("/admin/members");
  await page.getByRole("button", { name: "加藤 拓也 さんの所属履歴を編集" }).click();
  const dialog = page.getByRole("dialog", { name: "加藤 拓也 さんの所属履歴" });
  await expect(dialog.getByRole("combobox", { name: /部署/ }).first()).toHaveValue("マーケティング部");
  await dialog.getByRole("button", { name: "期間を追加" }).click();
  await dialog.getByRole("combobox", { name: /部署/ }).nth(1).fill("営業部");
  await dialog
    .getByLabel(/開始日/)
    .nth(1)
    .fill("2015-04-01");
  await dialog
    .getByLabel(/終了日/)
    .nth(1)
    .fill("2017-12-31");
  await dialog.getByRole("button", { name: "所属履歴を保存" }).click();
  // The marketing period started 2017-10-01: the two overlap, and the server says which row.
  await expect(dialog.getByText("ほかの所属期間と重なっています。期間が重ならないように入力してください。")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "colleagues-member-history-error");
  await dialog
    .getByLabel(/終了日/)
    .nth(1)
    .fill("2017-09-30");
  await dialog.getByRole("button", { name: "所属履歴を保存" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("所属履歴を保存しました")).toBeVisible();
});
