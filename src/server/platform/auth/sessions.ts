import { and, eq, gt, lt, ne } from "drizzle-orm";
import type { Locale } from "../../../shared/locales";
import type { Role } from "../../../shared/roles";
import type { Db } from "../../db/client";
import { sessions } from "../../db/schema/auth";
import { memberships, tenants, users } from "../../db/schema/tenancy";
import { hashToken, newToken } from "../security/tokens";

export const SESSION_COOKIE = "okaeri_session";
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface SessionRecord {
  sessionHash: string;
  mfaPending: boolean;
  userId: string;
  userLocale: Locale;
  totpEnabled: boolean;
  membershipId: string;
  role: Role;
  tenant: { id: string; slug: string; name: string; mfaRequiredForStaff: boolean };
}

export async function createSession(
  db: Db,
  secret: string,
  input: { userId: string; tenantId: string; mfaPending: boolean },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sessions).values({ idHash: hashToken(secret, token), ...input, expiresAt });
  return { token, expiresAt };
}

/** One query: the session, its user, and the active membership in the session's tenant. */
export async function findSession(db: Db, secret: string, token: string): Promise<SessionRecord | null> {
  const [row] = await db
    .select({
      sessionHash: sessions.idHash,
      mfaPending: sessions.mfaPending,
      userId: users.id,
      userLocale: users.locale,
      totpEnabled: users.totpEnabled,
      membershipId: memberships.id,
      role: memberships.role,
      tenantId: tenants.id,
      tenantSlug: tenants.slug,
      tenantName: tenants.name,
      mfaRequiredForStaff: tenants.mfaRequiredForStaff,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(memberships, and(eq(memberships.userId, sessions.userId), eq(memberships.tenantId, sessions.tenantId)))
    .innerJoin(tenants, eq(tenants.id, sessions.tenantId))
    .where(and(eq(sessions.idHash, hashToken(secret, token)), gt(sessions.expiresAt, new Date()), eq(memberships.status, "active")))
    .limit(1);
  if (!row) return null;
  return {
    sessionHash: row.sessionHash,
    mfaPending: row.mfaPending,
    userId: row.userId,
    userLocale: row.userLocale as Locale,
    totpEnabled: row.totpEnabled,
    membershipId: row.membershipId,
    role: row.role as Role,
    tenant: { id: row.tenantId, slug: row.tenantSlug, name: row.tenantName, mfaRequiredForStaff: row.mfaRequiredForStaff },
  };
}

export async function completeMfa(db: Db, sessionHash: string): Promise<void> {
  await db.update(sessions).set({ mfaPending: false }).where(eq(sessions.idHash, sessionHash));
}

export async function switchSessionTenant(db: Db, sessionHash: string, tenantId: string): Promise<void> {
  await db.update(sessions).set({ tenantId }).where(eq(sessions.idHash, sessionHash));
}

export async function deleteSession(db: Db, secret: string, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(secret, token)));
}

/** Ends a user's sessions in one tenant (disabled member), or everywhere (password reset), but `keep`. */
export async function deleteSessionsOf(db: Db, input: { userId: string; tenantId?: string; keep?: string }): Promise<void> {
  const conditions = [eq(sessions.userId, input.userId)];
  if (input.tenantId) conditions.push(eq(sessions.tenantId, input.tenantId));
  if (input.keep) conditions.push(ne(sessions.idHash, input.keep));
  await db.delete(sessions).where(and(...conditions));
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
