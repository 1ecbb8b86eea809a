import type { ApiKey, ApiKeyList, CreateApiKeyInput, CreatedApiKey } from "../../../shared/contracts/api-keys";
import type { Role } from "../../../shared/roles";
import { recordAudit } from "../../platform/audit/audit";
import { newApiKey } from "../../platform/auth/api-key-secret";
import { actorId, type TenantContext } from "../../platform/context";
import { NotFound } from "../../platform/errors/domain-error";
import * as repo from "./api-keys.repo";

function toApiKey(row: repo.ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiKeys({ ctx }: { ctx: TenantContext }): Promise<ApiKeyList> {
  return { items: (await repo.listApiKeys(ctx.db, ctx.tenant.id)).map(toApiKey) };
}

/** The secret is returned once and stored only as a keyed hash. */
export async function createApiKey({ ctx, input }: { ctx: TenantContext; input: CreateApiKeyInput }): Promise<CreatedApiKey> {
  const secret = newApiKey(ctx.deps.config.authSecret);
  return ctx.db.transaction(async (tx) => {
    const row = await repo.insertApiKey(tx, {
      tenantId: ctx.tenant.id,
      name: input.name,
      role: input.role,
      prefix: secret.prefix,
      keyHash: secret.hash,
      createdBy: actorId(ctx.actor),
    });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "api_key.created",
      targetType: "api_key",
      targetId: row.id,
      requestId: ctx.requestId,
      meta: { role: input.role },
    });
    return { ...toApiKey(row), key: secret.key };
  });
}

export async function revokeApiKey({ ctx, id }: { ctx: TenantContext; id: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await repo.findApiKeyById(tx, ctx.tenant.id, id);
    if (!row) throw NotFound();
    if (row.revokedAt) return;
    await repo.revokeApiKey(tx, ctx.tenant.id, id);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "api_key.revoked",
      targetType: "api_key",
      targetId: id,
      requestId: ctx.requestId,
    });
  });
}
