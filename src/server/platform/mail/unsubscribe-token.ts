import { createHmac } from "node:crypto";
import { safeEqual } from "../security/tokens";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function signature(secret: string, outboxId: string): string {
  return createHmac("sha256", secret).update(`unsubscribe:${outboxId}`).digest("base64url");
}

/** `<outboxId>.<HMAC>`: names the message it came in, so nothing personal needs to be in the link. */
export function unsubscribeToken(secret: string, outboxId: string): string {
  return `${outboxId}.${signature(secret, outboxId)}`;
}

/** The outbox id a token stands for, or null when it was not made with our secret. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
  const [outboxId, mac, ...rest] = token.split(".");
  if (!outboxId || !mac || rest.length || !UUID.test(outboxId)) return null;
  return safeEqual(mac, signature(secret, outboxId)) ? outboxId : null;
}

export const unsubscribeUrlFor = (baseUrl: string, token: string) => `${baseUrl}/api/public/unsubscribe/${token}`;
export const unsubscribePageFor = (baseUrl: string, token: string) => `${baseUrl}/unsubscribe#token=${token}`;
