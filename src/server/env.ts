import { z } from "zod";

const Bool = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const EnvSchema = z.object({
  NODE_ENV: z.string().default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  OKAERI_DATA_DIR: z.string().default("./data"),
  OKAERI_ROLE: z.enum(["web", "worker", "all"]).default("all"),
  OKAERI_DEMO: Bool.default(true),
  AUTH_SECRET: z.string().optional(),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Okaeri <no-reply@okaeri.local>"),
  OKAERI_LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  OKAERI_WEB_DIST: z.string().default("./dist/web"),
  TEST_DATABASE_URL: z.string().optional(),
  CHROMIUM_PATH: z.string().default("/usr/bin/chromium"),
  /** Lets webhooks target private and loopback addresses; on by default only in demo mode and NODE_ENV=test. */
  OKAERI_WEBHOOKS_ALLOW_PRIVATE: Bool.optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Demo mode: the embedded database with the demo seed, for trying Okaeri on one machine. */
export function isDemoMode(env: Env): boolean {
  return !env.DATABASE_URL && env.OKAERI_DEMO;
}
