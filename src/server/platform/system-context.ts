import { randomUUID } from "node:crypto";
import { DEFAULT_LOCALE, type Locale } from "../../shared/locales";
import type { AppDeps, TenantContext, TenantRef } from "./context";

/** The context of work the system does itself: the CLI, the demo seed, scheduled jobs. */
export function systemContext(deps: AppDeps, tenant: TenantRef, locale: Locale = DEFAULT_LOCALE): TenantContext {
  return {
    deps,
    db: deps.database.db,
    requestId: `system-${randomUUID()}`,
    locale,
    baseUrl: deps.config.publicUrl ?? "http://localhost:3000",
    clientIp: "system",
    tenant,
    actor: { kind: "system", role: "admin" },
  };
}
