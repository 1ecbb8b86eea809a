import { expect, expectAccessible, screenshot, switchTo, test } from "./support/fixtures";

test("an alumnus joins, posts safely, gets a comment notice; HR hides a reported post", async ({ page }) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);

  // The demo alumnus sees his groups and joins another one.
  await switchTo(page, "alumnus");
  await page.goto("/alumni/community");
  await expect(page.getByRole("heading", { level: 1, name: "コミュニティ" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "参加中のグループ" })).toBeVisible();
  await expect(page.getByRole("link", { name: "エンジニア OB・OG 会" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "community-groups");
  await page.getByRole("button", { name: "参加する: 2019〜2021年卒業の会" }).click();
  await expect(page.getByText("グループに参加しました。")).toBeVisible();
  await page.getByRole("link", { name: "2019〜2021年卒業の会" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "2019〜2021年卒業の会" })).toBeVisible();

  // A post with a script and a javascript: link stays inert.
  const hostile = `こんにちは ${stamp} <script>window.__xss = 1</script> <img src=x onerror="window.__xss=2"> [ここを押して](javascript:window.__xss=3) [会社のサイト](https://sakura-tech.example/)`;
  await page.getByRole("textbox", { name: /^投稿する/ }).fill(hostile);
  await page.getByRole("button", { name: "投稿する", exact: true }).click();
  await expect(page.getByText("投稿しました。")).toBeVisible();
  const article = page.getByRole("article").filter({ hasText: stamp });
  await expect(article).toBeVisible();
  await expect(article.getByText("<script>window.__xss = 1</script>", { exact: false })).toBeVisible();
  await expect(article.getByText("[ここを押して](javascript:window.__xss=3)", { exact: false })).toBeVisible();
  await expect(article.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(article.locator("script, img")).toHaveCount(0);
  const safeLink = article.getByRole("link", { name: "会社のサイト" });
  await expect(safeLink).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(safeLink).toHaveAttribute("target", "_blank");
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

  // He reports the seeded advertisement in this group.
  const ad = page.getByRole("article").filter({ hasText: "副業で月30万円" });
  await ad.getByRole("button", { name: "投稿の操作" }).click();
  await page.getByRole("menuitem", { name: "通報" }).click();
  const dialog = page.getByRole("dialog", { name: "通報する" });
  await dialog.getByRole("radio", { name: "宣伝・スパム" }).check();
  await dialog.getByRole("button", { name: "通報する" }).click();
  await expect(page.getByText("通報を受け付けました。担当者が確認します。")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "community-group");

  // He asks a question in the study group, which employees take part in.
  await page.goto("/alumni/community");
  await page.getByRole("link", { name: "社内勉強会（社員も参加）" }).click();
  const question = `次回の勉強会で Kubernetes の話も聞けますか？ (${stamp})`;
  await page.getByRole("textbox", { name: /^投稿する/ }).fill(question);
  await page.getByRole("button", { name: "投稿する", exact: true }).click();
  await expect(page.getByRole("article").filter({ hasText: stamp })).toBeVisible();

  // The employee host answers with a comment.
  await switchTo(page, "employee");
  await page.goto("/me/community");
  await page.getByRole("link", { name: "社内勉強会（社員も参加）" }).click();
  await page
    .getByRole("article")
    .filter({ hasText: stamp })
    .getByRole("link", { name: /コメントを見る/ })
    .click();
  await page.getByRole("textbox", { name: /^コメントする/ }).fill("はい、15分ほど時間を取りますね。");
  await page.getByRole("button", { name: "コメントする", exact: true }).click();
  await expect(page.getByText("はい、15分ほど時間を取りますね。")).toBeVisible();

  // The alumnus sees the notice in the bell and follows it to the post.
  await switchTo(page, "alumnus");
  await page.goto("/alumni");
  const bell = page.getByRole("button", { name: /通知（未読 \d+ 件）/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const notices = page.getByRole("dialog", { name: "通知" });
  await expect(notices.getByText("鈴木 花子 さんが「社内勉強会（社員も参加）」のあなたの投稿にコメントしました").first()).toBeVisible();
  await expect(notices.getByText(/さんが「エンジニア OB・OG 会」の投稿であなたをメンションしました/)).toBeVisible();
  await screenshot(page, "community-notifications");
  await notices.getByText("鈴木 花子 さんが「社内勉強会（社員も参加）」のあなたの投稿にコメントしました").first().click();
  await expect(page.getByText(question)).toBeVisible();
  await expect(page.getByText("はい、15分ほど時間を取りますね。")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "community-post");
  await page.goto("/alumni/community");
  await page.getByRole("link", { name: "エンジニア OB・OG 会" }).click();
  await expect(page.getByRole("article").first()).toContainText("おかえりなさい！コミュニティのご案内");
  await expect(page.getByRole("article").first()).toContainText("固定");
  await screenshot(page, "community-group-pinned");

  // The directory shows only the alumni who chose to be visible.
  await page.goto("/alumni/community/directory");
  await expect(page.getByRole("heading", { level: 1, name: "アルムナイ名簿" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "西村 千尋" })).toBeVisible();
  await expect(page.getByText("chihiro.n@example.jp")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "community-directory");

  // HR hides the reported advertisement from the moderation queue.
  await switchTo(page, "hr");
  await page.goto("/admin/community/moderation");
  await expect(page.getByRole("heading", { level: 1, name: "通報・モデレーション" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "副業で月30万円" }).first();
  await expect(row).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "community-moderation");
  await row.getByRole("button", { name: "非表示" }).click();
  const hide = page.getByRole("dialog", { name: "非表示にする" });
  await hide.getByRole("textbox", { name: /理由/ }).fill("勧誘目的の投稿のため");
  await hide.getByRole("button", { name: "実行する" }).click();
  await expect(page.getByText("対応を記録しました。")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "副業で月30万円" })).toHaveCount(0);
  await page.getByRole("tab", { name: "対応済み" }).click();
  await expect(page.getByRole("row").filter({ hasText: "副業で月30万円" }).first()).toBeVisible();

  // HR's group list, also in English.
  await page.goto("/admin/community");
  await expect(page.getByRole("heading", { level: 1, name: "コミュニティのグループ" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "community-admin-groups");
  await page.getByRole("link", { name: "子育てと仕事" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "メンバー管理" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^承認: / })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "community-admin-group");
  await page.goto("/admin/community");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Community groups" })).toBeVisible();
  await screenshot(page, "community-admin-groups-en");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "コミュニティのグループ" })).toBeVisible();

  // The alumnus no longer sees the hidden post.
  await switchTo(page, "alumnus");
  await page.goto("/alumni/community");
  await page.getByRole("link", { name: "2019〜2021年卒業の会" }).click();
  await expect(page.getByRole("article").filter({ hasText: stamp })).toBeVisible();
  await expect(page.getByText("副業で月30万円")).toHaveCount(0);
});
