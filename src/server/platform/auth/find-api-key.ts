import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Role } from "../../../shared/roles";
import type { Db } from "../../db/client";
import { apiKeys } from "../../db/schema/auth";
import { tenants } from "../../db/schema/tenancy";
import type { TenantRef } from "../context";
import { hashApiKey } from "./api-key-secret";

export async function findApiKey(db: Db, secret: string, key: string): Promise<{ apiKeyId: string; role: Role; tenant: TenantRef } | null> {
  const [row] = await db
    .select({
      id: apiKeys.id,
      role: apiKeys.role,
      tenantId: tenants.id,
      slug: tenants.slug,
      name: tenants.name,
      mfaRequiredForStaff: tenants.mfaRequiredForStaff,
    })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .where(and(eq(apiKeys.keyHash, hashApiKey(secret, key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  // Record use at most once a minute, so reads stay reads.
  await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return {
    apiKeyId: row.id,
    role: row.role as Role,
    tenant: { id: row.tenantId, slug: row.slug, name: row.name, mfaRequiredForStaff: row.mfaRequiredForStaff },
  };
}
