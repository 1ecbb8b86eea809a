import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import ICAL from "ical.js";
import { expect, expectAccessible, screenshot, switchTo, test } from "./support/fixtures";

/** The Tokyo calendar date `days` from today, as the date picker labels its days (YYYY-MM-DD). */
function tokyoDate(days: number): string {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Picks a day and a time in a Mantine date-time picker, the way a person does. */
async function pickDateTime(page: Page, field: Locator, date: string, hours: string, minutes: string) {
  await field.click();
  const day = page.getByRole("button", { name: date, exact: true });
  for (let i = 0; i < 3 && !(await day.isVisible()); i++) await page.getByRole("button", { name: "翌月" }).click();
  await day.click();
  await page.getByLabel("時", { exact: true }).pressSequentially(hours);
  await page.getByLabel("分", { exact: true }).pressSequentially(minutes);
  await page.getByRole("button", { name: "この日時に決定" }).click();
}

test("HR creates an event, the demo alumnus replies and downloads the .ics, HR checks him in on a phone", async ({ page }) => {
  test.setTimeout(90_000);
  const title = `アルムナイ交流ランチ ${Date.now().toString(36)}`;
  const day = tokyoDate(12);

  await switchTo(page, "hr");
  await page.goto("/admin/events");
  await expect(page.getByRole("heading", { level: 1, name: "イベント" })).toBeVisible();
  await expect(page.getByRole("link", { name: "さくらテクノロジー 同窓会 2026" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "events-admin-list");

  await page.getByRole("link", { name: "イベントを作成" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "イベントを作成" })).toBeVisible();
  await page.getByRole("textbox", { name: "イベント名（日本語）" }).fill(title);
  await page.getByRole("textbox", { name: "イベント名（英語）" }).fill("Alumni lunch");
  await page.getByRole("textbox", { name: "会場" }).fill("東京都千代田区丸の内1-1-1 さくらテクノロジー 本社 20F");
  await pickDateTime(page, page.getByRole("button", { name: "開始日時" }), day, "12", "00");
  await pickDateTime(page, page.getByRole("button", { name: "終了日時" }), day, "13", "30");
  await page.getByRole("textbox", { name: "定員（任意）" }).fill("10");
  await page.getByRole("textbox", { name: "説明（日本語・Markdown）" }).fill("ランチをご一緒しながら、**近況**を語り合いましょう。");
  await expectAccessible(page);
  await screenshot(page, "events-admin-form");
  await page.getByRole("button", { name: "作成する" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const eventId = new URL(page.url()).pathname.split("/").at(-1) as string;
  await expect(page.getByText(`${day} (`).first()).toBeVisible();
  await expect(page.getByText("12:00–13:30").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "アルムナイを招待" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "events-admin-event");

  // The demo alumnus sees it, says he is going, and downloads the calendar file.
  await switchTo(page, "alumnus");
  await page.goto("/alumni/events");
  await expect(page.getByRole("heading", { level: 1, name: "イベント" })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("近況")).toBeVisible();
  await page.getByText("参加", { exact: true }).click();
  await expect(page.getByText("参加が確定しています")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "events-alumni-event");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "カレンダーに追加（.ics）" }).click()]);
  const ics = readFileSync((await download.path()) as string, "utf8");
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent") as ICAL.Component;
  const event = new ICAL.Event(vevent);
  expect(event.uid).toBe(`event-${eventId}@okaeri`);
  expect(event.summary).toBe(title);
  expect(event.startDate.toJSDate().toISOString()).toBe(new Date(`${day}T12:00:00+09:00`).toISOString());
  expect(event.endDate.toJSDate().toISOString()).toBe(new Date(`${day}T13:30:00+09:00`).toISOString());
  expect(vevent.getFirstPropertyValue("dtstamp")).toBeTruthy();

  // On the day, HR checks him in from a phone.
  await switchTo(page, "hr");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/admin/events/${eventId}/check-in`);
  await expect(page.getByRole("heading", { level: 1, name: "当日受付" })).toBeVisible();
  await page.getByRole("searchbox", { name: "お名前で探す" }).fill("山本");
  const toggle = page.getByRole("button", { name: "山本 翔太 さんを受付する" });
  await toggle.click();
  await expect(page.getByRole("button", { name: "山本 翔太 さんの受付を取り消す" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("受付済み").first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "events-check-in-phone");
  const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noHorizontalScroll).toBe(true);
});

test("the demo alumnus sees the full online meetup with its waitlist offer", async ({ page }) => {
  await switchTo(page, "alumnus");
  await page.goto("/alumni/events");
  await page.getByRole("link", { name: "オンライン交流会：生成AIと私たちの仕事" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "オンライン交流会：生成AIと私たちの仕事" })).toBeVisible();
  await expect(page.getByText("満席（キャンセル待ちを受け付けています）")).toBeVisible();
  await expect(page.getByText("キャンセル待ちに登録", { exact: true })).toBeVisible();
  await expect(page.getByText("meet.example.com")).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "events-alumni-full-meetup");
});
