import { createHmac } from "node:crypto";
import { startWebhookReceiver, type WebhookReceiver } from "../support/webhook-receiver";
import { expect, expectAccessible, loginAs, screenshot, test } from "./support/fixtures";

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver.close();
});

test("an admin adds a webhook endpoint, keeps its secret, sends a signed test event and disables it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await loginAs(page, "admin");
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "Webhook", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/webhooks$/);
  await expect(page.getByRole("heading", { name: "Webhook", exact: true })).toBeVisible();
  await expect(page.getByText("Webhook の送信先はまだありません")).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-webhooks-empty");

  // Add an endpoint that points at a receiver on this machine (demo mode allows private targets).
  await page.getByRole("button", { name: "送信先を追加" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Webhook の送信先を追加" });
  await dialog.getByRole("button", { name: "送信先を追加" }).click();
  await expect(dialog.getByText("通知するイベントを 1 つ以上選択してください。")).toBeVisible();
  await dialog.getByRole("textbox", { name: "送信先 URL" }).fill(`${receiver.url}/okaeri/hooks`);
  await dialog.getByRole("textbox", { name: "説明" }).fill("人事システム連携");
  await dialog.getByRole("checkbox", { name: "卒業生が登録した" }).check();
  await dialog.getByRole("checkbox", { name: "退職者が登録を完了した" }).check();
  await dialog.getByRole("button", { name: "送信先を追加" }).click();

  // The signing secret is shown once, and the copy button puts it on the clipboard.
  const secretDialog = page.getByRole("dialog", { name: "送信先を追加しました" });
  await expect(secretDialog.getByText("このシークレットは今回だけ表示されます")).toBeVisible();
  const secret = ((await secretDialog.getByTestId("webhook-secret").textContent()) ?? "").trim();
  expect(secret).toMatch(/^whsec_\S{20,}$/);
  await secretDialog.getByRole("button", { name: "シークレットをコピー" }).click();
  await expect(secretDialog.getByRole("button", { name: "コピーしました" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await expectAccessible(page);
  await screenshot(page, "admin-webhook-secret");
  await secretDialog.getByRole("button", { name: "保存しました" }).click();
  await expect(secretDialog).toBeHidden();

  const table = page.getByRole("table", { name: "Webhook の送信先" });
  const row = table.getByRole("row").filter({ hasText: "人事システム連携" });
  await expect(row.getByText("有効", { exact: true })).toBeVisible();
  await expect(row.getByText("alumnus.registered")).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, "admin-webhooks");

  // Send a test event and watch it arrive, signed with that secret.
  await row.getByRole("link", { name: `${receiver.url}/okaeri/hooks` }).click();
  await expect(page.getByRole("heading", { name: "人事システム連携", level: 1 })).toBeVisible();
  await expect(page.getByText("まだ配信はありません")).toBeVisible();
  await page.getByRole("button", { name: "テスト送信" }).click();
  const log = page.getByRole("table", { name: "配信履歴" });
  await expect(log.getByText("配信済み")).toBeVisible({ timeout: 20_000 });
  await expect(log.getByText("HTTP 200")).toBeVisible();

  const request = (await receiver.waitFor(1))[0]!;
  expect(receiver.received).toHaveLength(1);
  expect(request.path).toBe("/okaeri/hooks");
  expect(request.headers["content-type"]).toBe("application/json");
  expect(request.headers["okaeri-event"]).toBe("ping");
  const signature = String(request.headers["okaeri-signature"]);
  const [, timestamp, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature) ?? [];
  expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(300);
  expect(v1).toBe(createHmac("sha256", secret).update(`${timestamp}.${request.body}`).digest("hex"));
  const payload = JSON.parse(request.body);
  expect(payload).toMatchObject({ type: "ping", data: { endpointId: expect.any(String) } });
  expect(page.url()).toContain(payload.data.endpointId);
  await expect(log.getByText(String(request.headers["okaeri-delivery"]).slice(0, 8))).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "admin-webhook-deliveries");

  // Disabling asks first, then stops sending.
  await page.getByRole("button", { name: "無効にする" }).click();
  const confirm = page.getByRole("dialog", { name: "送信先を無効にしますか？" });
  await expect(confirm.getByText("無効の間に起きたイベントは、後から有効にしても送られません。")).toBeVisible();
  await confirm.getByRole("button", { name: "キャンセル" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("有効", { exact: true })).toBeVisible();
  await page.getByRole("main").getByRole("button", { name: "無効にする" }).click();
  await confirm.getByRole("button", { name: "無効にする" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText("無効", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "テスト送信" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "有効にする" })).toBeVisible();
  const stored = await (await page.request.get(`/api/v1/webhooks/endpoints/${payload.data.endpointId}`)).json();
  expect(stored).toMatchObject({ active: false, description: "人事システム連携" });

  // The same page in English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("table", { name: "Delivery log" }).getByRole("cell", { name: "Delivered", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send test event" })).toBeDisabled();
  await expectAccessible(page);
  await screenshot(page, "admin-webhook-deliveries-en");
  await page.getByRole("button", { name: "日本語" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});

test("HR does not get the webhook console, and the server refuses it too", async ({ page }) => {
  await loginAs(page, "hr");
  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "メインメニュー" });
  await expect(nav.getByRole("link", { name: "お知らせ配信", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Webhook", exact: true })).toHaveCount(0);
  await page.goto("/admin/webhooks");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Webhook", exact: true })).toHaveCount(0);
  expect((await page.request.get("/api/v1/webhooks/endpoints")).status()).toBe(403);
  const created = await page.request.post("/api/v1/webhooks/endpoints", {
    data: { url: `${receiver.url}/hr`, events: ["alumnus.registered"] },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(403);
});
