import type { Eligibility, EligibilityOverrideInput, EligibilityRules, EligibilityStatus, ExitType } from "../../../shared/contracts/alumni";
import type { Locale } from "../../../shared/locales";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { TenantContext } from "../../platform/context";
import { Invalid, NotFound } from "../../platform/errors/domain-error";
import { type MessageKey, translate } from "../../platform/i18n/messages";
import * as alumniRepo from "./alumni.repo";
import * as repo from "./eligibility.repo";
import { DEFAULT_RULES, type Evaluated, evaluateEligibility, type Reason } from "./evaluate-eligibility";

/** Today's calendar date in Tokyo, where the company's rules are read. */
export function tokyoToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export async function rulesOf(db: Db, tenantId: string): Promise<EligibilityRules> {
  const row = await repo.findRules(db, tenantId);
  if (!row) return DEFAULT_RULES;
  return {
    minTenureMonths: row.minTenureMonths,
    allowedExitTypes: row.allowedExitTypes as ExitType[],
    maxYearsSinceLeaving: row.maxYearsSinceLeaving,
    excludeDoNotRehire: row.excludeDoNotRehire,
  };
}

/** The stored status: an HR override wins over the rules. */
export function effectiveStatus(computed: EligibilityStatus, override: string | null): EligibilityStatus {
  return (override as EligibilityStatus | null) ?? computed;
}

function duration(locale: Locale, months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (locale === "ja") return `${years > 0 ? `${years}年` : ""}${rest > 0 || years === 0 ? `${rest}か月` : ""}`;
  const parts = [years > 0 ? `${years} year${years === 1 ? "" : "s"}` : "", rest > 0 || years === 0 ? `${rest} month${rest === 1 ? "" : "s"}` : ""];
  return parts.filter(Boolean).join(" ");
}

function messageOf(locale: Locale, reason: Reason): string {
  const p = reason.params;
  const params = {
    actual: p.actualMonths === undefined ? "" : duration(locale, p.actualMonths),
    limit: p.limitMonths === undefined ? "" : duration(locale, p.limitMonths),
    exitType: p.exitType ? translate(locale, `exitTypes.${p.exitType}` as MessageKey) : "",
  };
  return translate(locale, `eligibility.${reason.code}` as MessageKey, params);
}

function explain(locale: Locale, evaluated: Evaluated, row: alumniRepo.AlumnusRow): Eligibility {
  const override = row.eligibilityOverride
    ? { status: row.eligibilityOverride as "eligible" | "ineligible", reason: row.eligibilityOverrideReason ?? "" }
    : null;
  return {
    status: effectiveStatus(evaluated.status, row.eligibilityOverride),
    computed: evaluated.status,
    reasons: evaluated.reasons.map((r) => ({ code: r.code, message: messageOf(locale, r) })),
    override,
  };
}

/** Re-evaluates every alumnus of a tenant under the rules; returns how many changed status. */
async function recompute(db: Db, tenantId: string, rules: EligibilityRules): Promise<number> {
  const today = tokyoToday();
  const changes = (await repo.eligibilitySubjects(db, tenantId)).flatMap((subject) => {
    const status = effectiveStatus(evaluateEligibility(subject, rules, today).status, subject.eligibilityOverride);
    return status === subject.eligibility ? [] : [{ id: subject.id, eligibility: status }];
  });
  await repo.setEligibilities(db, tenantId, changes);
  return changes.length;
}

/** Daily: time moves people past "years since leaving", so every tenant is re-evaluated (audited when anything changed). */
export async function recomputeAllTenants(db: Db): Promise<number> {
  let total = 0;
  for (const tenantId of await repo.tenantsWithAlumni(db)) {
    await db.transaction(async (tx) => {
      const changed = await recompute(tx, tenantId, await rulesOf(tx, tenantId));
      total += changed;
      if (changed > 0) {
        await recordAudit(tx, {
          tenantId,
          actor: { kind: "system", role: "admin" },
          action: "eligibility.recomputed",
          targetType: "tenant",
          targetId: tenantId,
          requestId: null,
          meta: { recomputed: changed },
        });
      }
    });
  }
  return total;
}

export async function getRules({ ctx }: { ctx: TenantContext }): Promise<EligibilityRules> {
  return rulesOf(ctx.db, ctx.tenant.id);
}

/** Saves the rules and re-evaluates every alumnus of the tenant in the same transaction. */
export async function updateRules({ ctx, input }: { ctx: TenantContext; input: EligibilityRules }): Promise<EligibilityRules & { recomputed: number }> {
  return ctx.db.transaction(async (tx) => {
    await repo.saveRules(tx, ctx.tenant.id, input);
    const recomputed = await recompute(tx, ctx.tenant.id, input);
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: "eligibility.rules_updated",
      targetType: "tenant",
      targetId: ctx.tenant.id,
      requestId: ctx.requestId,
      meta: { recomputed },
    });
    return { ...input, recomputed };
  });
}

export async function getEligibility({ ctx, id }: { ctx: TenantContext; id: string }): Promise<Eligibility> {
  const row = await alumniRepo.findAlumnus(ctx.db, ctx.tenant.id, id);
  if (!row) throw NotFound();
  return explain(ctx.locale, evaluateEligibility(row, await rulesOf(ctx.db, ctx.tenant.id), tokyoToday()), row);
}

/** HR overrides the rules for one person, with a reason (audited), or clears the override. */
export async function overrideEligibility({ ctx, id, input }: { ctx: TenantContext; id: string; input: EligibilityOverrideInput }): Promise<Eligibility> {
  return ctx.db.transaction(async (tx) => {
    const row = await alumniRepo.findAlumnus(tx, ctx.tenant.id, id);
    if (!row) throw NotFound();
    if (input.status && !input.reason) {
      throw Invalid([{ path: "reason", code: "reason_required", message: translate(ctx.locale, "validation.required") }]);
    }
    const evaluated = evaluateEligibility(row, await rulesOf(tx, ctx.tenant.id), tokyoToday());
    const values = { eligibilityOverride: input.status, eligibilityOverrideReason: input.status ? input.reason : null };
    await repo.setEligibility(tx, ctx.tenant.id, id, { ...values, eligibility: effectiveStatus(evaluated.status, input.status) });
    await recordAudit(tx, {
      tenantId: ctx.tenant.id,
      actor: ctx.actor,
      action: input.status ? "alumnus.eligibility_overridden" : "alumnus.eligibility_override_cleared",
      targetType: "alumnus",
      targetId: id,
      requestId: ctx.requestId,
      meta: { status: input.status },
    });
    return explain(ctx.locale, evaluated, { ...row, ...values });
  });
}
