import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { apiKeys } from "../../db/schema/auth";

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export async function listApiKeys(db: Db, tenantId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.tenantId, tenantId)).orderBy(desc(apiKeys.createdAt)).limit(500);
}

export async function insertApiKey(
  db: Db,
  values: { tenantId: string; name: string; role: string; prefix: string; keyHash: string; createdBy: string | null },
): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  if (!row) throw new Error("insert api key returned nothing");
  return row;
}

export async function findApiKeyById(db: Db, tenantId: string, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id)))
    .limit(1);
  return row;
}

export async function revokeApiKey(db: Db, tenantId: string, id: string): Promise<void> {
  await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
}
