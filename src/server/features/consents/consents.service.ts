import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../shared/consent-purposes";
import type { Db } from "../../db/client";
import { recordAudit } from "../../platform/audit/audit";
import type { Actor } from "../../platform/context";
import * as repo from "./consents.repo";

export type ConsentSource = "registration" | "portal" | "unsubscribe" | "account_deletion";

export interface ConsentChange {
  tenantId: string;
  alumnusId: string;
  /** Only the purposes given change; the others keep their answer. */
  answers: Partial<Record<ConsentPurpose, boolean>>;
  noticeVersion: number | null;
  source: ConsentSource;
  actor: Actor | { kind: "anonymous" };
  requestId: string | null;
}

/**
 * The one place consents change: current state, history row, audit, and suppression of queued mail for a
 * withdrawn purpose, all in the caller's transaction. Returns the purposes whose answer changed.
 */
export async function changeConsents(tx: Db, change: ConsentChange): Promise<ConsentPurpose[]> {
  const before = new Map((await repo.lockConsents(tx, change.tenantId, change.alumnusId)).map((row) => [row.purpose, row.granted]));
  const changed = CONSENT_PURPOSES.filter((purpose) => {
    const answer = change.answers[purpose];
    return answer !== undefined && before.get(purpose) !== answer;
  });
  for (const purpose of changed) {
    await repo.upsertConsent(tx, {
      tenantId: change.tenantId,
      alumnusId: change.alumnusId,
      purpose,
      granted: change.answers[purpose] === true,
      noticeVersion: change.noticeVersion,
    });
  }
  await repo.insertEvents(
    tx,
    changed.map((purpose) => ({
      tenantId: change.tenantId,
      alumnusId: change.alumnusId,
      purpose,
      granted: change.answers[purpose] === true,
      noticeVersion: change.noticeVersion,
      source: change.source,
    })),
  );
  const withdrawn = changed.filter((purpose) => change.answers[purpose] === false);
  await repo.suppressQueuedMail(tx, change.tenantId, change.alumnusId, withdrawn);
  if (changed.length) {
    await recordAudit(tx, {
      tenantId: change.tenantId,
      actor: change.actor,
      action: "consent.changed",
      targetType: "alumnus",
      targetId: change.alumnusId,
      requestId: change.requestId,
      meta: {
        source: change.source,
        granted: changed.filter((p) => change.answers[p]).join(",") || null,
        withdrawn: withdrawn.join(",") || null,
      },
    });
  }
  return changed;
}

export async function currentConsents(db: Db, tenantId: string, alumnusId: string): Promise<Record<ConsentPurpose, boolean>> {
  const rows = new Map((await repo.currentConsents(db, tenantId, alumnusId)).map((row) => [row.purpose, row.granted]));
  return Object.fromEntries(CONSENT_PURPOSES.map((purpose) => [purpose, rows.get(purpose) === true])) as Record<ConsentPurpose, boolean>;
}

export async function consentHistory(db: Db, tenantId: string, alumnusId: string) {
  return (await repo.history(db, tenantId, alumnusId)).map((row) => ({
    purpose: row.purpose as ConsentPurpose,
    granted: row.granted,
    noticeVersion: row.noticeVersion,
    source: row.source as ConsentSource,
    at: row.at.toISOString(),
  }));
}

export async function consentOverview(db: Db, tenantId: string) {
  const rows = new Map((await repo.overview(db, tenantId)).map((row) => [row.purpose, row]));
  return CONSENT_PURPOSES.map((purpose) => ({ purpose, granted: rows.get(purpose)?.granted ?? 0, declined: rows.get(purpose)?.declined ?? 0 }));
}
