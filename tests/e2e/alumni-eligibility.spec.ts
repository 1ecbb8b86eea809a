import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import iconv from "iconv-lite";
import { expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

/** Unique per run, so searches find only the people this run added. */
const RUN = `EL-${Date.now().toString(36)}`;
const TAG = `候補-${RUN.slice(-4)}`;
const DEFAULT_RULES = {
  minTenureMonths: 12,
  allowedExitTypes: ["voluntary", "contract_end", "retirement", "other"],
  maxYearsSinceLeaving: 10,
  excludeDoNotRehire: true,
};

async function addAlumnus(page: Page, baseURL: string, data: Record<string, string>): Promise<string> {
  const res = await page.request.post("/api/v1/alumni", { data: { exitType: "voluntary", ...data }, headers: { origin: baseURL } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id;
}

async function putRules(page: Page, baseURL: string, rules: typeof DEFAULT_RULES): Promise<void> {
  const res = await page.request.put("/api/v1/eligibility-rules", { data: rules, headers: { origin: baseURL } });
  expect(res.status(), await res.text()).toBe(200);
}

test("HR sets the rehire criteria, overrides one verdict, tags two people and exports them as Shift_JIS", async ({ page, baseURL }) => {
  test.setTimeout(150_000);
  const origin = baseURL ?? "";
  await loginAs(page, "hr");
  await putRules(page, origin, DEFAULT_RULES);
  // 18 months each: eligible under the default 12-month minimum, not under 24.
  const aoiId = await addAlumnus(page, origin, {
    familyName: "石川",
    givenName: "葵",
    familyNameKana: "イシカワ",
    givenNameKana: "アオイ",
    employeeNumber: `${RUN}-1`,
    hireDate: "2023-04-01",
    leaveDate: "2024-09-30",
  });
  await addAlumnus(page, origin, {
    familyName: "長谷川",
    givenName: "颯",
    familyNameKana: "ハセガワ",
    givenNameKana: "ハヤテ",
    employeeNumber: `${RUN}-2`,
    hireDate: "2022-10-01",
    leaveDate: "2024-03-31",
  });

  // The criteria screen, from the directory's header.
  await page.goto("/admin/alumni");
  await page.getByRole("link", { name: "再雇用の基準" }).click();
  await expect(page).toHaveURL(/\/admin\/alumni\/eligibility-rules$/);
  await expect(page.getByRole("heading", { name: "再雇用の基準", level: 1 })).toBeVisible();
  await expect(page.getByText("再雇用の対象は、会社が決めます")).toBeVisible();
  const tenure = page.getByRole("textbox", { name: "必要な在籍期間（か月以上）" });
  await expect(tenure).toHaveValue("12");
  await expect(page.getByText("1年以上在籍した方が対象です。")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "会社都合" })).not.toBeChecked();
  await expect(
    page
      .getByRole("region", { name: "現在の判定の内訳" })
      .getByText(/^\d+名$/)
      .first(),
  ).toBeVisible();
  await screenshot(page, "eligibility-rules");
  await expectAccessible(page);

  // Checked in the browser first: a missing number of years and no exit type at all.
  await page.getByRole("textbox", { name: "退職からの年数（年以内）" }).fill("");
  for (const type of ["自己都合", "契約期間満了", "定年", "その他"]) await page.getByRole("checkbox", { name: type }).uncheck();
  await page.getByRole("button", { name: "基準を保存する" }).click();
  await expect(page.getByText("0〜60の整数で入力してください。")).toBeVisible();
  await expect(page.getByText("少なくとも1つ選んでください。")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("textbox", { name: "退職からの年数（年以内）" }).fill("10");
  for (const type of ["自己都合", "契約期間満了", "定年", "その他"]) await page.getByRole("checkbox", { name: type }).check();

  // The server's 422 field errors land beside their fields, not in a banner.
  await page.route("**/api/v1/eligibility-rules", async (route) => {
    if (route.request().method() !== "PUT") return route.fallback();
    await route.fulfill({
      status: 422,
      contentType: "application/problem+json",
      json: {
        type: "about:blank",
        title: "入力内容を確認してください",
        status: 422,
        code: "validation_failed",
        requestId: "e2e",
        errors: [{ path: "minTenureMonths", code: "too_big", message: "600以下で入力してください。" }],
      },
    });
  });
  await tenure.fill("24");
  await page.getByRole("button", { name: "基準を保存する" }).click();
  await page.getByRole("dialog", { name: "基準を保存して、全員を判定し直しますか？" }).getByRole("button", { name: "保存して判定し直す" }).click();
  await expect(page.getByText("600以下で入力してください。")).toBeVisible();
  await expect(tenure).toHaveAttribute("aria-invalid", "true");
  await page.unroute("**/api/v1/eligibility-rules");

  // Saving asks first, because everyone is re-evaluated.
  await tenure.fill("24");
  await expect(page.getByText("2年以上在籍した方が対象です。")).toBeVisible();
  await page.getByRole("button", { name: "基準を保存する" }).click();
  const confirm = page.getByRole("dialog", { name: "基準を保存して、全員を判定し直しますか？" });
  await expect(confirm.getByText("人事担当者が個別に変更した判定はそのまま残ります。")).toBeVisible();
  await screenshot(page, "eligibility-rules-confirm");
  await confirm.getByRole("button", { name: "保存して判定し直す" }).click();
  await expect(page.getByText("再雇用の基準を保存しました")).toBeVisible();
  await expect(page.getByText(/全員を新しい基準で判定し直し、\d+名の判定が変わりました。/)).toBeVisible();
  await expect(confirm).toHaveCount(0);
  const saved = await (await page.request.get("/api/v1/eligibility-rules")).json();
  expect(saved.minTenureMonths).toBe(24);

  // The record says why, in plain words, and HR can decide otherwise with a reason.
  await page.goto(`/admin/alumni/${aoiId}`);
  await expect(page.getByRole("heading", { name: "石川 葵", level: 1 })).toBeVisible();
  const verdict = page.getByRole("region", { name: "再雇用の判定" });
  await expect(verdict.getByText("対象外", { exact: true })).toBeVisible();
  await expect(verdict.getByRole("listitem").filter({ hasText: "在籍期間が2年未満（1年6か月）" })).toBeVisible();
  await screenshot(page, "alumni-eligibility-detail");
  await expectAccessible(page);

  await verdict.getByRole("button", { name: "判定を変更" }).click();
  const overrideDialog = page.getByRole("dialog", { name: "再雇用の判定を変更" });
  await expect(overrideDialog.getByRole("radio", { name: "再雇用可" })).toBeChecked();
  await overrideDialog.getByRole("button", { name: "判定を変更する" }).click();
  await expect(overrideDialog.getByText("入力してください。")).toBeVisible();
  await overrideDialog.getByRole("textbox", { name: "変更の理由" }).fill("前職での実績と復帰の意向を面談で確認し、開発部長の了承を得たため。");
  await screenshot(page, "alumni-eligibility-override");
  await expectAccessible(page);
  await overrideDialog.getByRole("button", { name: "判定を変更する" }).click();
  await expect(page.getByText("判定を「再雇用可」に変更しました。")).toBeVisible();
  await expect(overrideDialog).toHaveCount(0);
  await expect(verdict.getByText("人事担当者が判定を変更しています")).toBeVisible();
  await expect(verdict.getByText("基準による判定は「対象外」ですが、人事担当者の判断で「再雇用可」としています。")).toBeVisible();
  await expect(verdict.getByText("開発部長の了承を得たため")).toBeVisible();
  await expect(verdict.getByText("再雇用可", { exact: true })).toBeVisible();
  await screenshot(page, "alumni-eligibility-overridden");

  await verdict.getByRole("button", { name: "変更を取り消す" }).click();
  const clearDialog = page.getByRole("dialog", { name: "判定の変更を取り消しますか？" });
  await expect(clearDialog.getByText("再雇用の基準による判定（対象外）に戻します。")).toBeVisible();
  await clearDialog.getByRole("button", { name: "取り消す" }).click();
  await expect(page.getByText("判定の変更を取り消しました。")).toBeVisible();
  await expect(verdict.getByText("人事担当者が判定を変更しています")).toHaveCount(0);
  await expect(verdict.getByText("対象外", { exact: true })).toBeVisible();

  // The directory: by verdict, then two people tagged at once.
  await page.getByRole("link", { name: "アルムナイ名簿に戻る" }).click();
  const table = page.getByRole("table", { name: "アルムナイ一覧" });
  await page.getByRole("combobox", { name: "再雇用の判定" }).click();
  await page.getByRole("option", { name: "対象外" }).click();
  await expect(page).toHaveURL(/eligibility=ineligible/);
  await page.getByRole("searchbox", { name: "キーワード" }).fill(RUN);
  await expect(page.getByText("全2名", { exact: true })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "石川 葵" }).getByText("対象外")).toBeVisible();

  await page.getByRole("checkbox", { name: "石川 葵さんを選択" }).check();
  await page.getByRole("checkbox", { name: "長谷川 颯さんを選択" }).check();
  await expect(page.getByRole("checkbox", { name: "表示中のアルムナイをすべて選択" })).toBeChecked();
  const bar = page.getByRole("region", { name: "選択したアルムナイの一括操作" });
  await expect(bar.getByText("2件選択中")).toBeVisible();
  await screenshot(page, "alumni-list-selection");
  await expectAccessible(page);
  await bar.getByRole("button", { name: "タグを追加" }).click();
  const tagDialog = page.getByRole("dialog", { name: "選択した2名にタグを追加" });
  const tagInput = tagDialog.getByRole("combobox", { name: "追加するタグ" });
  await tagInput.fill(TAG);
  await tagInput.press("Enter");
  await tagInput.press("Tab"); // closes the suggestions, which otherwise cover the buttons
  await screenshot(page, "alumni-bulk-tag");
  await tagDialog.getByRole("button", { name: "タグを追加する" }).click();
  await expect(page.getByText("2名のタグを更新しました。")).toBeVisible();
  await expect(bar).toHaveCount(0);

  await page.getByRole("button", { name: "条件をクリア" }).first().click();
  await expect(page.getByRole("searchbox", { name: "キーワード" })).toHaveValue("");
  const tagFilter = page.getByRole("combobox", { name: "タグ（すべて含む）" });
  await tagFilter.fill(TAG);
  await tagFilter.press("Enter");
  await expect(page).toHaveURL(/tags=/);
  await expect(page.getByText("全2名", { exact: true })).toBeVisible();
  await expect(table.getByRole("link", { name: "長谷川 颯" })).toBeVisible();

  // Export what is on screen, for an Excel that reads Shift_JIS.
  await page.getByRole("button", { name: "CSVエクスポート" }).click();
  await expect(page.getByText("現在の絞り込み結果（2名）を書き出します")).toBeVisible();
  await screenshot(page, "alumni-export-menu");
  const downloading = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: /Shift_JIS（Excel）/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^alumni-\d{8}\.csv$/);
  const csv = iconv.decode(await readFile((await download.path()) ?? ""), "cp932");
  expect(csv.split("\r\n")[0]).toContain("社員番号,姓,名");
  expect(csv).toContain("長谷川,颯");
  expect(csv).toContain("石川,葵");
  expect(csv).toContain(TAG);
  expect(csv.trim().split("\r\n")).toHaveLength(3);
  await expect(page.getByText("2名分のCSVファイルをダウンロードしています。")).toBeVisible();

  await putRules(page, origin, DEFAULT_RULES);
});

