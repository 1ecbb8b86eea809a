import {
  RETENTION_CATEGORIES,
  RETENTION_DEFAULTS,
  type RetentionCategory,
  type RetentionCounts,
  type RetentionInput,
  type RetentionOverview,
} from "../../../shared/contracts/privacy";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { AppDeps, TenantContext } from "../../platform/context";
import { erasePerson } from "./erasure.service";
import * as repo from "./retention.repo";

/** Never-registered alumni erased per tenant and run; the rest wait for the next night. */
const ERASURES_PER_RUN = 500;

export async function effectivePolicies(db: Db, tenantId: string): Promise<Record<RetentionCategory, number | null>> {
  const saved = new Map((await repo.policiesOf(db, tenantId)).map((row) => [row.category, row.months]));
  return Object.fromEntries(RETENTION_CATEGORIES.map((c) => [c, saved.has(c) ? (saved.get(c) ?? null) : RETENTION_DEFAULTS[c]])) as Record<
    RetentionCategory,
    number | null
  >;
}

async function countAll(db: Db, tenantId: string, policies: Record<RetentionCategory, number | null>): Promise<RetentionCounts> {
  const counts = {} as Record<RetentionCategory, number>;
  for (const category of RETENTION_CATEGORIES) {
    const months = policies[category];
    counts[category] = months === null ? 0 : await repo.countPast[category](db, tenantId, months);
  }
  return counts;
}

export async function retentionOverview({ ctx }: { ctx: TenantContext }): Promise<RetentionOverview> {
  const policies = await effectivePolicies(ctx.db, ctx.tenant.id);
  const last = await repo.lastPurge(ctx.db, ctx.tenant.id);
  return {
    policies: RETENTION_CATEGORIES.map((category) => ({ category, months: policies[category], defaultMonths: RETENTION_DEFAULTS[category] })),
    nextPurge: await countAll(ctx.db, ctx.tenant.id, policies),
    lastPurge: last
      ? {
          at: last.at.toISOString(),
          counts: Object.fromEntries(RETENTION_CATEGORIES.map((c) => [c, Number(last.meta[c] ?? 0)])) as RetentionCounts,
        }
      : null,
  };
}

export async function updateRetention({ ctx, input }: { ctx: TenantContext; input: RetentionInput }): Promise<RetentionOverview> {
  await ctx.db.transaction(async (tx) => {
    const before = await effectivePolicies(tx, ctx.tenant.id);
    const changed = input.policies.filter((p) => before[p.category] !== p.months);
    for (const policy of changed) await repo.upsertPolicy(tx, ctx.tenant.id, policy.category, policy.months);
    if (changed.length) {
      await recordAudit(tx, {
        tenantId: ctx.tenant.id,
        actor: ctx.actor,
        action: "privacy.retention_changed",
        targetType: "retention_policy",
        requestId: ctx.requestId,
        meta: Object.fromEntries(changed.map((p) => [p.category, p.months])),
      });
    }
  });
  return retentionOverview({ ctx });
}

/** Deletes one tenant's data past retention in one transaction and writes one audit row with the counts. */
export async function purgeTenant(deps: AppDeps, tenantId: string): Promise<RetentionCounts> {
  return deps.database.db.transaction(async (tx) => {
    const policies = await effectivePolicies(tx, tenantId);
    const counts = {} as Record<RetentionCategory, number>;
    for (const category of RETENTION_CATEGORIES) {
      const months = policies[category];
      if (months === null) {
        counts[category] = 0;
      } else if (category === "unregistered_alumni") {
        const ids = await repo.unregisteredAlumniPast(tx, tenantId, months, ERASURES_PER_RUN);
        for (const alumnusId of ids) {
          await erasePerson(tx, {
            tenantId,
            alumnusId,
            actor: { kind: "system", role: "admin" },
            requestId: null,
            uploadsDir: deps.config.uploadsDir,
            authSecret: deps.config.authSecret,
          });
        }
        counts[category] = ids.length;
      } else {
        counts[category] = await repo.deletePast[category](tx, tenantId, months);
      }
    }
    await recordAudit(tx, {
      tenantId,
      actor: { kind: "system", role: "admin" },
      action: "privacy.retention_purged",
      targetType: "retention_policy",
      requestId: null,
      meta: counts,
    });
    return counts;
  });
}

/** Every tenant, one after another; a failing tenant does not stop the others. */
export async function purgeAllTenants(deps: AppDeps): Promise<void> {
  for (const tenantId of await repo.tenantIds(deps.database.db)) {
    try {
      await purgeTenant(deps, tenantId);
    } catch (error) {
      deps.logger.error("retention purge failed", { tenantId, name: (error as Error).name, code: (error as { code?: string }).code ?? null });
    }
  }
}
