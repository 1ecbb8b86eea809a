import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, expectAccessible, sameOrigin, screenshot, switchTo, test } from "./support/fixtures";

/** Tokyo wall time `days` ahead at `hour`:`minute`, as the datetime-local field takes it. */
function tokyoLocal(days: number, hour: number, minute = 0): string {
  const day = new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

const run = Date.now().toString(36);
const bookingNote = `チームの近況を伺いたいです（${run}）`;
const requestNote = `平日の夜に人事の方とお話ししたいです（${run}）`;

test("the demo alumnus books a casual talk on an open slot with a note, downloads the .ics and asks for another without a slot", async ({ page }) => {
  test.setTimeout(120_000);
  await switchTo(page, "alumnus");
  await page.goto("/alumni/talks");
  await expect(page.getByRole("heading", { level: 1, name: "カジュアル面談" })).toBeVisible();
  await expect(page.getByText("選考ではありません", { exact: true })).toBeVisible();
  await expect(page.getByText("いまのお仕事のことや、会社の近況を気軽に話しましょう", { exact: false })).toBeVisible();
  // The seeded talk with the hiring manager next week.
  const mine = page.getByRole("region", { name: "ご予約中の面談" });
  await expect(mine.getByText("担当：田中 浩二").first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "talks-alumni-page");

  const slot = page.getByRole("button", { name: /の枠を予約する$/ }).first();
  const slotLabel = (await slot.getAttribute("aria-label")) ?? "";
  await slot.click();
  const dialog = page.getByRole("dialog", { name: "カジュアル面談を予約する" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText("履歴書は不要です。", { exact: false })).toBeVisible();
  await dialog.getByRole("textbox", { name: /ひとこと/ }).fill(bookingNote);
  await expectAccessible(page);
  await screenshot(page, "talks-book-dialog");
  await dialog.getByRole("button", { name: "この枠で予約する" }).click();
  await expect(page.getByText("ご予約を承りました。確認のメールをお送りしました。")).toBeVisible();
  await expect(dialog).toBeHidden();
  // The booked slot is no longer offered.
  await expect(page.getByRole("button", { name: slotLabel })).toHaveCount(0);

  const card = page.getByRole("article").filter({ hasText: bookingNote });
  await expect(card.getByText("予定", { exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: /カレンダーに追加/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^okaeri-casual-talk-.+\.ics$/);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path()) as string, "utf8")));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent") as ICAL.Component);
  expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  expect(event.uid).toMatch(/^casual-talk-[0-9a-f-]+@okaeri$/);
  expect(event.summary).toContain("カジュアル面談");
  expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000);

  // No slot suits for a second talk: ask without one.
  const request = page.getByRole("region", { name: "ご都合の合う枠がない場合" });
  await request.getByRole("textbox", { name: /ひとこと/ }).fill(requestNote);
  await request.getByRole("textbox", { name: /ご希望の日時/ }).fill("平日の19時以降");
  await request.getByRole("button", { name: "面談を申し込む" }).click();
  await expect(page.getByText("お申し込みを承りました。担当者よりご連絡いたします。")).toBeVisible();
  const waiting = page.getByRole("article").filter({ hasText: requestNote });
  await expect(waiting.getByText("日程調整中")).toBeVisible();
  await expect(waiting.getByText("ご希望の日時：平日の19時以降")).toBeVisible();

  // The same page in English (the choice is the account's; set it back for the other specs).
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Casual talks" })).toBeVisible();
  await expect(page.getByText("This is not a selection interview")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Open slots" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "talks-alumni-page-en");
  await page.request.patch("/api/v1/me", { data: { locale: "ja" }, headers: sameOrigin() });
});

test("HR sees the booking, schedules the request without a slot, and turns a held talk into a candidacy", async ({ page }) => {
  test.setTimeout(120_000);
  await switchTo(page, "hr");
  await page.goto("/admin/talks");
  await expect(page.getByRole("heading", { level: 1, name: "カジュアル面談" })).toBeVisible();
  const table = page.getByRole("table", { name: "カジュアル面談の一覧" });
  await expect(table.getByRole("link", { name: "山本 翔太" }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "talks-console");

  // The slots tab: the form and the slots on offer, one of them booked by the demo alumnus.
  await page.getByRole("tab", { name: "枠" }).click();
  await expect(page.getByRole("heading", { name: "枠を公開する" })).toBeVisible();
  await expect(page.getByRole("table", { name: "公開中の枠の一覧" }).getByRole("link", { name: "予約済み：山本 翔太" }).first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "talks-console-slots");

  // The request: HR hosts it herself, in ten days at 11:00.
  await page.getByRole("tab", { name: "依頼" }).click();
  await page.getByRole("table", { name: "カジュアル面談の一覧" }).getByRole("link", { name: "山本 翔太" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "山本 翔太 さんとのカジュアル面談" })).toBeVisible();
  await expect(page.getByText(requestNote)).toBeVisible();
  await page.getByLabel("開始日時（日本時間）").fill(tokyoLocal(10, 11));
  await page.getByRole("textbox", { name: "会議URL" }).fill("https://meet.example.com/okaeri-e2e-talk");
  await expectAccessible(page);
  await page.getByRole("button", { name: "この日時で確定する" }).click();
  await expect(page.getByText("日時を確定し、双方にお知らせしました")).toBeVisible();
  await expect(page.getByText("予定", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("https://meet.example.com/okaeri-e2e-talk")).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, "talks-detail-scheduled");

  // A talk held last month whose host has not decided yet: add the person to the pipeline.
  await page.goto("/admin/talks");
  await page.getByRole("tab", { name: "過去" }).click();
  const past = page.getByRole("table", { name: "カジュアル面談の一覧" });
  await expect(past.getByRole("link").first()).toBeVisible();
  const names = await past.getByRole("link").allTextContents();
  let added = false;
  for (const name of names) {
    await page.goto("/admin/talks");
    await page.getByRole("tab", { name: "過去" }).click();
    await page.getByRole("table", { name: "カジュアル面談の一覧" }).getByRole("link", { name }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: `${name} さんとのカジュアル面談` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "非公開メモ" })).toBeVisible();
    const add = page.getByRole("button", { name: "候補者として登録" });
    if (!(await add.isVisible())) continue;
    await expect(page.getByRole("textbox", { name: "メモ" })).not.toHaveValue("");
    await expectAccessible(page);
    await screenshot(page, "talks-detail-held");
    await add.click();
    await expect(page.getByText("この面談から候補者を登録済みです。")).toBeVisible();
    await expect(page.getByRole("link", { name: "候補者を開く" })).toHaveAttribute("href", /\/admin\/pipeline\/candidates\/[0-9a-f-]+$/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "talks-detail-candidacy");
    added = true;
    break;
  }
  expect(added).toBe(true);
});