test("the criteria screen in English", async ({ page, baseURL }) => {
  await loginAs(page, "hr");
  await page.goto("/admin/alumni/eligibility-rules");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Rehire criteria", level: 1 })).toBeVisible();
  await expect(page.getByText("Your company decides who can be rehired")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Require a minimum length of service" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Voluntary" })).toBeVisible();
  await screenshot(page, "eligibility-rules-en");
  await expectAccessible(page);
  await page.request.patch("/api/v1/me", { data: { locale: "ja" }, headers: { origin: baseURL ?? "" } });
});

test("a hiring manager reads verdicts and reasons but cannot override, export or tag", async ({ page }) => {
  await loginAs(page, "manager");
  await page.goto("/admin/alumni?q=%E7%94%B0%E4%B8%AD");
  const table = page.getByRole("table", { name: "アルムナイ一覧" });
  await expect(table.getByRole("link", { name: "田中 美咲" })).toBeVisible();
  await expect(page.getByRole("button", { name: "CSVエクスポート" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "再雇用の基準" })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "再雇用の判定" })).toBeVisible();

  await table.getByRole("link", { name: "田中 美咲" }).click();
  await expect(page.getByRole("heading", { name: "田中 美咲", level: 1 })).toBeVisible();
  const verdict = page.getByRole("region", { name: "再雇用の判定" });
  await expect(verdict.getByRole("listitem").first()).toBeVisible();
  await expect(verdict.getByRole("button")).toHaveCount(0);
  await expect(verdict.getByRole("link", { name: "再雇用の基準を確認する" })).toHaveCount(0);
  await screenshot(page, "alumni-eligibility-manager");
  await expectAccessible(page);

  await page.goto("/admin/alumni/eligibility-rules");
  await expect(page).toHaveURL(/\/admin\/alumni$/);
});
