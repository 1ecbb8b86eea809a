import { readFileSync } from "node:fs";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, expectAccessible, loginAs, sameOrigin, screenshot, test } from "./support/fixtures";

interface MailSummary {
  id: string;
  to: string;
  subject: string;
  template: string;
}

/** The dev mailbox (no SMTP in the e2e server), read as the admin. */
async function waitForMail(request: APIRequestContext, match: (m: MailSummary) => boolean, timeoutMs = 150_000): Promise<{ id: string; text: string }> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const page = await (await request.get("/api/v1/dev/mailbox?limit=100")).json();
    const found = (page.items as MailSummary[]).find(match);
    if (found) return (await request.get(`/api/v1/dev/mailbox/${found.id}`)).json();
    await new Promise((r) => setTimeout(r, 2000));
  }
  throw new Error("mail did not arrive");
}

const linkIn = (text: string, path: string) => {
  const url = text.match(new RegExp(`https?://\\S+${path}#token=[\\w.~-]+`))?.[0];
  if (!url) throw new Error(`no ${path} link in the mail`);
  const parsed = new URL(url);
  return parsed.pathname + parsed.hash;
};

/** Cookie-authenticated writes must name our own origin (the server's CSRF check). */

async function next(page: Page) {
  await page.getByRole("button", { name: "次へ" }).click();
}

