import { expect, expectAccessible, screenshot, switchTo, test } from "./support/fixtures";

test("an employee refers a former colleague from a position page and sees it in 紹介の状況", async ({ page }) => {
  test.setTimeout(120_000);
  const reason = `決済基盤の設計をリードできる方です（${Date.now().toString(36)}）`;

  await switchTo(page, "employee");
  await page.goto("/me");
  await page.getByRole("link", { name: "求人・紹介" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "求人・紹介" })).toBeVisible();
  await page.getByRole("textbox", { name: "キーワードで探す" }).fill("カスタマーサクセス");
  await page.getByRole("link", { name: "カスタマーサクセスマネージャー" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "カスタマーサクセスマネージャー" })).toBeVisible();
  await page.getByRole("button", { name: "紹介リンクを共有" }).click();
  await expect(page.getByRole("textbox", { name: "紹介リンク" })).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);
  await screenshot(page, "referrals-position-share");

  await page.getByRole("link", { name: "元同僚を紹介する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "紹介する" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "求人" })).toHaveValue(/カスタマーサクセスマネージャー/);
  await page.getByPlaceholder("名前・部署・スキルで検索").fill("山本");
  await page.getByRole("option", { name: /山本 翔太/ }).click();
  await page.getByRole("textbox", { name: /^ご関係/ }).fill("エンジニアリング部で同じチームでした");
  await page.getByRole("textbox", { name: /^推薦理由/ }).fill(reason);
  await expectAccessible(page);
  await screenshot(page, "referrals-form");
  await page.getByRole("button", { name: "紹介する" }).click();
  // A person already in the pipeline (another spec may have made 山本さん a candidate) is linked, not re-created.
  await expect(page.getByRole("heading", { level: 2, name: /ご紹介ありがとうございます|この方はすでに人事とつながっています/ })).toBeVisible();

  await page.getByRole("link", { name: "紹介の状況を見る" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "紹介の状況" })).toBeVisible();
  const row = page.getByRole("row", { name: /山本 翔太.*カスタマーサクセスマネージャー/ });
  await expect(row).toBeVisible();
  await expect(row.getByText(/紹介済み|重複|選考中/)).toBeVisible();
  await expect(page.getByRole("row", { name: /佐藤 健/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /井上 直樹/ }).getByText("期限切れ")).toBeVisible();
  await expect(page.getByText(reason)).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "referrals-mine");

  // HR sees it in the console, with the second referral of 佐藤 健 marked as a duplicate.
  await switchTo(page, "hr");
  await page.goto("/admin/referrals");
  await expect(page.getByRole("heading", { level: 1, name: "リファラル" })).toBeVisible();
  await expect(page.getByRole("row", { name: /山本 翔太.*鈴木 花子/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /佐藤 健.*中村 大輔/ }).getByText("重複")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "有効期間（日）" })).toHaveValue("180");
  await expectAccessible(page);
  await screenshot(page, "referrals-admin");
});

test("an employee's referral link: an anonymous visitor opens it and applies (ja and en)", async ({ page }) => {
  test.setTimeout(120_000);
  const applicant = `小川 ${Date.now().toString(36)}`;

  await switchTo(page, "employee");
  await page.goto("/me/positions");
  await page.getByRole("link", { name: "データアナリスト" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "データアナリスト" })).toBeVisible();
  await page.getByRole("button", { name: "紹介リンクを共有" }).click();
  const linkField = page.getByRole("textbox", { name: "紹介リンク" });
  await expect(linkField).toHaveValue(/\/r\//);
  const url = await linkField.inputValue();
  await page.getByRole("button", { name: "リンクをコピー" }).click();
  await expect(page.getByRole("button", { name: "コピーしました" })).toBeVisible();
  await expect(page.getByRole("link", { name: "LINEで送る" })).toHaveAttribute(
    "href",
    `https://social-plugins.line.me/lineit/share?url=${encodeURIComponent(url)}`,
  );
  await expect(page.getByRole("link", { name: "メールで送る" })).toHaveAttribute("href", /^mailto:\?subject=/);

  // Anyone with the link, signed in or not.
  await page.context().clearCookies();
  await page.goto(new URL(url).pathname);
  await expect(page.getByRole("heading", { level: 1, name: "データアナリスト" })).toBeVisible();
  await expect(page.getByText("鈴木 花子さんからのご紹介です")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "referrals-landing-ja");

  await page.getByRole("button", { name: "応募する" }).click();
  await expect(page.getByText("個人情報の取り扱いへの同意が必要です。")).toBeVisible();
  await page.getByRole("textbox", { name: /^お名前/ }).fill(applicant);
  await page.getByRole("textbox", { name: /^メールアドレス/ }).fill(`applicant-${Date.now().toString(36)}@example.jp`);
  await page.getByRole("textbox", { name: /メッセージ/ }).fill("データ分析の経験を活かしたいと考えています。");
  await page.getByRole("checkbox", { name: "個人情報の取り扱いに同意します" }).check();
  await page.getByRole("button", { name: "応募する" }).click();
  await expect(page.getByRole("heading", { name: "ご応募を受け付けました" })).toBeVisible();
  await screenshot(page, "referrals-landing-received");

  await page.reload();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data Analyst" })).toBeVisible();
  await expect(page.getByText("Referred to you by 鈴木 花子")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "referrals-landing-en");
  await page.getByRole("button", { name: "日本語" }).click();

  // The application is attributed to the employee.
  await switchTo(page, "employee");
  await page.goto("/me/referrals");
  const row = page.getByRole("row", { name: new RegExp(applicant) });
  await expect(row.getByText("紹介リンク")).toBeVisible();
  await expect(row.getByText("選考中")).toBeVisible();

  // An unknown link is a friendly dead end.
  await page.context().clearCookies();
  await page.goto(`/r/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "このリンクは無効です" })).toBeVisible();
});
