/** Server messages of one product area, merged into the catalog by messages.ts. */
export const ja = {
  "webhooks.url.invalid_url": "URL の形式が正しくありません（例：https://hr.example.co.jp/okaeri/webhooks）。",
  "webhooks.url.unsupported_scheme": "https:// または http:// で始まる URL を入力してください。",
  "webhooks.url.credentials_in_url": "URL にユーザー名やパスワードを含めることはできません。受信側では署名（Okaeri-Signature）で送信元を確認してください。",
  "webhooks.url.private_address":
    "社内ネットワークやループバックのアドレス（localhost、10.x.x.x、192.168.x.x など）には送信できません。インターネットから到達できる URL を指定してください。",
  "webhooks.events_required": "通知するイベントを 1 つ以上選択してください。",
  "errors.webhook_endpoint_limit": "Webhook の送信先は 1 社あたり 20 件までです。使っていない送信先を削除してから追加してください。",
  "errors.webhook_endpoint_disabled": "この送信先は無効になっています。有効にしてからテスト送信してください。",
  "errors.webhook_delivery_in_progress": "この配信はまだ処理中です。完了または失敗してから再送してください。",
} as const;

export const en: Record<keyof typeof ja, string> = {
  "webhooks.url.invalid_url": "This is not a valid URL (for example https://hr.example.com/okaeri/webhooks).",
  "webhooks.url.unsupported_scheme": "Enter a URL that starts with https:// or http://.",
  "webhooks.url.credentials_in_url": "A URL may not contain a user name or password. Receivers verify the sender by the Okaeri-Signature header.",
  "webhooks.url.private_address":
    "Webhooks cannot be sent to private or loopback addresses (localhost, 10.x.x.x, 192.168.x.x and the like). Use a URL that is reachable from the internet.",
  "webhooks.events_required": "Choose at least one event.",
  "errors.webhook_endpoint_limit": "A company can have up to 20 webhook endpoints. Delete one you no longer use first.",
  "errors.webhook_endpoint_disabled": "This endpoint is disabled. Enable it before sending a test event.",
  "errors.webhook_delivery_in_progress": "This delivery is still in progress. Redeliver it once it has been delivered or has failed.",
} as const;
