import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";
import { type ExportedPerson, garbledCsv, leavers, runPrefix, smarthrShiftJisCsv, unknownColumnsCsv } from "./support/import-files";

const IMPORT_PAGE = /\/admin\/alumni\/imports\/[0-9a-f-]{36}$/;
const isImportRead = (url: URL) => /^\/api\/v1\/alumni\/imports\/[0-9a-f-]{36}$/.test(url.pathname);

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .getByLabel("取り込むファイル（CSV または Excel）")
    .setInputFiles({ name, mimeType: name.endsWith(".csv") ? "text/csv" : "application/octet-stream", buffer });
}

async function startDryRun(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.goto("/admin/alumni/imports");
  await chooseFile(page, name, buffer);
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page).toHaveURL(IMPORT_PAGE);
}

async function confirmImport(page: Page, counts: string): Promise<void> {
  const dryRunUrl = page.url();
  await page.getByRole("button", { name: "この内容でインポート" }).click();
  const dialog = page.getByRole("dialog", { name: "名簿にインポートしますか？" });
  await expect(dialog.getByText(counts)).toBeVisible();
  await dialog.getByRole("button", { name: "インポートする" }).click();
  await expect(page).not.toHaveURL(dryRunUrl);
  await expect(page).toHaveURL(IMPORT_PAGE);
  await expect(page.getByText("インポートが完了しました")).toBeVisible({ timeout: 30_000 });
}

