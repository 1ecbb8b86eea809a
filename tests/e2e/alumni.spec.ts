import type { Page } from "@playwright/test";
import { expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

/** Unique per run, so the test never depends on what an earlier run left behind. */
const EMPLOYEE_NUMBER = `E2E-${Date.now().toString(36)}`;

async function addKobayashiRen(page: Page): Promise<string> {
  await page.goto("/admin/alumni");
  await page.getByRole("link", { name: "アルムナイを追加" }).click();
  await expect(page.getByRole("heading", { name: "アルムナイを追加", level: 1 })).toBeVisible();

  await page.getByRole("textbox", { name: "姓", exact: true }).fill("小林");
  await page.getByRole("textbox", { name: "名", exact: true }).fill("蓮");
  await page.getByRole("textbox", { name: "セイ（フリガナ）" }).fill("コバヤシ");
  await page.getByRole("textbox", { name: "メイ（フリガナ）" }).fill("レン");
  await page.getByRole("textbox", { name: "社員番号" }).fill(EMPLOYEE_NUMBER);
  await page.getByRole("textbox", { name: "個人メールアドレス" }).fill("ren.kobayashi@example.jp");
  await page.getByRole("button", { name: "リンクを追加" }).click();
  const link = page.getByRole("group", { name: "SNS・Webサイト 1件目" });
  await link.getByLabel("サービス名").fill("LinkedIn");
  await link.getByLabel("URL").fill("https://www.linkedin.com/in/ren-kobayashi-example");
  await page.getByRole("textbox", { name: "部署", exact: true }).fill("企画部");
  await page.getByRole("textbox", { name: "役職", exact: true }).fill("主任");
  await page.getByRole("textbox", { name: "雇用形態" }).fill("正社員");
  await page.getByLabel("入社日").fill("2016-04-01");
  await page.getByRole("button", { name: "部署歴を追加" }).click();
  await page.getByRole("button", { name: "部署歴を追加" }).click();
  const first = page.getByRole("group", { name: "部署歴 1件目" });
  await first.getByLabel("部署", { exact: true }).fill("営業部");
  await first.getByLabel("開始日").fill("2016-04-01");
  await first.getByLabel("終了日").fill("2019-03-31");
  const second = page.getByRole("group", { name: "部署歴 2件目" });
  await second.getByLabel("部署", { exact: true }).fill("企画部");
  await second.getByLabel("開始日").fill("2019-04-01");
  await page.getByRole("textbox", { name: "退職理由の分類" }).fill("キャリアアップ");
  await page.getByRole("textbox", { name: "退職理由の詳細" }).fill("事業会社での新規事業立ち上げに挑戦するため。");
  await page.getByRole("textbox", { name: "現在の勤務先" }).fill("株式会社ネクストステージ");
  await page.getByRole("textbox", { name: "現在の役職・職種" }).fill("事業開発マネージャー");
  const skills = page.getByRole("combobox", { name: "スキル", exact: true });
  await skills.fill("事業企画");
  await skills.press("Enter");
  await skills.fill("Excel");
  await skills.press("Enter");
  await page.getByRole("combobox", { name: "復帰意向" }).click();
  await page.getByRole("option", { name: "戻りたい" }).click();
  const tags = page.getByRole("combobox", { name: "タグ", exact: true });
  await tags.fill("イベント参加");
  await tags.press("Enter");
  await page.getByRole("textbox", { name: "人事メモ" }).fill("2025年の面談で再入社に前向きとの回答あり。");

  // Submitting without the leave date is refused on the field itself, before any request.
  await page.getByRole("button", { name: "登録する" }).click();
  await expect(page.getByLabel("退職日")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("退職日")).toBeFocused();
  await page.getByLabel("退職日").fill("2022-03-31");
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "alumni-new");
  await expectAccessible(page);
  await page.getByRole("button", { name: "登録する" }).click();

  await expect(page).toHaveURL(/\/admin\/alumni\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "小林 蓮", level: 1 })).toBeVisible();
  const id = page.url().split("/").at(-1) ?? "";
  expect(id).not.toBe("");
  return id;
}

