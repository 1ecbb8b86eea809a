import type { APIRequestContext, Locator } from "@playwright/test";
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

type Leaver = { familyName: string; givenName: string; workEmail: string; privateEmail: string; locale: "ja" | "en" };

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

test("HR composes an announcement in Japanese and English, previews and sends it, and follows its delivery", async ({ page, playwright }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const leavers: Leaver[] = [
    { familyName: "中村", givenName: "葵", workEmail: `aoi.${stamp}@demo.okaeri.test`, privateEmail: `aoi.${stamp}@private.example.test`, locale: "ja" },
    { familyName: "Smith", givenName: "Emma", workEmail: `emma.${stamp}@demo.okaeri.test`, privateEmail: `emma.${stamp}@private.example.test`, locale: "en" },
  ];
  const admin = await playwright.request.newContext({ baseURL: origin(), extraHTTPHeaders: { origin: origin() } });
  const anonymous = await playwright.request.newContext({ baseURL: origin(), extraHTTPHeaders: { origin: origin() } });
  const signedIn = await admin.post("/api/auth/sign-in", { data: { email: DEMO_EMAIL.admin, password: DEMO_PASSWORD } });
  expect(signedIn.status()).toBe(200);
  await consentingAlumni(admin, anonymous, leavers);
  const audience = await (await admin.post("/api/v1/announcements/audience", { data: { purpose: "company_news" } })).json();
  expect(audience.count).toBeGreaterThanOrEqual(2);
  const recipients = audience.count as number;

  // HR finds the section in the console menu.
  await loginAs(page, "hr");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "お知らせ配信", exact: true }).click();
  await expect(page.getByRole("heading", { name: "お知らせ配信", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("main").getByRole("link", { name: "お知らせを作成" }).first().click();
  await expect(page.getByRole("heading", { name: "お知らせを作成", exact: true })).toBeVisible();
  await expect(page.getByText(`現在の宛先：${recipients} 名`)).toBeVisible();

  // Nothing is previewed or sent half-written.
  await page.getByRole("button", { name: "プレビュー" }).click();
  await expect(page.getByText("入力してください。", { exact: true })).toHaveCount(4);
  await expect(page.getByRole("dialog")).toHaveCount(0);

  const subjectJa = `アルムナイ交流会のお知らせ ${stamp}`;
  const subjectEn = `Alumni meetup ${stamp}`;
  await page.getByRole("textbox", { name: "件名（日本語）" }).fill(subjectJa);
  await page
    .getByRole("textbox", { name: "本文（日本語）" })
    .fill(
      "皆さま、いかがお過ごしでしょうか。\n\n12月12日（金）19時から、渋谷オフィスでアルムナイ交流会を開催いたします。\n詳細はこちらをご覧ください: https://example.com/meetup\n\nお会いできることを楽しみにしております。",
    );
  await page.getByRole("textbox", { name: "件名（英語）" }).fill(subjectEn);
  await page
    .getByRole("textbox", { name: "本文（英語）" })
    .fill(
      "We hope this finds you well.\n\nJoin us at our Shibuya office on Friday 12 December at 7 pm for an alumni meetup.\nDetails: https://example.com/meetup\n\nWe look forward to seeing you.",
    );
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-compose");

  // Preview in both languages.
  await page.getByRole("button", { name: "プレビュー" }).click();
  const preview = page.getByRole("dialog", { name: "プレビュー" });
  await expect(preview.getByText(subjectJa)).toBeVisible();
  await expect(preview.getByRole("link", { name: "https://example.com/meetup" })).toBeVisible();
  await expect(preview.getByText("配信停止のリンク")).toBeVisible();
  await settled(preview);
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-preview-ja");
  await preview.getByRole("tab", { name: "English" }).click();
  await expect(preview.getByText(subjectEn)).toBeVisible();
  await expect(preview.getByText("Join us at our Shibuya office")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(preview).toBeHidden();

  // Sending asks first, naming how many people receive it.
  await page.getByRole("button", { name: "送信する" }).click();
  const confirm = page.getByRole("dialog", { name: "お知らせを送信しますか？" });
  await expect(confirm.getByText(`${recipients} 名のアルムナイにお知らせを送信します。`)).toBeVisible();
  await settled(confirm);
  await screenshot(page, "admin-announcement-confirm");
  await confirm.getByRole("button", { name: "キャンセル" }).click();
  await expect(confirm).toBeHidden();
  await expect(page).toHaveURL(/\/admin\/announcements\/new$/);
  await page.getByRole("button", { name: "送信する" }).click();
  await confirm.getByRole("button", { name: "送信する" }).click();

  // The announcement page: recipients and a count per status. Without SMTP (the e2e server keeps mail in the dev
  // mailbox) the messages stay queued; with SMTP they move on to sent. Either way none is lost or suppressed.
  await expect(page.getByRole("heading", { name: subjectJa, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/announcements\/[\w-]+$/);
  const announcementId = new URL(page.url()).pathname.split("/").at(-1);
  await expect(page.getByText(`宛先 ${recipients} 名`)).toBeVisible();
  await expect(page.getByText("送信受付済み", { exact: true })).toBeVisible({ timeout: 30_000 });
  const stored = await (await admin.get(`/api/v1/announcements/${announcementId}`)).json();
  expect(stored).toMatchObject({ status: "sent", recipientCount: recipients, counts: { suppressed: 0, failed: 0 } });
  expect(stored.counts.queued + stored.counts.sending + stored.counts.sent).toBe(recipients);
  for (const [label, key] of [
    ["送信待ち", "queued"],
    ["送信中", "sending"],
    ["送信済み", "sent"],
    ["送信停止", "suppressed"],
    ["送信失敗", "failed"],
  ] as const) {
    await expect(page.getByText(`${label} ${stored.counts[key]}`, { exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-sent");

  // Each alumnus got it in their own language.
  const ja = await waitForMail(admin, (m) => m.to === leavers[0]!.privateEmail && m.subject.includes(String(stamp)), 30_000);
  expect(ja.subject).toBe(`【株式会社さくらテクノロジー】${subjectJa}`);
  expect(ja.text).toContain("渋谷オフィスでアルムナイ交流会");
  const en = await waitForMail(admin, (m) => m.to === leavers[1]!.privateEmail && m.subject.includes(String(stamp)), 30_000);
  expect(en.subject).toContain(subjectEn);
  expect(en.subject).not.toContain("アルムナイ交流会");
  expect(en.text).toContain("Join us at our Shibuya office");

  // The list shows it with its delivery summary.
  await page.getByRole("link", { name: "お知らせ一覧に戻る" }).first().click();
  const row = page.getByRole("table", { name: "お知らせの一覧" }).getByRole("row").filter({ hasText: subjectJa });
  await expect(row.getByText(`${stored.counts.sent} / ${recipients} 件送信済み`)).toBeVisible();
  await expect(row.getByText("会社からのお知らせ")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-announcements");

  // The delivery page lists every message, filterable by status.
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "メール配信状況", exact: true }).click();
  await expect(page.getByRole("heading", { name: "メール配信状況", exact: true })).toBeVisible();
  const deliveries = page.getByRole("table", { name: "メールの配信状況" });
  for (const [leaver, subject] of [
    [leavers[0]!, subjectJa],
    [leavers[1]!, subjectEn],
  ] as const) {
    const message = deliveries.getByRole("row").filter({ hasText: leaver.privateEmail }).filter({ hasText: subject });
    await expect(message.getByText("会社からのお知らせ")).toBeVisible();
    await expect(message.getByText(/^(送信待ち|送信中|送信済み)$/)).toBeVisible();
  }
  await expectAccessible(page);
  await screenshot(page, "admin-mail-deliveries");
  await page
    .locator("label")
    .filter({ hasText: /^送信失敗$/ })
    .click();
  await expect(page).toHaveURL(/status=failed/);
  await expect(page.getByRole("radio", { name: "送信失敗" })).toBeChecked();
  await expect(deliveries.getByText(subjectJa)).toHaveCount(0);
  await page
    .locator("label")
    .filter({ hasText: /^すべて$/ })
    .click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(deliveries.getByText(subjectJa).first()).toBeVisible();

  // The announcement page in English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Announcements", exact: true }).click();
  await page.getByRole("link", { name: subjectEn }).click();
  await expect(page.getByRole("heading", { name: subjectEn, level: 1 })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-announcement-sent-en");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await admin.dispose();
  await anonymous.dispose();
});
