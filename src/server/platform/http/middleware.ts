import { randomUUID } from "node:crypto";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { type Role, STAFF_ROLES } from "../../../shared/roles";
import { findApiKey } from "../auth/find-api-key";
import { findSession, SESSION_COOKIE } from "../auth/sessions";
import type { Actor, AppDeps, TenantContext } from "../context";
import { Forbidden, Unauthenticated } from "../errors/domain-error";
import { negotiateLocale } from "../i18n/negotiate-locale";
import type { AppEnv, AuthState } from "./app-env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function clientIpOf(headers: Headers, remote: string | undefined): string {
  return remote ?? headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";
}

/** Builds the request context: request id, locale, base URL. Runs for every /api request. */
export function requestContext(deps: AppDeps, remoteAddress: (c: unknown) => string | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const requestId = c.req.header("x-request-id")?.slice(0, 64) || randomUUID();
    const url = new URL(c.req.url);
    c.set("base", {
      deps,
      db: deps.database.db,
      requestId,
      locale: negotiateLocale(c.req.header("accept-language")),
      baseUrl: deps.config.publicUrl ?? url.origin,
      clientIp: clientIpOf(c.req.raw.headers, remoteAddress(c)),
    });
    c.set("auth", null);
    c.header("X-Request-Id", requestId);
    await next();
  });
}

/** Resolves who is calling (API key or session cookie). Does not refuse anyone: routes do. */
export function resolveCaller(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const base = c.get("base");
    const bearer = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
    let auth: AuthState | null = null;
    if (bearer) {
      const key = await findApiKey(deps.database.db, deps.config.authSecret, bearer);
      if (key) {
        const actor: Actor = { kind: "apiKey", role: key.role, apiKeyId: key.apiKeyId };
        auth = { ctx: { ...base, tenant: key.tenant, actor }, session: null, mfaSetupRequired: false };
      }
    } else {
      const token = getCookie(c, SESSION_COOKIE);
      const session = token ? await findSession(deps.database, deps.config.authSecret, token) : null;
      if (session && !session.mfaPending) {
        if (!SAFE_METHODS.has(c.req.method)) assertSameOrigin(c.req.header("origin"), base.baseUrl, c.req.url);
        const actor: Actor = {
          kind: "member",
          role: session.role,
          userId: session.userId,
          membershipId: session.membershipId,
          sessionHash: session.sessionHash,
        };
        auth = {
          ctx: {
            ...base,
            locale: session.userLocale,
            tenant: session.tenant,
            actor,
            user: {
              id: session.userId,
              email: session.userEmail,
              name: session.userName,
              locale: session.userLocale,
              mfaEnabled: session.totpEnabled,
              memberships: session.memberships,
            },
          },
          session,
          mfaSetupRequired: session.tenant.mfaRequiredForStaff && STAFF_ROLES.includes(session.role) && !session.totpEnabled,
        };
      }
    }
    if (auth) c.set("base", auth.ctx);
    c.set("auth", auth);
    await next();
  });
}

/** Cookie-authenticated writes must come from our own pages (CSRF defence on top of SameSite=Lax). */
function assertSameOrigin(origin: string | undefined, baseUrl: string, requestUrl: string) {
  const allowed = new Set([new URL(baseUrl).origin, new URL(requestUrl).origin]);
  if (!origin || !allowed.has(origin)) throw Forbidden("cross_origin", "errors.cross_origin");
}

/** The per-route gate: signed in, role allowed, tenant MFA rule met. */
export function requireAccess(access: { roles: readonly Role[]; allowDuringMfaSetup?: boolean }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const auth = c.get("auth");
    if (!auth) throw Unauthenticated();
    if (!access.roles.includes(auth.ctx.actor.role as Role)) throw Forbidden();
    if (auth.mfaSetupRequired && !access.allowDuringMfaSetup) throw Forbidden("mfa_setup_required", "errors.mfa_setup_required");
    c.set("ctx", auth.ctx satisfies TenantContext);
    await next();
  });
}