test("HR imports a Shift_JIS SmartHR export through a dry run, then finds, edits and exports an imported person", async ({ page }) => {
  test.setTimeout(180_000);
  const prefix = runPrefix("SH");
  const tanaka: ExportedPerson = {
    number: `${prefix}-900`,
    family: "田中",
    given: "陽翔",
    familyKana: "タナカ",
    givenKana: "ハルト",
    email: `haruto.tanaka.${prefix.toLowerCase()}@sakura-tech.example`,
    department: "データ戦略室",
    title: "シニアアナリスト",
    hired: "平成28年4月1日",
    left: "令和5年3月31日",
    exit: "自己都合退職",
  };
  const broken: ExportedPerson = {
    ...tanaka,
    number: `${prefix}-901`,
    family: "原",
    given: "和也",
    familyKana: "ハラ",
    givenKana: "カズヤ",
    email: "",
    left: "2023/13/45",
  };
  // Both within the first twenty rows, which the dry run previews.
  const people = leavers(prefix);
  people.splice(2, 0, tanaka);
  people.splice(7, 0, broken);
  expect(people).toHaveLength(30);

  await loginAs(page, "hr");
  await page.goto("/admin/alumni");
  await page.getByRole("link", { name: "インポート", exact: true }).click();
  await expect(page.getByRole("heading", { name: "アルムナイのインポート", level: 1 })).toBeVisible();
  await expect(page.getByText("SmartHR・freee人事労務・ジョブカン労務HR・カオナビ・jinjer")).toBeVisible();
  await screenshot(page, "import-upload");
  await expectAccessible(page);

  // Over 50 MB is refused in the browser before anything is uploaded.
  const big = join(mkdtempSync(join(tmpdir(), "okaeri-import-")), "too-large.csv");
  writeFileSync(big, "");
  truncateSync(big, 51 * 1024 * 1024);
  await page.getByLabel("取り込むファイル（CSV または Excel）").setInputFiles(big);
  await expect(page.getByRole("alert").filter({ hasText: "ファイルが大きすぎます" })).toContainText("50 MB");
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page).toHaveURL(/\/admin\/alumni\/imports$/);

  // The first answers are held at "running", so the progress bar can be seen and checked.
  let holdProgress = true;
  await page.route(isImportRead, async (route) => {
    const response = await route.fetch();
    if (!holdProgress) return route.fulfill({ response });
    const real = await response.json();
    await route.fulfill({
      response,
      json: { ...real, status: "running", totalRows: 30, processedRows: 12, created: 0, updated: 0, unchanged: 0, rejected: 0 },
    });
  });
  const fileName = `smarthr_退職者一覧_${prefix}.csv`;
  await chooseFile(page, fileName, smarthrShiftJisCsv(people));
  await page.getByRole("button", { name: "内容を確認する" }).click();
  await expect(page).toHaveURL(IMPORT_PAGE);
  const progress = page.getByRole("progressbar", { name: "処理の進み具合" });
  await expect(progress).toHaveAttribute("aria-valuetext", "12 / 30 行");
  await expect(progress).toHaveAttribute("aria-valuenow", "12");
  await expect(page.getByText("ファイルの内容を確認しています…")).toBeVisible();
  await screenshot(page, "import-progress");
  await expectAccessible(page);
  holdProgress = false;
  await page.unrouteAll({ behavior: "wait" });

  // The dry run: SmartHR recognised in Shift_JIS, the preview, the counts, the refused row.
  await expect(page.getByRole("heading", { name: "取り込み内容の確認", level: 1 })).toBeVisible();
  await expect(page.getByText("ファイルを読み込みました")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("SmartHR", { exact: true })).toBeVisible();
  await expect(page.getByText("Shift_JIS", { exact: true })).toBeVisible();
  await expect(page.getByText("カンマ（,）")).toBeVisible();
  const preview = page.getByRole("table", { name: "取り込み内容のプレビュー" });
  await expect(preview.getByRole("row").filter({ hasText: "佐藤 健太" }).getByText("新規")).toBeVisible();
  await expect(preview.getByRole("row").filter({ hasText: "田中 陽翔" })).toContainText("データ戦略室");
  const brokenRow = preview.getByRole("row").filter({ hasText: "原 和也" });
  await expect(brokenRow.getByText("エラー")).toBeVisible();
  await expect(brokenRow).toContainText("2023/13/45");
  await expect(page.getByRole("table", { name: "エラーのある行の一覧" })).toContainText("2023/13/45");
  const mapping = page.getByRole("table", { name: "列と取り込む項目の対応表" });
  await expect(mapping.getByRole("combobox", { name: "「姓（ヨミガナ）」列の取り込み先" })).toHaveValue("familyNameKana");
  await expect(mapping.getByRole("combobox", { name: "「退職年月日」列の取り込み先" })).toHaveValue("leaveDate");
  await screenshot(page, "import-dry-run");
  await expectAccessible(page);

  // Changing the mapping asks for a new check before importing; putting it back allows the import again.
  const titleColumn = mapping.getByRole("combobox", { name: "「役職」列の取り込み先" });
  await titleColumn.selectOption({ label: "取り込まない" });
  await expect(page.getByRole("button", { name: "この内容でインポート" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "マッピングを変更して再確認" })).toBeEnabled();
  await titleColumn.selectOption({ label: "役職" });
  await expect(page.getByRole("button", { name: "この内容でインポート" })).toBeEnabled();

  await confirmImport(page, "新規 29件・更新 0件・変更なし 0件・エラー 1件");
  await expect(page.getByRole("heading", { name: "インポート結果", level: 1 })).toBeVisible();
  await expect(page.getByText("新規に登録しました").locator("xpath=..")).toContainText("29件");
  await screenshot(page, "import-result");
  await expectAccessible(page);

  // The refused row, with its reason, as a CSV to fix in Excel.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "エラーの行をダウンロード（1件）" }).click();
  const rejected = readFileSync((await (await downloading).path()) ?? "", "utf8");
  expect(rejected.startsWith("\uFEFF")).toBe(true);
  expect(rejected).toContain(broken.number);
  expect(rejected).toContain("2023/13/45");

  // The imported 田中 is in the directory: found by reading, filtered by department, opened and edited.
  await page.getByRole("link", { name: "名簿を見る" }).click();
  await expect(page).toHaveURL(/\/admin\/alumni$/);
  const table = page.getByRole("table", { name: "アルムナイ一覧" });
  const tanakaRow = table.getByRole("row").filter({ hasText: tanaka.number });
  await page.getByRole("searchbox", { name: "キーワード" }).fill("たなか");
  await expect(tanakaRow.getByRole("link", { name: "田中 陽翔" })).toBeVisible();
  await expect(table.getByRole("link", { name: "田中 美咲" })).toBeVisible();
  await page.getByRole("combobox", { name: "退職時の部署" }).fill("データ戦略室");
  await page.getByRole("combobox", { name: "退職時の部署" }).press("Enter");
  await expect(table.getByRole("link", { name: "田中 美咲" })).toHaveCount(0);
  await expect(tanakaRow).toContainText("データ戦略室");
  await screenshot(page, "import-directory-tanaka");

  const exporting = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSVエクスポート" }).click();
  await page.getByRole("menuitem", { name: /UTF-8（BOM付き）/ }).click();
  const exported = readFileSync((await (await exporting).path()) ?? "", "utf8");
  expect(exported).toContain(tanaka.number);
  expect(exported).toContain("田中");

  await tanakaRow.getByRole("link", { name: "田中 陽翔" }).click();
  await expect(page.getByRole("heading", { name: "田中 陽翔", level: 1 })).toBeVisible();
  await expect(page.getByText("タナカ ハルト").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "退職時の所属" }).getByText("2023年3月31日")).toBeVisible();
  await page.getByRole("button", { name: "編集する" }).click();
  await page.getByRole("textbox", { name: "現在の勤務先" }).fill("株式会社データフォレスト");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("保存しました。")).toBeVisible();
  await expect(page.getByRole("region", { name: "現在の状況" }).getByText("株式会社データフォレスト")).toBeVisible();

  // Both runs are in the history, newest first.
  await page.goto("/admin/alumni/imports");
  const history = page.getByRole("table", { name: "これまでのインポート" });
  const runs = history.getByRole("row").filter({ hasText: fileName });
  await expect(runs).toHaveCount(2);
  await expect(runs.first()).toContainText("取り込み");
  await expect(runs.first()).toContainText("新規 29件・更新 0件・変更なし 0件・エラー 1件");
  await expect(runs.nth(1)).toContainText("内容の確認");
  await screenshot(page, "import-history");
  await expectAccessible(page);
});

