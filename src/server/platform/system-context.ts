import { randomUUID } from "node:crypto";
import { DEFAULT_LOCALE, type Locale } from "../../shared/locales";
import type { AppConfig, AppDeps, TenantContext, TenantRef } from "./context";

/** Links in mail that no request caused (jobs, the CLI, the seed). */
export function backgroundBaseUrl(config: AppConfig): string {
  return config.publicUrl ?? config.localUrl ?? "http://localhost:3000";
}

/** The context of work the system does itself: the CLI, the demo seed, scheduled jobs. */
export function systemContext(deps: AppDeps, tenant: TenantRef, locale: Locale = DEFAULT_LOCALE): TenantContext {
  return {
    deps,
    db: deps.database.db,
    requestId: `system-${randomUUID()}`,
    locale,
    baseUrl: backgroundBaseUrl(deps.config),
    clientIp: "system",
    tenant,
    actor: { kind: "system", role: "admin" },
  };
}
