import type { APIRequestContext, Locator } from "@playwright/test";
import { XSS_PAYLOADS } from "../support/xss-payloads";
import { DEMO_EMAIL, DEMO_PASSWORD, expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

interface MailSummary {
  id: string;
  to: string;
  subject: string;
  template: string;
}

/** Cookie-authenticated writes must name our own origin (the server's CSRF check). */
const origin = () => `http://localhost:${process.env.E2E_PORT}`;

/** The dev mailbox (the e2e server has no SMTP), read as the admin. */
async function waitForMail(
  admin: APIRequestContext,
  match: (m: MailSummary) => boolean,
  timeoutMs = 150_000,
): Promise<{ id: string; subject: string; text: string }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const page = await (await admin.get("/api/v1/dev/mailbox?limit=100")).json();
    const found = (page.items as MailSummary[]).find(match);
    if (found) return (await admin.get(`/api/v1/dev/mailbox/${found.id}`)).json();
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error("mail did not arrive");
}

const tokenIn = (text: string, path: string) => {
  const token = text.match(new RegExp(`${path}#token=([\\w.~-]+)`))?.[1];
  if (!token) throw new Error(`no ${path} link in the mail`);
  return token;
};

/** Waits for a dialog's opening transition, so a screenshot shows it as the user sees it. */
async function settled(dialog: Locator): Promise<void> {
  await dialog.evaluate((el) => Promise.all(el.ownerDocument.getAnimations().map((a) => a.finished)));
}

type Leaver = { familyName: string; givenName: string; workEmail: string; privateEmail: string; locale: "ja" | "en"; department: string };

/**
 * Leavers become consenting alumni the way real ones do, through the REST API only: HR opens their cases, the
 * dispatch sends the invitations, each registers with the company-news consent and verifies the private email.
 */
