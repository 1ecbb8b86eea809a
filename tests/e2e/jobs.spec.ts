import { expect, expectAccessible, sameOrigin, screenshot, switchTo, test } from "./support/fixtures";

test("HR opens a position; the demo alumnus finds it first on his job board, saves it, says he is open to returning and applies", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36);
  const title = `SRE（クラウド基盤） ${suffix}`;
  const titleEn = `Site Reliability Engineer ${suffix}`;

  // HR writes the posting as a draft, then publishes it.
  await switchTo(page, "hr");
  await page.goto("/admin/positions");
  await expect(page.getByRole("heading", { level: 1, name: "求人" })).toBeVisible();
  await expect(page.getByRole("link", { name: "バックエンドエンジニア（決済基盤）" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "jobs-admin-positions");

  await page.getByRole("link", { name: "求人を作成" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "求人を作成" })).toBeVisible();
  await page.getByRole("textbox", { name: "求人名（日本語）" }).fill(title);
  await page.getByRole("textbox", { name: "求人名（英語）" }).fill(titleEn);
  await page.getByRole("textbox", { name: "部署" }).fill("エンジニアリング部");
  await page.getByRole("textbox", { name: "勤務地" }).fill("東京本社（渋谷）・リモート可");
  const skills = page.getByRole("combobox", { name: "求めるスキル" });
  for (const skill of ["Go", "Kubernetes", "Terraform"]) {
    await skills.fill(skill);
    await skills.press("Enter");
  }
  await page.getByRole("textbox", { name: "仕事内容（日本語）" }).fill("## 仕事内容\nクラウド基盤の**設計・運用**をお任せします。");
  await page.getByRole("textbox", { name: "仕事内容（英語）" }).fill("## The role\nDesign and run our **cloud platform**.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "下書きとして保存" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const positionId = new URL(page.url()).pathname.split("/").at(-1) as string;
  await expect(page.getByText("下書き", { exact: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByRole("dialog", { name: "この求人を公開しますか？" })).toBeVisible();
  await page.getByRole("dialog").getByRole("button", { name: "公開する" }).click();
  await expect(page.getByText("募集中", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "募集を終了する" })).toBeVisible();
  await expect(page.getByText("設計・運用")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "jobs-admin-position");

  // The demo alumnus (Go, Kubernetes, AWS; formerly エンジニアリング部) sees it with the reasons it fits him.
  await switchTo(page, "alumnus");
  await page.goto("/alumni/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "求人" })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
  await expect(card.getByText("あなたのスキル: Go, Kubernetes が一致")).toBeVisible();
  await expect(card.getByText("以前の所属（エンジニアリング部）と同じ部署です")).toBeVisible();
  await card.getByRole("button", { name: `「${title}」を保存する` }).click();
  await expect(card.getByRole("button", { name: `「${title}」の保存を解除する` })).toHaveAttribute("aria-pressed", "true");

  const openCard = page.getByRole("region", { name: "復帰に前向きです" });
  const toggle = openCard.getByRole("switch", { name: "復帰に前向き" });
  if (!(await toggle.isChecked())) await toggle.click({ force: true });
  await expect(toggle).toBeChecked();
  await openCard
    .getByRole("textbox", { name: "どんな仕事・働き方を希望していますか？（任意）" })
    .fill("リモート中心で、クラウド基盤の開発に関われるポジション");
  await openCard.getByRole("button", { name: "保存する", exact: true }).click();
  await expect(page.getByText("保存しました。ありがとうございます。")).toBeVisible();

  await page.locator("label", { hasText: "保存した求人" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "バックエンドエンジニア（決済基盤）" })).toBeVisible();
  await page.locator("label", { hasText: "すべての求人" }).click();
  await expect(card.getByText("あなたのスキル: Go, Kubernetes が一致")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "jobs-alumni-board");

  // He reads it and applies with his current profile and a short note.
  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "あなたにおすすめの理由" }).getByText("あなたのスキル: Go, Kubernetes が一致")).toBeVisible();
  await expect(page.getByRole("link", { name: "カジュアル面談を予約する" })).toBeVisible();
  await page.getByRole("button", { name: "この求人に応募する" }).click();
  const dialog = page.getByRole("dialog", { name: `「${title}」に応募する` });
  await expect(dialog.getByText("株式会社ミライクラウド")).toBeVisible();
  await expect(dialog.getByRole("link", { name: "プロフィールを更新する" })).toBeVisible();
  await dialog.getByRole("textbox", { name: "担当者へのメッセージ（任意）" }).fill("以前の経験を活かして、またクラウド基盤に携わりたいです。");
  await dialog.getByRole("button", { name: "応募する", exact: true }).click();
  await expect(dialog.getByText("プロフィールを確認してからチェックを入れてください。")).toBeVisible();
  await dialog.getByRole("checkbox", { name: "プロフィールの内容を確認しました" }).check();
  await expectAccessible(page);
  await screenshot(page, "jobs-alumni-apply");
  await dialog.getByRole("button", { name: "応募する", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("応募済みです")).toBeVisible();
  await expect(page.getByRole("button", { name: "この求人に応募する" })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "jobs-alumni-job");

  const again = await page.request.post(`/api/v1/me/alumni/jobs/${positionId}/apply`, { headers: sameOrigin(), data: { profileConfirmed: true } });
  expect(again.status()).toBe(409);
  expect((await again.json()).detail).toContain("すでに応募済みです");

  await page.goto("/alumni/jobs");
  const applications = page.getByRole("region", { name: "応募状況" });
  await expect(applications.getByRole("listitem").filter({ hasText: title }).getByText("選考中")).toBeVisible();

  // The same page in English.
  await page.request.patch("/api/v1/me", { headers: sameOrigin(), data: { locale: "en" } });
  await page.goto(`/alumni/jobs/${positionId}`);
  await expect(page.getByRole("heading", { level: 1, name: titleEn })).toBeVisible();
  await expect(page.getByText("Your skills Go, Kubernetes match")).toBeVisible();
  await expect(page.getByText("Same department you worked in (エンジニアリング部)")).toBeVisible();
  await expect(page.getByText("You have applied")).toBeVisible();
  await screenshot(page, "jobs-alumni-job-en");
  await page.request.patch("/api/v1/me", { headers: sameOrigin(), data: { locale: "ja" } });

  // HR sees the candidate on the posting and announces the job board to alumni.
  await switchTo(page, "hr");
  await page.goto(`/admin/positions/${positionId}`);
  await expect(page.getByRole("row", { name: /選考中の候補者/ })).toContainText("1 名");
  await page.goto("/admin/positions");
  await page.getByRole("button", { name: "アルムナイに求人を案内する" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "下書きを作成する" }).click();
  await expect(page).toHaveURL(/\/admin\/announcements\/new$/);
  await expect(page.getByRole("textbox", { name: "件名（日本語）" })).toHaveValue(/いつでもおかえりなさい/);
  await screenshot(page, "jobs-admin-campaign-draft");
});
