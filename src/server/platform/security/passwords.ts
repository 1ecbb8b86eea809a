import { randomBytes, type ScryptOptions, scrypt } from "node:crypto";
import type { Locale } from "../../../shared/locales";
import { Invalid } from "../errors/domain-error";
import { translate } from "../i18n/messages";
import { safeEqual } from "./tokens";

const PARAMS = { N: 16384, r: 8, p: 1, keylen: 64 } as const;

function derive(password: string, salt: Buffer, params: ScryptOptions & { keylen: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, params.keylen, { ...params, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

const DUMMY_HASH = `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${"A".repeat(22)}$${"A".repeat(86)}`;

/** Verifies a password; with no stored hash it still spends the same time, so timing reveals no accounts. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const [scheme, n, r, p, salt, expected] = (stored ?? DUMMY_HASH).split("$");
  if (scheme !== "scrypt" || !salt || !expected) return false;
  const key = await derive(password, Buffer.from(salt, "base64url"), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    keylen: Buffer.from(expected, "base64url").length,
  });
  return stored != null && safeEqual(key.toString("base64url"), expected);
}

const COMMON = new Set(["password", "password123", "1234567890", "qwertyuiop", "okaeri1234", "passw0rd12", "abcdefghij"]);

export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON.has(lower) || new Set(lower).size < 5;
}

export function assertStrongPassword(locale: Locale, password: string): void {
  if (isWeakPassword(password)) {
    throw Invalid([{ path: "password", code: "weak_password", message: translate(locale, "validation.weak_password") }]);
  }
}
