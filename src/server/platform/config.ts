import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { type Env, isDemoMode } from "../env";
import type { AppConfig } from "./context";
import { newToken } from "./security/tokens";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const PLACEHOLDERS = /^(changeme|secret|password|test|example|okaeri)/i;

function assertStrongSecret(secret: string): void {
  if (secret.length < 32 || new Set(secret).size < 12 || PLACEHOLDERS.test(secret)) {
    throw new ConfigError(
      "AUTH_SECRET is too weak: use at least 32 random characters, e.g. the output of\n" +
        "  node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\"",
    );
  }
}

/** Demo mode keeps a generated secret beside the embedded database, so sessions survive restarts. */
function demoSecret(dataDir: string): string {
  const file = join(resolve(dataDir), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(resolve(dataDir), { recursive: true });
  const secret = newToken(32);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function resolveConfig(env: Env): AppConfig {
  if (env.OKAERI_ROLE !== "all" && !env.DATABASE_URL) {
    throw new ConfigError(
      `OKAERI_ROLE=${env.OKAERI_ROLE} splits Okaeri into web and worker processes, which must share PostgreSQL.\n` +
        "Set DATABASE_URL=postgres://…, or leave OKAERI_ROLE unset to run both halves in one process on the embedded database.",
    );
  }
  let authSecret = env.AUTH_SECRET;
  if (authSecret) assertStrongSecret(authSecret);
  else if (isDemoMode(env)) authSecret = demoSecret(env.OKAERI_DATA_DIR);
  else {
    throw new ConfigError(
      "AUTH_SECRET is required outside demo mode (it signs sessions and protects stored tokens).\n" +
        "Set AUTH_SECRET to at least 32 random characters and start again.",
    );
  }
  return {
    authSecret,
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, "") ?? null,
    localUrl: `http://localhost:${env.PORT}`,
    smtpEnabled: Boolean(env.SMTP_URL),
    secureCookies: env.PUBLIC_URL?.startsWith("https://") ?? false,
    uploadsDir: join(resolve(env.OKAERI_DATA_DIR), "uploads"),
    // A receiver on this machine or its network is normal when trying Okaeri out; on a shared server it is SSRF.
    webhooks: { allowPrivateTargets: env.OKAERI_WEBHOOKS_ALLOW_PRIVATE ?? (isDemoMode(env) || env.NODE_ENV === "test") },
  };
}
