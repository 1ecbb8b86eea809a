import { hashToken, newToken } from "../security/tokens";

const KEY_PREFIX = "okaeri_";

/** A new API key: the secret (shown once), a display prefix, and the hash that is stored. */
export function newApiKey(authSecret: string): { key: string; prefix: string; hash: string } {
  const key = `${KEY_PREFIX}${newToken(32)}`;
  return { key, prefix: key.slice(0, KEY_PREFIX.length + 6), hash: hashToken(authSecret, key) };
}

export function hashApiKey(authSecret: string, key: string): string {
  return hashToken(authSecret, key);
}