async function consentingAlumni(admin: APIRequestContext, anonymous: APIRequestContext, leavers: Leaver[]): Promise<void> {
  for (const leaver of leavers) {
    const created = await admin.post("/api/v1/offboarding/cases", {
      data: {
        familyName: leaver.familyName,
        givenName: leaver.givenName,
        workEmail: leaver.workEmail,
        department: leaver.department,
        lastDay: "2026-12-25",
        locale: leaver.locale,
        sendAt: new Date(Date.now() - 60_000).toISOString(),
      },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  for (const leaver of leavers) {
    const token = tokenIn((await waitForMail(admin, (m) => m.to === leaver.workEmail)).text, "/graduation");
    const preview = await (await anonymous.post("/api/public/graduation/inspect", { data: { token } })).json();
    expect(preview.status).toBe("valid");
    const registered = await anonymous.post("/api/public/graduation/register", {
      data: {
        token,
        noticeVersion: preview.notice.version,
        email: leaver.privateEmail,
        signInMethod: "password",
        password: "sakura-no-hana-2026",
        locale: leaver.locale,
        consents: { company_news: true, events: false, community_news: false, job_opportunities: false, referral_requests: false, alumni_visibility: false },
        survey: null,
      },
    });
    expect(registered.status(), await registered.text()).toBeLessThan(300);
    const verification = await waitForMail(admin, (m) => m.to === leaver.privateEmail && m.template === "verify_email", 30_000);
    const verified = await anonymous.post("/api/public/verify-email", { data: { token: tokenIn(verification.text, "/verify-email") } });
    expect(await verified.json()).toEqual({ status: "verified" });
  }
}

const LEAVER_PASSWORD = "sakura-no-hana-2026";

test("HR composes a Markdown newsletter for a segment, previews, tests and sends it, follows each recipient, and alumni read it in the portal", async ({
  page,
  playwright,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const department = `広報部${stamp}`;
  const leavers: Leaver[] = [
    {
      familyName: "中村",
      givenName: "葵",
      workEmail: `aoi.${stamp}@demo.okaeri.test`,
      privateEmail: `aoi.${stamp}@private.example.test`,
      locale: "ja",
      department,
    },
    {
      familyName: "Smith",
      givenName: "Emma",
      workEmail: `emma.${stamp}@demo.okaeri.test`,
      privateEmail: `emma.${stamp}@private.example.test`,
      locale: "en",
      department,
    },
  ];
  const admin = await playwright.request.newContext({ baseURL: origin(), extraHTTPHeaders: { origin: origin() } });
  const anonymous = await playwright.request.newContext({ baseURL: origin(), extraHTTPHeaders: { origin: origin() } });
  const signedIn = await admin.post("/api/auth/sign-in", { data: { email: DEMO_EMAIL.admin, password: DEMO_PASSWORD } });
  expect(signedIn.status()).toBe(200);
  await consentingAlumni(admin, anonymous, leavers);

  // HR finds the section in the console menu.
  await loginAs(page, "hr");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "お知らせ配信", exact: true }).click();
  await expect(page.getByRole("heading", { name: "お知らせ配信", exact: true })).toBeVisible();
  // The demo company has a scheduled issue waiting for next week.
  await expect(page.getByText("配信予約中").first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-announcements-list");
  await page.getByRole("main").getByRole("link", { name: "お知らせを作成" }).first().click();
  await expect(page.getByRole("heading", { name: "お知らせを作成", exact: true })).toBeVisible();

  // Nothing is previewed or sent half-written.
  await page.getByRole("button", { name: "プレビュー" }).click();
  await expect(page.getByText("入力してください。", { exact: true })).toHaveCount(4);
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // The segment: one department; the count says how many match and how many will receive it.
  await page.getByRole("textbox", { name: "部署" }).fill(department);
  await expect(page.getByText("条件に合うアルムナイ 2 名のうち、2 名に届きます")).toBeVisible();
  // Years the wrong way round are explained, and sending is not offered.
  await page.getByRole("textbox", { name: "退職年（から）" }).fill("2024");
  await page.getByRole("textbox", { name: "退職年（まで）" }).fill("2020");
  await expect(page.getByText("「退職年（まで）」は「退職年（から）」以降の年にしてください。").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "送信する" })).toBeDisabled();
  await page.getByRole("textbox", { name: "退職年（から）" }).fill("");
  await page.getByRole("textbox", { name: "退職年（まで）" }).fill("");
  await expect(page.getByText("条件に合うアルムナイ 2 名のうち、2 名に届きます")).toBeVisible();

  const subjectJa = `アルムナイ交流会のお知らせ ${stamp}`;
  const subjectEn = `Alumni meetup ${stamp}`;
  await page.getByRole("textbox", { name: "件名（日本語）" }).fill(subjectJa);
  await page
    .getByRole("textbox", { name: "本文（日本語）" })
    .fill(
      "## 交流会のご案内\n\n皆さま、いかがお過ごしでしょうか。渋谷オフィスでアルムナイ交流会を開催いたします。\n\n- 日時：12月12日（金）19時から\n- 会場：渋谷オフィス 8階ラウンジ\n\n詳しくは[ご案内ページ](https://example.com/meetup)をご覧ください。",
    );
  await page.getByRole("textbox", { name: "件名（英語）" }).fill(subjectEn);
  await page
    .getByRole("textbox", { name: "本文（英語）" })
    .fill(
      "## Alumni meetup\n\nJoin us at our Shibuya office.\n\n- When: Friday 12 December, 7 pm\n- Where: 8F lounge\n\nSee [the details](https://example.com/meetup).",
    );
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-compose");

  // Preview in both languages, rendered as the mail will show it.
  await page.getByRole("button", { name: "プレビュー" }).click();
  const preview = page.getByRole("dialog", { name: "プレビュー" });
  await expect(preview.getByText(subjectJa)).toBeVisible();
  await expect(preview.getByRole("heading", { name: "交流会のご案内" })).toBeVisible();
  await expect(preview.getByRole("link", { name: "ご案内ページ" })).toHaveAttribute("href", "https://example.com/meetup");
  await expect(preview.getByText("配信停止のリンク")).toBeVisible();
  await settled(preview);
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-preview-ja");
  await preview.getByRole("tab", { name: "English" }).click();
  await expect(preview.getByText(subjectEn)).toBeVisible();
  await expect(preview.getByText("Join us at our Shibuya office.")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(preview).toBeHidden();

  // A test to HR's own address, in both languages.
  await page.getByRole("button", { name: "自分にテスト送信" }).click();
  await expect(page.getByText(`${DEMO_EMAIL.hr} にテストメール（日本語・英語）を送信しました。`)).toBeVisible();
  const testMail = await waitForMail(admin, (m) => m.to === DEMO_EMAIL.hr && m.subject.includes(`[テスト送信]`) && m.subject.includes(String(stamp)), 30_000);
  expect(testMail.text).toContain("## 交流会のご案内");

  // Sending asks first, naming how many people receive it.
  await page.getByRole("button", { name: "送信する" }).click();
  const confirm = page.getByRole("dialog", { name: "お知らせを送信しますか？" });
  await expect(confirm.getByText("2 名のアルムナイにお知らせを送信します。")).toBeVisible();
  await settled(confirm);
  await screenshot(page, "admin-announcement-confirm");
  await confirm.getByRole("button", { name: "送信する" }).click();

  // The announcement page, then each recipient's status (the e2e server keeps mail in the dev mailbox: queued).
  await expect(page.getByRole("heading", { name: subjectJa, level: 1 })).toBeVisible();
  const announcementId = new URL(page.url()).pathname.split("/").at(-1);
  await expect(page.getByText(`部署：${department}`)).toBeVisible();
  await expect(page.getByText("送信受付済み", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "交流会のご案内" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-sent");
  await page.getByRole("link", { name: "配信先ごとの状況" }).click();
  await expect(page.getByRole("heading", { name: "配信先ごとの状況", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "配信先ごとの送信状況" });
  for (const leaver of leavers) {
    await expect(
      table
        .getByRole("row")
        .filter({ hasText: leaver.privateEmail })
        .getByText(/^(送信待ち|送信中|送信済み)$/),
    ).toBeVisible();
  }
  await expect(table.getByRole("columnheader", { name: "開封日時" })).toHaveCount(0);
  await expect(page.getByText("すべて（2）")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-recipients");
  await page.getByText("送信失敗（0）").click();
  await expect(page.getByText("この状態の配信先はありません")).toBeVisible();
  await page.getByText("すべて（2）").click();
  await expect(table.getByRole("row")).toHaveCount(3);

  // Each alumnus got it in their own language, Markdown in the text part as written.
  const ja = await waitForMail(admin, (m) => m.to === leavers[0]!.privateEmail && m.subject.includes(String(stamp)), 30_000);
  expect(ja.subject).toBe(`【株式会社さくらテクノロジー】${subjectJa}`);
  expect(ja.text).toContain("- 日時：12月12日（金）19時から");

  // A second newsletter full of XSS payloads, to the same people.
  const hostile = await admin.post("/api/v1/announcements", {
    data: {
      purpose: "company_news",
      segment: { department },
      subjectJa: `安全性の確認 ${stamp}`,
      bodyJa: XSS_PAYLOADS.join("\n\n"),
      subjectEn: `Safety check ${stamp}`,
      bodyEn: XSS_PAYLOADS.join("\n\n"),
    },
  });
  expect(hostile.status(), await hostile.text()).toBe(201);
  const hostileId = (await hostile.json()).id as string;
  await expect.poll(async () => (await (await admin.get(`/api/v1/announcements/${hostileId}`)).json()).status, { timeout: 30_000 }).toBe("sent");

  // The alumnus reads both in the portal's 「お知らせ」.
  const signIn = await page.request.post("/api/auth/sign-in", { data: { email: leavers[0]!.privateEmail, password: LEAVER_PASSWORD } });
  expect(signIn.status(), await signIn.text()).toBe(200);
  await page.goto("/alumni");
  await page.getByRole("navigation").getByRole("link", { name: "お知らせ", exact: true }).click();
  await expect(page.getByRole("heading", { name: "お知らせ", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: subjectJa })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "alumni-newsletters");
  await page.getByRole("link", { name: subjectJa }).click();
  await expect(page.getByRole("heading", { name: subjectJa, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "交流会のご案内" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ご案内ページ" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expectAccessible(page);
  await screenshot(page, "alumni-newsletter");

  await page.goto(`/alumni/newsletters/${hostileId}`);
  await expect(page.getByRole("heading", { name: `安全性の確認 ${stamp}`, level: 1 })).toBeVisible();
  await expect(page.getByText("<script>window.__xss = 1</script>", { exact: true })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  // The newsletter body itself holds no live markup of any of the payloads.
  expect(await page.getByRole("article").locator("script, img, iframe, svg, math, style, [onerror], [onload]").count()).toBe(0);

  // Another alumnus (the demo account) does not see this department's newsletter.
  await loginAs(page, "alumnus");
  await page.goto("/alumni/newsletters");
  await expect(page.getByRole("heading", { name: "お知らせ", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "さくらテクノロジー アルムナイ通信 2026年秋号" })).toBeVisible();
  await expect(page.getByRole("link", { name: subjectJa })).toHaveCount(0);
  await screenshot(page, "alumni-newsletters-demo");
  await page.goto(`/alumni/newsletters/${announcementId}`);
  await expect(page.getByRole("heading", { name: "お知らせが見つかりません" })).toBeVisible();
  await admin.dispose();
  await anonymous.dispose();
});

test("HR schedules a newsletter, edits it and cancels it before it goes", async ({ page }) => {
  await loginAs(page, "hr");
  await page.goto("/admin/announcements/new");
  await expect(page.getByRole("heading", { name: "お知らせを作成", exact: true })).toBeVisible();
  await expect(page.getByText(/条件に合うアルムナイ \d+ 名のうち、[1-9]\d* 名に届きます/)).toBeVisible();
  const stamp = Date.now();
  await page.getByRole("textbox", { name: "件名（日本語）" }).fill(`予約配信のテスト ${stamp}`);
  await page.getByRole("textbox", { name: "本文（日本語）" }).fill("来週のご案内です。");
  await page.getByRole("textbox", { name: "件名（英語）" }).fill(`Scheduled ${stamp}`);
  await page.getByRole("textbox", { name: "本文（英語）" }).fill("See you next week.");
  await page.getByText("日時を指定して予約").click();
  await page.getByRole("button", { name: "配信を予約する" }).click();
  await expect(page.getByText("配信日時を選んでください。")).toBeVisible();
  await page.getByRole("button", { name: "配信日時（日本時間）" }).click();
  const picker = page.getByRole("dialog", { name: "配信日時（日本時間）" });
  await picker.getByRole("button", { name: "翌月" }).click();
  await picker.locator("table button:not([data-outside])").filter({ hasText: /^15$/ }).click();
  await picker.getByRole("spinbutton", { name: "時" }).fill("10");
  await picker.getByRole("spinbutton", { name: "分" }).fill("00");
  await picker.getByRole("button", { name: "この日時に決定" }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole("button", { name: "配信日時（日本時間）" })).toContainText(/\d{4}\/\d{2}\/15 10:00/);
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-schedule");
  await page.getByRole("button", { name: "配信を予約する" }).click();
  const confirm = page.getByRole("dialog", { name: "この内容で配信を予約しますか？" });
  await confirm.getByRole("button", { name: "予約する" }).click();
  await expect(page.getByRole("heading", { name: `予約配信のテスト ${stamp}`, level: 1 })).toBeVisible();
  await expect(page.getByText("配信予約中")).toBeVisible();

  await page.getByRole("link", { name: "内容を編集" }).click();
  await expect(page.getByRole("heading", { name: "予約中のお知らせを編集" })).toBeVisible();
  await page.getByRole("textbox", { name: "件名（日本語）" }).fill(`予約配信のテスト（改訂） ${stamp}`);
  await page.getByRole("button", { name: "変更を保存する" }).click();
  await page.getByRole("dialog", { name: "この内容で配信を予約しますか？" }).getByRole("button", { name: "予約する" }).click();
  await expect(page.getByRole("heading", { name: `予約配信のテスト（改訂） ${stamp}`, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "予約を取り消す" }).click();
  const cancel = page.getByRole("dialog", { name: "配信の予約を取り消しますか？" });
  await expect(cancel).toBeVisible();
  await cancel.getByRole("button", { name: "予約を取り消す" }).click();
  await expect(page.getByText("取り消し済み", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "予約を取り消す" })).toHaveCount(0);
});

test("admin switches newsletter open tracking on and off, with a confirmation", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/settings");
  const toggle = page.getByRole("switch", { name: "お知らせメールの開封を計測する" });
  await expect(toggle).not.toBeChecked();
  await toggle.click({ force: true });
  const dialog = page.getByRole("dialog", { name: "開封の計測をオンにしますか？" });
  await expect(dialog.getByText("プライバシーポリシーに計測している旨が自動で追記され")).toBeVisible();
  await settled(dialog);
  await screenshot(page, "admin-settings-open-tracking");
  await dialog.getByRole("button", { name: "オンにする" }).click();
  await expect(toggle).toBeChecked();
  await expectAccessible(page);
  await toggle.click({ force: true });
  await page.getByRole("dialog", { name: "開封の計測をオフにしますか？" }).getByRole("button", { name: "オフにする" }).click();
  await expect(toggle).not.toBeChecked();
});
