import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { guardedLookup, hostOf, isPrivateAddress, PrivateAddressError } from "./webhook-target";

export const DELIVERY_TIMEOUT_MS = 10_000;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`: receivers check it and refuse old timestamps. */
export function signatureHeader(secret: string, body: string, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const signature = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

export type PostOutcome = { ok: true; status: number } | { ok: false; status: number | null; reason: string };

/**
 * POSTs one delivery. Redirects are not followed (a 3xx is a failure), the response body is read and
 * thrown away (it may hold anything), and the whole exchange has one deadline.
 */
export function postWebhook(input: {
  url: string;
  body: string;
  headers: Record<string, string>;
  allowPrivate: boolean;
  timeoutMs?: number;
}): Promise<PostOutcome> {
  const url = new URL(input.url);
  const host = hostOf(url);
  if (!input.allowPrivate && isIP(host) && isPrivateAddress(host)) return Promise.resolve({ ok: false, status: null, reason: "private_address" });
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const req = send(
      url,
      {
        method: "POST",
        agent: false,
        headers: { ...input.headers, "content-type": "application/json", "content-length": Buffer.byteLength(input.body).toString() },
        ...(input.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        res.resume();
        res.on("end", () => finish(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, reason: `HTTP ${status}` }));
        res.on("error", () => finish({ ok: false, status, reason: "response_aborted" }));
      },
    );
    const deadline = setTimeout(() => {
      finish({ ok: false, status: null, reason: "timeout" });
      req.destroy();
    }, input.timeoutMs ?? DELIVERY_TIMEOUT_MS);
    req.on("error", (error: NodeJS.ErrnoException) => {
      finish({ ok: false, status: null, reason: error instanceof PrivateAddressError ? "private_address" : (error.code ?? "network_error") });
    });
    req.end(input.body);
  });
}
