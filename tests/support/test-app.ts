import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../src/server/app";
import { bootstrap } from "../../src/server/boot";
import { apiKeys } from "../../src/server/db/schema/auth";
import { readEnv } from "../../src/server/env";
import * as account from "../../src/server/features/account/account.service";
import * as members from "../../src/server/features/members/members.service";
import * as tenancy from "../../src/server/features/tenancy/tenancy.service";
import { newApiKey } from "../../src/server/platform/auth/api-key-secret";
import type { AppConfig, AppDeps, TenantRef } from "../../src/server/platform/context";
import { createLogger } from "../../src/server/platform/logger";
import { hashPassword } from "../../src/server/platform/security/passwords";
import type { Role } from "../../src/shared/roles";
import { createTestDatabase, type TestDatabase } from "./test-database";

export const ORIGIN = "http://okaeri.test";
export const PASSWORD = "correct-horse-battery-staple";
let passwordHash: Promise<string> | null = null;

export interface TestMember {
  userId: string;
  membershipId: string;
  email: string;
  role: Role;
  tenant: TenantRef;
}

export interface TestApp {
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  testDb: TestDatabase;
  /** A request as a browser on our origin would send it. */
  request(path: string, init?: RequestInit & { json?: unknown; cookie?: string; bearer?: string; ip?: string }): Promise<Response>;
  tenant(input?: { mfaRequiredForStaff?: boolean }): Promise<TenantRef>;
  member(tenant: TenantRef, role: Role, input?: { email?: string; locale?: "ja" | "en" }): Promise<TestMember>;
  signIn(email: string, password?: string): Promise<string>;
  as(tenant: TenantRef, role: Role): Promise<{ member: TestMember; cookie: string }>;
  apiKey(tenant: TenantRef, role: Role): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(options: { smtpUrl?: string; runWorker?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const testDb = await createTestDatabase();
  const env = readEnv({ OKAERI_LOG_LEVEL: "error", OKAERI_DEMO: "0", ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}) });
  const config = {
    authSecret: randomBytes(32).toString("base64url"),
    publicUrl: ORIGIN,
    smtpEnabled: Boolean(options.smtpUrl),
    secureCookies: false,
    uploadsDir: mkdtempSync(join(tmpdir(), "okaeri-uploads-")),
    // Tests run webhook receivers on 127.0.0.1 and do not wait for backoff.
    webhooks: { allowPrivateTargets: true, retryDelaySeconds: 0 },
    ...options.config,
  };
  const deps = await bootstrap({
    env,
    database: testDb.database,
    config,
    logger: createLogger("error"),
    runWorker: options.runWorker ?? false,
    pollingIntervalSeconds: 0.5,
  });
  const app = createApp(deps);
  const db = deps.database.db;

  const request: TestApp["request"] = (path, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.json !== undefined) headers.set("content-type", "application/json");
    if (init.cookie) headers.set("cookie", init.cookie);
    if (init.bearer) headers.set("authorization", `Bearer ${init.bearer}`);
    if (!headers.has("origin")) headers.set("origin", ORIGIN);
    headers.set("x-forwarded-for", init.ip ?? "203.0.113.10");
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    return Promise.resolve(app.request(`${ORIGIN}${path}`, { ...init, headers, body }));
  };

  const self: TestApp = {
    deps,
    app,
    testDb,
    request,
    async tenant(input = {}) {
      const slug = `t-${randomBytes(4).toString("hex")}`;
      return tenancy.createTenant(db, { requestId: "test" }, { slug, name: `テスト株式会社 ${slug}`, mfaRequiredForStaff: input.mfaRequiredForStaff ?? false });
    },
    async member(tenant, role, input = {}) {
      passwordHash ??= hashPassword(PASSWORD);
      const email = input.email ?? `${role}-${randomBytes(4).toString("hex")}@example.test`;
      const user =
        (await account.findUserByEmail(db, email)) ??
        (await account.createUser(db, { email, name: `${role} テスト`, passwordHash: await passwordHash, locale: input.locale ?? "ja" }));
      const membershipId = await members.addMember(db, { tenantId: tenant.id, userId: user.id, role });
      return { userId: user.id, membershipId, email, role, tenant };
    },
    async signIn(email, password = PASSWORD) {
      const res = await request("/api/auth/sign-in", { method: "POST", json: { email, password } });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.get("set-cookie")?.split(";")[0];
      if (!cookie) throw new Error("no session cookie");
      return cookie;
    },
    async as(tenant, role) {
      const member = await self.member(tenant, role);
      return { member, cookie: await self.signIn(member.email) };
    },
    async apiKey(tenant, role) {
      const secret = newApiKey(config.authSecret);
      await db.insert(apiKeys).values({ tenantId: tenant.id, name: `test ${role}`, role, prefix: secret.prefix, keyHash: secret.hash });
      return secret.key;
    },
    async close() {
      await deps.jobs.stop().catch(() => {});
      await testDb.drop();
    },
  };
  return self;
}
