import type { TenantSettings, UpdateTenantSettingsInput } from "../../../shared/contracts/tenant";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { RequestContext, TenantContext, TenantRef } from "../../platform/context";
import { Conflict, NotFound } from "../../platform/errors/domain-error";
import * as repo from "./tenancy.repo";

export const findTenantBySlug = repo.findTenantBySlug;

function toSettings(row: repo.TenantRow): TenantSettings {
  return { slug: row.slug, name: row.name, mfaRequiredForStaff: row.mfaRequiredForStaff, newsletterOpenTracking: row.newsletterOpenTracking };
}

export async function getSettings({ ctx }: { ctx: TenantContext }): Promise<TenantSettings> {
  const row = await repo.findTenantById(ctx.db, ctx.tenant.id);
  if (!row) throw NotFound();
  return toSettings(row);
}

export async function updateSettings({ ctx, input }: { ctx: TenantContext; input: UpdateTenantSettingsInput }): Promise<TenantSettings> {
  return ctx.db.transaction(async (tx) => {
    const row = await repo.updateTenant(tx, ctx.tenant.id, input);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "tenant.settings_updated",
      targetType: "tenant",
      targetId: ctx.tenant.id,
      requestId: ctx.requestId,
      meta: {
        fields: Object.keys(input).sort().join(","),
        ...(input.mfaRequiredForStaff === undefined ? {} : { mfaRequiredForStaff: input.mfaRequiredForStaff }),
        ...(input.newsletterOpenTracking === undefined ? {} : { newsletterOpenTracking: input.newsletterOpenTracking }),
      },
    });
    return toSettings(row);
  });
}

/** New companies require MFA for admin and HR unless told otherwise (the demo company is told). */
export async function createTenant(
  db: Db,
  ctx: Pick<RequestContext, "requestId">,
  input: { slug: string; name: string; mfaRequiredForStaff?: boolean },
): Promise<TenantRef> {
  const row = await repo.insertTenant(db, { slug: input.slug, name: input.name, mfaRequiredForStaff: input.mfaRequiredForStaff ?? true });
  if (!row) throw Conflict("tenant_exists", "errors.tenant_exists");
  await recordAudit(db, {
    tenantId: row.id,
    actor: { kind: "system", role: "admin" },
    action: "tenant.created",
    targetType: "tenant",
    targetId: row.id,
    requestId: ctx.requestId,
  });
  return { id: row.id, slug: row.slug, name: row.name, mfaRequiredForStaff: row.mfaRequiredForStaff };
}
