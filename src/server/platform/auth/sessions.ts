import { and, eq, lt, ne } from "drizzle-orm";
import type { Locale } from "../../../shared/locales";
import type { Role } from "../../../shared/roles";
import type { Database, Db } from "../../db/client";
import { sessions } from "../../db/schema/auth";
import { hashToken, newToken } from "../security/tokens";

export const SESSION_COOKIE = "okaeri_session";
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export interface SessionRecord {
  sessionHash: string;
  mfaPending: boolean;
  userId: string;
  userEmail: string;
  userName: string;
  userLocale: Locale;
  totpEnabled: boolean;
  membershipId: string;
  role: Role;
  tenant: { id: string; slug: string; name: string; mfaRequiredForStaff: boolean };
  /** Every company where this person is an active member, for the portal's company switcher. */
  memberships: SessionMembership[];
}

export interface SessionMembership {
  membershipId: string;
  role: Role;
  tenantId: string;
  tenantSlug: string;
  tenantName: string;
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

/**
 * The session lookup runs on every authenticated request, so it is one hand-written, named
 * (server-side prepared) statement rather than a Drizzle query: see docs/decisions/0002.
 */
const FIND_SESSION_SQL = `
  select s.id_hash as "sessionHash", s.mfa_pending as "mfaPending",
         u.id as "userId", u.email as "userEmail", u.name as "userName", u.locale as "userLocale", u.totp_enabled as "totpEnabled",
         m.id as "membershipId", m.role,
         t.id as "tenantId", t.slug as "tenantSlug", t.name as "tenantName", t.mfa_required_for_staff as "mfaRequiredForStaff",
         (select coalesce(json_agg(json_build_object(
                   'membershipId', om.id, 'role', om.role, 'tenantId', ot.id, 'tenantSlug', ot.slug, 'tenantName', ot.name
                 ) order by om.created_at), '[]'::json)
            from memberships om join tenants ot on ot.id = om.tenant_id
           where om.user_id = s.user_id and om.status = 'active') as memberships
    from sessions s
    join users u on u.id = s.user_id
    join memberships m on m.user_id = s.user_id and m.tenant_id = s.tenant_id
    join tenants t on t.id = s.tenant_id
   where s.id_hash = $1 and s.expires_at > now() and m.status = 'active'
   limit 1`;

type SessionRow = Omit<SessionRecord, "tenant"> & { tenantId: string; tenantSlug: string; tenantName: string; mfaRequiredForStaff: boolean };

/** One query: the session, its user, the active membership in the session's tenant, and all their companies. */
export async function findSession(database: Pick<Database, "executeSql">, secret: string, token: string): Promise<SessionRecord | null> {
  const { rows } = await database.executeSql(FIND_SESSION_SQL, [hashToken(secret, token)], "okaeri_find_session");
  const row = rows[0] as SessionRow | undefined;
  if (!row) return null;
  const { tenantId, tenantSlug, tenantName, mfaRequiredForStaff, ...rest } = row;
  return { ...rest, tenant: { id: tenantId, slug: tenantSlug, name: tenantName, mfaRequiredForStaff } };
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
