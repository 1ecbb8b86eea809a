import type { Locale } from "../../shared/locales";
import type { Role } from "../../shared/roles";
import type { Database, Db } from "../db/client";
import { Forbidden } from "./errors/domain-error";
import type { JobQueue } from "./jobs/job-queue";
import type { Logger } from "./logger";

export interface AppConfig {
  authSecret: string;
  /** Base for links in emails; null means "the origin of the request". */
  publicUrl: string | null;
  /** Where this server listens; the base for links in mail written by jobs when PUBLIC_URL is unset. */
  localUrl?: string;
  smtpEnabled: boolean;
  secureCookies: boolean;
  /** Where uploaded import files wait for their job; web and worker processes must share it. */
  uploadsDir: string;
  /** Retries of a failed mail send with exponential backoff (default 5 retries from 10 s); tests shorten it. */
  mailRetry?: { limit: number; delaySeconds: number };
  /**
   * Outgoing webhooks. Private, loopback and link-local targets are refused unless `allowPrivateTargets`
   * (demo mode, tests, or OKAERI_WEBHOOKS_ALLOW_PRIVATE=1); retries back off from `retryDelaySeconds` (10).
   */
  webhooks?: { allowPrivateTargets?: boolean; retryDelaySeconds?: number };
}

export interface AppDeps {
  database: Database;
  config: AppConfig;
  jobs: JobQueue;
  logger: Logger;
}

export interface TenantRef {
  id: string;
  slug: string;
  name: string;
  mfaRequiredForStaff: boolean;
}

export type Actor =
  | { kind: "member"; role: Role; userId: string; membershipId: string; sessionHash: string }
  | { kind: "apiKey"; role: Role; apiKeyId: string }
  | { kind: "system"; role: "admin" };

/** What every service verb receives: who asks, for which tenant, in which language. */
export interface RequestContext {
  deps: AppDeps;
  db: Db;
  requestId: string;
  locale: Locale;
  baseUrl: string;
  clientIp: string;
}

export interface UserRef {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  mfaEnabled: boolean;
  memberships: { membershipId: string; role: Role; tenantId: string; tenantSlug: string; tenantName: string }[];
}

export interface TenantContext extends RequestContext {
  tenant: TenantRef;
  actor: Actor;
  /** The signed-in person, as read with the session (absent for API keys and the system). */
  user?: UserRef;
}

export function actorId(actor: Actor): string | null {
  if (actor.kind === "member") return actor.userId;
  if (actor.kind === "apiKey") return actor.apiKeyId;
  return null;
}

/** The signed-in person behind a request: routes about "me" refuse API keys and the system, which are nobody. */
export function personOf(ctx: { actor: Actor }, code = "needs_person"): Extract<Actor, { kind: "member" }> {
  if (ctx.actor.kind !== "member") throw Forbidden(code);
  return ctx.actor;
}