test("admin adds an alumnus, finds them, edits them, meets a stale edit, and a manager sees the restricted view", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await loginAs(page, "admin");
  await page.goto("/admin/alumni");
  await expect(page.getByRole("heading", { name: "アルムナイ名簿", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "アルムナイ名簿" })).toBeVisible();
  const table = page.getByRole("table", { name: "アルムナイ一覧" });
  // Other specs add people, so the first page is whoever sorts first by reading.
  await expect(table.getByRole("link").first()).toBeVisible();
  await expect(page.getByText(/^全\d+名$/)).toBeVisible();
  await screenshot(page, "alumni-list");
  await expectAccessible(page);

  const id = await addKobayashiRen(page);

  // Japanese-aware search: hiragana finds the kanji name through its reading.
  await page.getByRole("link", { name: "アルムナイ名簿に戻る" }).click();
  await page.getByRole("searchbox", { name: "キーワード" }).fill("こばやし");
  await expect(page).toHaveURL(/q=/);
  await expect(table.getByRole("link", { name: "小林 蓮" })).toBeVisible();
  await expect(table.getByRole("link", { name: "田中 美咲" })).toHaveCount(0);

  // Nothing matches: the empty state says so and offers to clear the filters.
  await page.getByRole("searchbox", { name: "キーワード" }).fill("該当者なしの検索語");
  await expect(page.getByText("条件に一致するアルムナイはいません")).toBeVisible();
  await screenshot(page, "alumni-no-match");
  await page.getByRole("button", { name: "条件をクリア" }).last().click();
  await expect(page.getByRole("searchbox", { name: "キーワード" })).toHaveValue("");
  await expect(page).not.toHaveURL(/q=/);
  await expect(table.getByRole("link").first()).toBeVisible();

  // Department filter (exact department at leaving).
  await page.getByRole("combobox", { name: "退職時の部署" }).fill("企画部");
  await page.getByRole("combobox", { name: "退職時の部署" }).press("Enter");
  await expect(page.getByText("全1名", { exact: true })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2);
  await table.getByRole("link", { name: "小林 蓮" }).click();

  // The record page.
  await expect(page).toHaveURL(new RegExp(`/admin/alumni/${id}$`));
  await expect(page.getByRole("heading", { name: "小林 蓮", level: 1 })).toBeVisible();
  await expect(page.getByText("コバヤシ レン").first()).toBeVisible();
  const employment = page.getByRole("region", { name: "退職時の所属" });
  await expect(employment.getByText("2022年3月31日")).toBeVisible();
  await expect(employment.getByText("6年", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "人事メモ" })).toBeVisible();
  const sns = page.getByRole("link", { name: /LinkedIn/ });
  await expect(sns).toHaveAttribute("rel", "noopener noreferrer");
  await expect(sns).toHaveAttribute("target", "_blank");
  await expect(page.getByRole("table", { name: "部署歴" }).getByText("退職時まで")).toBeVisible();
  await screenshot(page, "alumni-detail");
  await expectAccessible(page);

  // Edit one field: only it is sent, and the version moves on.
  await page.getByRole("button", { name: "編集する" }).click();
  const employer = page.getByRole("textbox", { name: "現在の勤務先" });
  await employer.fill("株式会社みらい商事");
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "alumni-edit");
  await expectAccessible(page);
  const patch = page.waitForRequest((req) => req.method() === "PATCH" && req.url().endsWith(`/api/v1/alumni/${id}`));
  await page.getByRole("button", { name: "保存する" }).click();
  expect((await patch).postDataJSON()).toEqual({ currentEmployer: "株式会社みらい商事", version: 1 });
  await expect(page.getByText("保存しました。")).toBeVisible();
  await expect(page.getByRole("button", { name: "編集する" })).toBeVisible();
  await expect(page.getByRole("region", { name: "現在の状況" }).getByText("株式会社みらい商事")).toBeVisible();
  const saved = await (await page.request.get(`/api/v1/alumni/${id}`)).json();
  expect(saved.version).toBe(2);

  // Someone else saves while this form is open: the 409 is explained and the typed value is kept.
  await page.getByRole("button", { name: "編集する" }).click();
  const other = await page.request.patch(`/api/v1/alumni/${id}`, {
    data: { currentRole: "営業企画部長", version: 2 },
    headers: { origin: baseURL ?? "" },
  });
  expect(other.status()).toBe(200);
  await employer.fill("株式会社さくら商事");
  await page.getByRole("button", { name: "保存する" }).click();
  const stale = page.getByRole("alert").filter({ hasText: "ほかの方がこの情報を更新しました" });
  await expect(stale).toBeVisible();
  await expect(employer).toHaveValue("株式会社さくら商事");
  await screenshot(page, "alumni-edit-stale");
  await stale.getByRole("button", { name: "最新の内容を読み込む" }).click();
  await expect(stale).toHaveCount(0);
  await expect(employer).toHaveValue("株式会社みらい商事");
  await expect(page.getByRole("textbox", { name: "現在の役職・職種" })).toHaveValue("営業企画部長");
  await page.getByRole("button", { name: "編集をやめる" }).click();

  // The change history names the changed fields (never their values).
  const history = page.getByRole("region", { name: "変更履歴" });
  await expect(history.getByText("変更した項目: 現在の勤務先")).toBeVisible();
  await expect(history.getByText("変更した項目: 現在の役職・職種")).toBeVisible();

  // A hiring manager reads the directory and the record, without the HR-only parts.
  await loginAs(page, "manager");
  await page.goto(`/admin/alumni/${id}`);
  await expect(page.getByRole("heading", { name: "小林 蓮", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "現在の状況" }).getByText("株式会社みらい商事")).toBeVisible();
  await expect(page.getByRole("heading", { name: "人事メモ" })).toHaveCount(0);
  await expect(page.getByText("再入社に前向きとの回答あり")).toHaveCount(0);
  await expect(page.getByText("事業会社での新規事業立ち上げ")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "編集する" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "変更履歴" })).toHaveCount(0);
  await screenshot(page, "alumni-detail-manager");
  await expectAccessible(page);
  await page.goto("/admin/alumni/new");
  await expect(page).toHaveURL(/\/admin\/alumni$/);
  await expect(page.getByRole("link", { name: "アルムナイを追加" })).toHaveCount(0);
});

test("HR deletes an alumnus after confirming", async ({ page, baseURL }) => {
  await loginAs(page, "hr");
  const res = await page.request.post("/api/v1/alumni", {
    data: { familyName: "削除", givenName: "テスト", familyNameKana: "サクジョ", givenNameKana: "テスト", leaveDate: "2020-09-30" },
    headers: { origin: baseURL ?? "" },
  });
  expect(res.status()).toBe(201);
  const { id } = await res.json();
  await page.goto(`/admin/alumni/${id}`);
  await page.getByRole("button", { name: "削除 テストさんを名簿から削除" }).click();
  const dialog = page.getByRole("dialog", { name: "アルムナイを削除しますか？" });
  await dialog.getByRole("button", { name: "削除する" }).click();
  await expect(page).toHaveURL(/\/admin\/alumni$/);
  await expect(page.getByText("削除 テストさんを名簿から削除しました。")).toBeVisible();
  expect((await page.request.get(`/api/v1/alumni/${id}`)).status()).toBe(404);
});
