import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { DEFAULT_LOCALE } from "../shared/locales";
import { registerDomainSubscribers } from "./domain-subscribers";
import { accountRoutes } from "./features/account/account.routes";
import { alumniRoutes } from "./features/alumni/alumni.routes";
import { eligibilityRoutes } from "./features/alumni/eligibility.routes";
import { alumniPortalRoutes } from "./features/alumni-portal/alumni-portal.routes";
import { announcementsRoutes, publicNewsletterOpenRoutes } from "./features/announcements/announcements.routes";
import { apiKeysRoutes } from "./features/api-keys/api-keys.routes";
import { auditRoutes } from "./features/audit/audit.routes";
import { authRoutes } from "./features/auth/auth.routes";
import { colleaguesRoutes } from "./features/colleagues/colleagues.routes";
import { communityRoutes } from "./features/community/community.routes";
import { eventsRoutes } from "./features/events/events.routes";
import { healthRoutes } from "./features/health/health.routes";
import { importRoutes } from "./features/imports/imports.routes";
import { invitationsRoutes, publicInvitationRoutes } from "./features/invitations/invitations.routes";
import { mailboxRoutes } from "./features/mailbox/mailbox.routes";
import { markdownRoutes } from "./features/markdown/markdown.routes";
import { membersRoutes } from "./features/members/members.routes";
import { notificationsRoutes } from "./features/notifications/notifications.routes";
import { offboardingRoutes, publicGraduationRoutes } from "./features/offboarding/offboarding.routes";
import { pipelineRoutes } from "./features/pipeline/pipeline.routes";
import { positionsRoutes } from "./features/positions/positions.routes";
import { privacyRoutes } from "./features/privacy/privacy.routes";
import { privacyNoticesRoutes } from "./features/privacy-notices/privacy-notices.routes";
import { publicReferralRoutes, referralsRoutes } from "./features/referrals/referrals.routes";
import { publicRegistrationRoutes } from "./features/registration/registration.routes";
import { talksRoutes } from "./features/talks/talks.routes";
import { tenancyRoutes } from "./features/tenancy/tenancy.routes";
import { publicUnsubscribeRoutes } from "./features/unsubscribe/unsubscribe.routes";
import { visitsRoutes } from "./features/visits/visits.routes";
import { webhooksRoutes } from "./features/webhooks/webhooks.routes";
import type { AppDeps } from "./platform/context";
import { DomainError } from "./platform/errors/domain-error";
import { docsRoutes } from "./platform/http/docs";
import { requestContext, resolveCaller } from "./platform/http/middleware";
import { internalProblem, problemResponse } from "./platform/http/problem";
import { newRouter } from "./platform/http/router";

function remoteAddress(c: unknown): string | undefined {
  try {
    return getConnInfo(c as Context).remote.address;
  } catch {
    return undefined;
  }
}

export function apiV1() {
  return newRouter()
    .route("/", accountRoutes())
    .route("/", privacyNoticesRoutes())
    .route("/", privacyRoutes())
    .route("/", membersRoutes())
    .route("/", invitationsRoutes())
    .route("/", apiKeysRoutes())
    .route("/", auditRoutes())
    .route("/", tenancyRoutes())
    .route("/", mailboxRoutes())
    .route("/", announcementsRoutes())
    .route("/", importRoutes())
    .route("/", offboardingRoutes())
    .route("/", alumniRoutes())
    .route("/", eligibilityRoutes())
    .route("/", webhooksRoutes())
    .route("/", alumniPortalRoutes())
    .route("/", markdownRoutes())
    .route("/", notificationsRoutes())
    .route("/", communityRoutes())
    .route("/", visitsRoutes())
    .route("/", pipelineRoutes())
    .route("/", talksRoutes())
    .route("/", eventsRoutes())
    .route("/", positionsRoutes())
    .route("/", referralsRoutes())
    .route("/", colleaguesRoutes());
}

export function createApp(deps: AppDeps, options: { webDist?: string } = {}) {
  registerDomainSubscribers();
  const app = newRouter();
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "no-referrer",
      strictTransportSecurity: deps.config.secureCookies ? "max-age=31536000; includeSubDomains" : false,
    }),
  );
  app.use("/api/*", requestContext(deps, remoteAddress));
  app.use("/api/v1/*", resolveCaller(deps));
  app.route("/api/v1", apiV1());
  app.route("/api/auth", authRoutes());
  app.route("/api/auth", publicInvitationRoutes());
  app.route("/api/public", publicGraduationRoutes());
  app.route("/api/public", publicRegistrationRoutes());
  app.route("/api/public", publicReferralRoutes());
  app.route("/api/public", publicUnsubscribeRoutes());
  app.route("/api/public", publicNewsletterOpenRoutes());
  app.route("/api", healthRoutes(deps));
  app.openAPIRegistry.registerComponent("securitySchemes", "session", { type: "apiKey", in: "cookie", name: "okaeri_session" });
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key created in the HR console or with the CLI",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Okaeri API", version: "1.0.0", description: "Alumni and referral recruitment. Errors are application/problem+json." },
    servers: [{ url: deps.config.publicUrl ?? "/" }],
  });
  app.route("/api/docs", docsRoutes());

  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const index = path.startsWith("/api/") || path === "/api" || path.startsWith("/assets/") ? null : spaIndex?.();
    if (!index) {
      const base = c.get("base");
      return problemResponse(new DomainError(404, "not_found", "errors.not_found"), base?.locale ?? DEFAULT_LOCALE, base?.requestId ?? "-");
    }
    return c.html(index);
  });

  app.onError((error, c) => {
    const base = c.get("base");
    const locale = base?.locale ?? DEFAULT_LOCALE;
    const requestId = base?.requestId ?? "-";
    if (error instanceof DomainError) return problemResponse(error, locale, requestId);
    if (error instanceof HTTPException && error.status === 400) {
      const field = [{ path: "", code: "invalid_json", message: error.message }];
      return problemResponse(new DomainError(422, "invalid_json", "errors.invalid_json", field), locale, requestId);
    }
    // Messages of database errors can quote the values they refused (an email, a name): log codes and frames only.
    const frames = error.stack?.split("\n").slice(1, 6).join(" | ") ?? null;
    deps.logger.error("unhandled error", { requestId, name: error.name, code: (error as { code?: string }).code ?? null, frames });
    return internalProblem(locale, requestId);
  });

  const webDist = options.webDist ? resolve(options.webDist) : null;
  const spaIndex = webDist ? spaIndexReader(join(webDist, "index.html")) : null;
  if (webDist) {
    app.use("/assets/*", serveStatic({ root: webDist }));
    app.use("/favicon.svg", serveStatic({ root: webDist }));
  }
  return app;
}

/** The SPA's index.html, re-read when a rebuild replaces it (its asset names change with every build). */
function spaIndexReader(file: string): () => string | null {
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, "utf8") };
    return cached.html;
  };
}

export type AppType = ReturnType<typeof apiV1>;
export type App = ReturnType<typeof createApp>;