test("the same file imported twice changes nothing the second time (and the import page reads in English)", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const file = smarthrShiftJisCsv(leavers(runPrefix("TW"), 5));
  await loginAs(page, "hr");
  const first = await page.request.post("/api/v1/alumni/imports", {
    multipart: { file: { name: "smarthr_5名.csv", mimeType: "text/csv", buffer: file }, dryRun: "false" },
    headers: { origin: baseURL ?? "" },
  });
  expect(first.status(), await first.text()).toBe(202);
  const { id } = await first.json();
  await expect.poll(async () => (await (await page.request.get(`/api/v1/alumni/imports/${id}`)).json()).status, { timeout: 30_000 }).toBe("succeeded");

  await startDryRun(page, "smarthr_5名.csv", file);
  await expect(page.getByText("ファイルを読み込みました")).toBeVisible({ timeout: 30_000 });
  const preview = page.getByRole("table", { name: "取り込み内容のプレビュー" });
  await expect(preview.getByText("変更なし")).toHaveCount(5);

  try {
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Check the file", level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Import as checked" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Preview of the rows" }).getByText("No change")).toHaveCount(5);
    await expect(page.getByRole("combobox", { name: "Field for the column “部署”" })).toHaveValue("department");
    await screenshot(page, "import-dry-run-en");
    await expectAccessible(page);
  } finally {
    await page.getByRole("button", { name: "日本語" }).click();
  }
  await expect(page.getByRole("heading", { name: "取り込み内容の確認", level: 1 })).toBeVisible();

  await confirmImport(page, "新規 0件・更新 0件・変更なし 5件・エラー 0件");
  await expect(page.getByText("変更なし", { exact: true }).locator("xpath=..")).toContainText("5件");
  await expect(page.getByText("新規に登録しました").locator("xpath=..")).toContainText("0件");
  await expect(page.getByRole("link", { name: /エラーの行をダウンロード/ })).toHaveCount(0);
});

