import { readFileSync } from "node:fs";
import { expect, expectAccessible, screenshot, switchTo, test } from "./support/fixtures";

/** Tokyo wall time `days` ahead at `hour`:00, as the datetime-local field takes it. */
function tokyoLocal(days: number, hour: number): string {
  const day = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

test("an employee asks the demo alumnus, he proposes times, the employee picks one and the .ics downloads", async ({ page }) => {
  test.setTimeout(120_000);
  const topic = `エンジニア職の働き方 ${Date.now().toString(36)}`;

  // The employee writes the request.
  await switchTo(page, "employee");
  await page.goto("/me/visits");
  await expect(page.getByRole("heading", { level: 1, name: "OB・OG訪問" })).toBeVisible();
  await page.getByRole("link", { name: "訪問を依頼する" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "OB・OG訪問を依頼する" })).toBeVisible();
  const picker = page.getByPlaceholder("氏名・部署・スキルで検索");
  await picker.fill("山本");
  await page.getByRole("option", { name: /山本 翔太/ }).click();
  await page.getByRole("textbox", { name: /^お名前/ }).fill("佐藤 陽菜");
  await page.getByRole("textbox", { name: /ご所属/ }).fill("早稲田大学 理工学部");
  await page.getByRole("textbox", { name: /メールアドレス/ }).fill("hina.sato@student.example.jp");
  await page.getByRole("textbox", { name: /^テーマ/ }).fill(topic);
  await page.getByRole("textbox", { name: /アルムナイへのメッセージ/ }).fill("研究室の後輩です。開発現場の雰囲気を伺いたいそうです。");
  await expectAccessible(page);
  await screenshot(page, "visits-request-form");
  await page.getByRole("button", { name: "依頼を送る" }).click();
  await expect(page.getByRole("heading", { level: 1, name: topic })).toBeVisible();
  const visitId = new URL(page.url()).pathname.split("/").at(-1) as string;
  await expect(page.getByText("アルムナイからの回答をお待ちしています。")).toBeVisible();

  // The alumnus sees it in the portal (without the candidate's email) and proposes two times.
  await switchTo(page, "alumnus");
  await page.goto("/alumni/visits");
  await expect(page.getByRole("heading", { level: 1, name: "OB・OG訪問" })).toBeVisible();
  const card = page.getByRole("article", { name: topic });
  await expect(card).toBeVisible();
  await expect(card.getByText("佐藤 陽菜")).toBeVisible();
  await expect(page.getByText("hina.sato@student.example.jp")).toHaveCount(0);
  await card.getByLabel(/候補 1 開始日時/).fill(tokyoLocal(10, 14));
  await card.getByRole("button", { name: "候補を追加" }).click();
  await card.getByLabel(/候補 2 開始日時/).fill(tokyoLocal(11, 18));
  await expectAccessible(page);
  await screenshot(page, "visits-alumnus-requests");
  await card.getByRole("button", { name: "日時を提案して引き受ける" }).click();
  await expect(card.getByText("日程選択待ち")).toBeVisible();
  await expect(card.getByText("ご提案いただいた日時")).toBeVisible();

  // The employee picks the second time; the .ics downloads with the agreed time.
  await switchTo(page, "employee");
  await page.goto(`/me/visits/${visitId}`);
  await page.getByRole("radio", { name: new RegExp(tokyoLocal(11, 18).slice(0, 10)) }).check();
  await page.getByRole("textbox", { name: /場所・参加方法/ }).fill("https://meet.example.com/okaeri-e2e");
  await page.getByRole("button", { name: "この日時で確定する" }).click();
  await expect(page.getByText("日程確定").first()).toBeVisible();
  await screenshot(page, "visits-detail-scheduled");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /カレンダーに追加/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = readFileSync((await download.path()) as string, "utf8");
  expect(ics).toContain(`UID:visit-${visitId}@okaeri`);
  const start = new Date(`${tokyoLocal(11, 18)}:00+09:00`)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  expect(ics).toContain(`DTSTART:${start}`);

  // The alumnus can download it too; HR sees the record in the console.
  await switchTo(page, "alumnus");
  await page.goto("/alumni/visits");
  const scheduledCard = page.getByRole("article", { name: topic });
  await expect(scheduledCard.getByText("https://meet.example.com/okaeri-e2e")).toBeVisible();
  const [alumnusDownload] = await Promise.all([page.waitForEvent("download"), scheduledCard.getByRole("button", { name: /カレンダーに追加/ }).click()]);
  expect(readFileSync((await alumnusDownload.path()) as string, "utf8")).toContain(`UID:visit-${visitId}@okaeri`);

  await switchTo(page, "hr");
  await page.goto("/admin/visits");
  await expect(page.getByRole("heading", { level: 1, name: "OB・OG訪問" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(topic) })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "visits-hr-list");
  await page
    .getByRole("row", { name: new RegExp(topic) })
    .getByRole("link", { name: "佐藤 陽菜" })
    .click();
  await expect(page.getByText("hina.sato@student.example.jp")).toBeVisible();
  await expect(page.getByRole("heading", { name: "経緯" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "visits-hr-detail");
});
