import { createHmac } from "node:crypto";
import { safeEqual } from "../security/tokens";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secret: string, outboxId: string): string {
  return createHmac("sha256", secret).update(`open:${outboxId}`).digest("base64url");
}

/** `<outboxId>.<HMAC>`: names one message, nothing personal; a different key use than unsubscribe tokens. */
export function openToken(secret: string, outboxId: string): string {
  return `${outboxId}.${signature(secret, outboxId)}`;
}

export function verifyOpenToken(secret: string, token: string): string | null {
  const [outboxId, mac, ...rest] = token.split(".");
  if (!outboxId || !mac || rest.length || !UUID.test(outboxId)) return null;
  return safeEqual(mac, signature(secret, outboxId)) ? outboxId : null;
}

export const openPixelUrlFor = (baseUrl: string, token: string) => `${baseUrl}/api/public/mail/open/${token}.gif`;

/** The 1×1 image, placed just before `</body>` so it loads last and shows nothing. */
export function withOpenPixel(html: string, url: string): string {
  const img = `<img src="${url}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">`;
  return /<\/body>/i.test(html) ? html.replace(/<\/body>/i, `${img}</body>`) : `${html}${img}`;
}