test("a garbled file is explained, and a file with unknown columns can be mapped by hand and saved as a preset", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAs(page, "hr");

  await startDryRun(page, "退職者一覧_文字化け.csv", garbledCsv());
  const failure = page.getByRole("alert").filter({ hasText: "ファイルを読み込めませんでした" });
  await expect(failure).toContainText("文字化けしているようです", { timeout: 30_000 });
  await expect(failure.getByRole("link", { name: "別のファイルを選ぶ" })).toBeVisible();
  await screenshot(page, "import-garbled");
  await expectAccessible(page);

  const prefix = runPrefix("UK");
  await startDryRun(page, "勤怠システム_退職者.csv", unknownColumnsCsv(prefix));
  await expect(page.getByRole("alert").filter({ hasText: "ファイルを読み込めませんでした" })).toContainText("必須の列が見つかりません", {
    timeout: 30_000,
  });
  const mapping = page.getByRole("table", { name: "列と取り込む項目の対応表" });
  await expect(page.getByText("取り込みに必要な列が足りません")).toBeVisible();
  await screenshot(page, "import-missing-columns");
  await expectAccessible(page);
  await mapping.getByRole("combobox", { name: "「コード」列の取り込み先" }).selectOption({ label: "社員番号" });
  await mapping.getByRole("combobox", { name: "「お名前（姓）」列の取り込み先" }).selectOption({ label: "姓" });
  await mapping.getByRole("combobox", { name: "「お名前（名）」列の取り込み先" }).selectOption({ label: "名" });
  await mapping.getByRole("combobox", { name: "「最終出社日」列の取り込み先" }).selectOption({ label: "退職日" });
  await expect(page.getByText("取り込みに必要な列が足りません")).toHaveCount(0);
  const failedUrl = page.url();
  await page.getByRole("button", { name: "マッピングを変更して再確認" }).click();
  await expect(page).not.toHaveURL(failedUrl);
  await expect(page.getByText("ファイルを読み込みました")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("手動で指定した対応付け")).toBeVisible();
  await expect(page.getByRole("table", { name: "取り込み内容のプレビュー" }).getByText("新規")).toHaveCount(3);

  const presetName = `勤怠システムの退職者一覧 ${prefix}`;
  await page.getByRole("textbox", { name: "この対応付けに名前を付けて保存" }).fill(presetName);
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText(`「${presetName}」を保存しました。`)).toBeVisible();

  // The saved mapping is offered for the next file, and can be removed there.
  await page.goto("/admin/alumni/imports");
  const layout = page.getByRole("combobox", { name: "ファイルの形式" });
  await layout.selectOption({ label: presetName });
  await page.getByRole("button", { name: `保存したマッピング「${presetName}」を削除` }).click();
  await page.getByRole("dialog", { name: "保存したマッピングを削除しますか？" }).getByRole("button", { name: "削除する" }).click();
  await expect(page.getByText(`「${presetName}」を削除しました。`)).toBeVisible();
  await expect(layout).toHaveValue("auto");
  await expect(layout.getByRole("option", { name: presetName })).toHaveCount(0);
});

test("the history says what to do when there is none, and hiring managers cannot import", async ({ page }) => {
  await loginAs(page, "hr");
  await page.route(
    (url) => url.pathname === "/api/v1/alumni/imports",
    (route) => route.fulfill({ json: { items: [], nextCursor: null, total: 0 } }),
  );
  await page.goto("/admin/alumni/imports");
  await expect(page.getByText("まだインポートしていません")).toBeVisible();
  await screenshot(page, "import-history-empty");

  await loginAs(page, "manager");
  await page.goto("/admin/alumni");
  await expect(page.getByRole("heading", { name: "アルムナイ名簿", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "インポート", exact: true })).toHaveCount(0);
  await page.goto("/admin/alumni/imports");
  await expect(page).toHaveURL(/\/admin\/alumni$/);
  expect((await page.request.get("/api/v1/alumni/imports")).status()).toBe(403);
});
