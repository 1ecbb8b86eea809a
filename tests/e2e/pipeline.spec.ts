import type { Page } from "@playwright/test";
import { expect, expectAccessible, sameOrigin, screenshot, switchTo, test } from "./support/fixtures";

// Nine columns side by side: a wide window keeps 接触 to 面接 in view for the mouse.
test.use({ viewport: { width: 1920, height: 1080 } });

async function optionsOf(page: Page): Promise<{ positions: { id: string; titleJa: string }[] }> {
  const res = await page.request.get("/api/v1/pipeline/options");
  expect(res.status()).toBe(200);
  return res.json();
}

async function addCandidate(page: Page, fullName: string, local: string, positionId: string) {
  const res = await page.request.post("/api/v1/pipeline/candidates", {
    headers: sameOrigin(),
    data: { fullName, email: `${local}@example.jp`, positionId, source: "direct", stageKey: "contacted" },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string };
}

const column = (page: Page, key: string) => page.locator(`[data-stage-key="${key}"]`);
const cardIn = (page: Page, key: string, name: string) => column(page, key).locator(`[data-candidate-card="${name}"]`);

test("HR moves one candidate by mouse and another by keyboard to hired; the timeline shows it; a manager sees only their positions", async ({ page }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const dragged = `青木 e2e${tag}`;
  const keyed = `二宮 e2e${tag}`;

  // The manager's own positions, and one that is not theirs.
  await switchTo(page, "manager");
  const managed = (await optionsOf(page)).positions.map((p) => p.id);
  expect(managed.length).toBeGreaterThan(0);
  await switchTo(page, "hr");
  const other = (await optionsOf(page)).positions.find((p) => !managed.includes(p.id));
  expect(other).toBeTruthy();
  await addCandidate(page, dragged, `aoki.${tag}`, managed[0] as string);
  await addCandidate(page, keyed, `ninomiya.${tag}`, (other as { id: string }).id);

  // The whole board first, as HR sees it on a Monday morning.
  await page.goto("/admin/pipeline");
  await expect(page.getByRole("heading", { level: 1, name: "採用パイプライン" })).toBeVisible();
  await expect(column(page, "contacted").getByRole("heading", { name: "接触" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "pipeline-board");

  // Only our two people, so the columns stay short.
  await page.getByRole("textbox", { name: "氏名・メールで検索" }).fill(`e2e${tag}`);
  await expect(cardIn(page, "contacted", dragged)).toBeVisible();
  await expect(cardIn(page, "contacted", keyed)).toBeVisible();

  // Mouse: drag 青木 from 接触 to 面接.
  const from = await cardIn(page, "contacted", dragged).boundingBox();
  const to = await column(page, "interviews").boundingBox();
  if (!from || !to) throw new Error("board not laid out");
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 30, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
  await page.mouse.up();
  await expect(cardIn(page, "interviews", dragged)).toBeVisible();
  await expect(page.getByText(`${dragged}さんを「面接」に移動しました`)).toBeVisible();

  // Keyboard: Space picks 二宮 up, six right arrows reach 入社決定, Space drops; then confirm.
  const handle = cardIn(page, "contacted", keyed).getByRole("button", { name: new RegExp(`${keyed}さんを移動`) });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(page.getByText(`${keyed}さんを持ち上げました`)).toBeAttached();
  for (const stage of ["カジュアル面談", "応募", "書類選考", "面接", "内定", "入社決定"]) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`${keyed}さんを「${stage}」の上に移動しました。`)).toBeAttached();
  }
  await page.keyboard.press("Space");
  const confirm = page.getByRole("dialog", { name: "入社決定にしますか？" });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByText("「入社決定」に移動します")).toBeVisible();
  await screenshot(page, "pipeline-hire-confirm");
  await confirm.getByRole("button", { name: "入社決定にする" }).click();
  await expect(cardIn(page, "hired", keyed)).toBeVisible();
  await expect(page.getByText(`${keyed}さんの入社が決まりました`)).toBeVisible();

  // 青木 goes on to 入社決定 through the card's Move menu, the path without dragging.
  await cardIn(page, "interviews", dragged)
    .getByRole("button", { name: `${dragged}さんのステージを変更` })
    .click();
  await page.getByRole("menuitem", { name: "入社決定" }).click();
  await page.getByRole("dialog", { name: "入社決定にしますか？" }).getByRole("button", { name: "入社決定にする" }).click();
  await expect(cardIn(page, "hired", dragged)).toBeVisible();

  // The candidate page tells the story.
  await cardIn(page, "hired", keyed).getByRole("link", { name: keyed }).click();
  await expect(page.getByRole("heading", { level: 1, name: keyed })).toBeVisible();
  const timeline = page.getByRole("region", { name: "タイムライン" });
  await expect(timeline.getByText("入社決定（「接触」から）")).toBeVisible();
  await expect(timeline.getByText("候補者として登録（経路：直接応募）")).toBeVisible();
  await page.getByRole("textbox", { name: "メモ（Markdown・社内のみ）" }).fill("入社日は **4月1日** で調整中。");
  await page.getByRole("button", { name: "メモを保存" }).click();
  await expect(timeline.getByText("4月1日")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "pipeline-candidate");

  // The table view lists the same people.
  await page.goto("/admin/pipeline");
  await page.getByText("表", { exact: true }).click();
  await expect(page.getByRole("table", { name: "候補者の一覧" })).toBeVisible();
  await screenshot(page, "pipeline-table");

  // Stage settings.
  await page.goto("/admin/pipeline/settings");
  await expect(page.getByRole("heading", { level: 1, name: "ステージ設定" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "名前（日本語）" }).first()).toHaveValue("接触");
  await expectAccessible(page);
  await screenshot(page, "pipeline-settings");

  // The manager sees 青木 (their position) but not 二宮.
  await switchTo(page, "manager");
  await page.goto("/admin/pipeline");
  await page.getByRole("textbox", { name: "氏名・メールで検索" }).fill(`e2e${tag}`);
  await expect(cardIn(page, "hired", dragged)).toBeVisible();
  await expect(page.locator(`[data-candidate-card="${keyed}"]`)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "ステージ設定" })).toHaveCount(0);
});

test("the board in English", async ({ page }) => {
  await switchTo(page, "hr");
  await page.goto("/admin/pipeline");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pipeline" })).toBeVisible();
  await expect(column(page, "hired").getByRole("heading", { name: "Hired" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "pipeline-board-en");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "採用パイプライン" })).toBeVisible();
});
