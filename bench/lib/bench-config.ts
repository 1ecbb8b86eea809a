import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AppConfig } from "../../src/server/platform/context";

/** The configuration every benchmark process gives Okaeri: no mail, no public URL, its own upload dir. */
export function benchConfig(authSecret: string): AppConfig {
  return {
    authSecret,
    publicUrl: null,
    smtpEnabled: false,
    secureCookies: false,
    uploadsDir: process.env.BENCH_UPLOADS_DIR ?? mkdtempSync(join(tmpdir(), "okaeri-bench-uploads-")),
  };
}