test("a leaver receives the invitation, registers, verifies, unsubscribes from a mail and downloads their data", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const workEmail = `graduate.${stamp}@demo.okaeri.test`;
  const privateEmail = `hanako.${stamp}@private.example.test`;

  // HR opens the case through the API, as an HR system would; the dispatch sends the invitation.
  await loginAs(page, "admin");
  const created = await page.request.post("/api/v1/offboarding/cases", {
    headers: sameOrigin(),
    data: {
      familyName: "佐藤",
      givenName: "花子",
      workEmail,
      department: "プロダクト開発部",
      lastDay: "2026-12-25",
      sendAt: new Date(Date.now() - 60_000).toISOString(),
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const invitation = await waitForMail(page.request, (m) => m.to === workEmail);
  const invitationLink = linkIn(invitation.text, "/graduation");
  await page.goto("/dev/mailbox");
  await page.getByText(workEmail).first().click();
  await screenshot(page, "graduation-01-invitation-mail");

  // The leaver opens the link: the privacy notice comes first.
  const leaverContext = await browser.newContext({ locale: "ja-JP", acceptDownloads: true });
  const leaver = await leaverContext.newPage();
  await leaver.goto(invitationLink);
  await expect(leaver.getByRole("heading", { name: "佐藤 花子 さん、ご卒業おめでとうございます" })).toBeVisible();
  await expect(leaver.getByRole("region", { name: "プライバシーポリシー本文" })).toContainText("株式会社さくらテクノロジー");
  await screenshot(leaver, "graduation-02-privacy-notice");
  await expectAccessible(leaver);
  await expect(leaver.getByRole("button", { name: "確認して進む" })).toBeDisabled();
  await leaver.getByLabel("プライバシーポリシーを読み、内容を確認しました").check();
  await leaver.getByRole("button", { name: "確認して進む" }).click();

  // Account.
  await leaver.getByLabel("個人のメールアドレス").fill(privateEmail);
  await leaver.getByLabel("パスワード", { exact: true }).fill("sakura-no-hana-2026");
  await leaver.getByLabel("パスワード（確認）").fill("sakura-no-hana-2026");
  await screenshot(leaver, "graduation-03-account");
  await next(leaver);

  // Consents: separate and unticked.
  const news = leaver.getByRole("switch", { name: /会社からのお知らせ/ });
  await expect(news).not.toBeChecked();
  for (const name of [
    /イベントのご案内/,
    /コミュニティの新着まとめ/,
    /求人・再入社のご案内/,
    /知人紹介（リファラル）のお願い/,
    /ほかのアルムナイへのプロフィール公開/,
  ]) {
    await expect(leaver.getByRole("switch", { name })).not.toBeChecked();
  }
  await news.check({ force: true });
  await leaver.getByRole("switch", { name: /イベントのご案内/ }).check({ force: true });
  await screenshot(leaver, "graduation-04-consents");
  await expectAccessible(leaver);
  await next(leaver);

  // Exit survey.
  await leaver.getByLabel("キャリアアップ・成長のため").check();
  await leaver.getByLabel("転居・家庭の事情").check();
  await leaver.getByText("条件しだいで").click();
  await leaver.getByLabel("どのような条件なら戻りたいと思いますか").fill("リモート勤務ができれば");
  await screenshot(leaver, "graduation-05-survey");
  await next(leaver);

  // Profile.
  await leaver.getByRole("combobox", { name: "スキル" }).fill("TypeScript");
  await leaver.getByRole("combobox", { name: "スキル" }).press("Enter");
  await leaver.getByLabel("次の勤務先").fill("株式会社つぎのみち");
  await next(leaver);

  // Review and submit.
  await expect(leaver.getByText(privateEmail)).toBeVisible();
  await expect(leaver.getByText("会社からのお知らせ、イベントのご案内")).toBeVisible();
  await screenshot(leaver, "graduation-06-review");
  await expectAccessible(leaver);
  await leaver.getByRole("button", { name: "この内容で登録する" }).click();
  await expect(leaver).toHaveURL(/\/alumni$/);
  await expect(leaver.getByRole("heading", { name: "おかえりなさい、佐藤 花子 さん" })).toBeVisible();
  await expect(leaver.getByText("メールアドレスの確認をお願いします")).toBeVisible();
  await screenshot(leaver, "graduation-07-portal-home");
  await expectAccessible(leaver);

  // The verification mail; the second opening is kind, not an error.
  const verification = await waitForMail(page.request, (m) => m.to === privateEmail && m.template === "verify_email", 30_000);
  expect(verification.text).toContain("佐藤 花子 様");
  const verifyLink = linkIn(verification.text, "/verify-email");
  await leaver.goto(verifyLink);
  await expect(leaver.getByRole("heading", { name: "メールアドレスを確認しました" })).toBeVisible();
  await screenshot(leaver, "graduation-08-email-verified");
  await leaver.goto("/alumni");
  await leaver.goto(verifyLink);
  await expect(leaver.getByRole("heading", { name: "すでに確認済みです" })).toBeVisible();
  await leaver.goto("/alumni");
  await expect(leaver.getByText("メールアドレスの確認をお願いします")).toBeHidden();

  // HR sends an announcement; its footer link unsubscribes in one click.
  const sent = await page.request.post("/api/v1/announcements", {
    headers: sameOrigin(),
    data: {
      purpose: "company_news",
      subjectJa: "年末のご挨拶",
      bodyJa: "本年も大変お世話になりました。",
      subjectEn: "Season's greetings",
      bodyEn: "Thank you for this year.",
    },
  });
  expect(sent.status(), await sent.text()).toBeLessThan(300);
  const announcement = await waitForMail(page.request, (m) => m.to === privateEmail && m.subject.includes("年末のご挨拶"), 60_000);
  await leaver.goto(linkIn(announcement.text, "/unsubscribe"));
  await leaver.getByRole("button", { name: "配信を停止する" }).click();
  await expect(leaver.getByRole("heading", { name: "配信を停止しました" })).toBeVisible();
  await screenshot(leaver, "graduation-09-unsubscribed");

  await leaver.goto("/alumni/consents");
  await expect(leaver.getByRole("switch", { name: /会社からのお知らせ/ })).not.toBeChecked();
  await expect(leaver.getByRole("switch", { name: /イベントのご案内/ })).toBeChecked();
  await expect(leaver.getByRole("region", { name: "変更の履歴" }).getByText("配信停止リンク")).toBeVisible();
  await screenshot(leaver, "graduation-10-consents");
  await expectAccessible(leaver);

  // Download everything Okaeri holds.
  await leaver.goto("/alumni/data");
  await screenshot(leaver, "graduation-11-my-data");
  await expectAccessible(leaver);
  const [download] = await Promise.all([leaver.waitForEvent("download"), leaver.getByRole("button", { name: "JSON でダウンロード" }).click()]);
  const data = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
  expect(data.account.email).toBe(privateEmail);
  expect(data.directoryRecord).toMatchObject({ familyName: "佐藤", givenName: "花子", workEmail, currentEmployer: "株式会社つぎのみち" });
  expect(data.exitSurveys[0].wouldBringBack).toBe("リモート勤務ができれば");
  expect(data.consentHistory.some((e: { source: string }) => e.source === "unsubscribe")).toBe(true);

  // The same link, used again, says so kindly.
  await leaver.goto(invitationLink);
  await expect(leaver.getByRole("heading", { name: "すでにご登録いただいています" })).toBeVisible();
  await leaverContext.close();
});

test("an unusable graduation link shows a friendly page, not a crash", async ({ page }) => {
  await page.goto("/graduation#token=this-token-does-not-exist-at-all-000000000");
  await expect(page.getByRole("heading", { name: "このリンクは使えません" })).toBeVisible();
  await screenshot(page, "graduation-invalid-link");
  await expectAccessible(page);
});
