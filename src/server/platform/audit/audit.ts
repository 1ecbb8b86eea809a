import type { Db } from "../../db/client";
import { auditEvents } from "../../db/schema/audit";
import { type Actor, actorId } from "../context";

export type AuditMeta = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  tenantId: string | null;
  actor: Actor | { kind: "anonymous" };
  action: string;
  targetType?: string;
  targetId?: string;
  requestId: string | null;
  /** Codes and ids only (role names, reasons); never names, emails or other personal data. */
  meta?: AuditMeta;
}

function rowOf(entry: AuditEntry) {
  return {
    tenantId: entry.tenantId,
    actorType: entry.actor.kind === "member" ? entry.actor.role : entry.actor.kind,
    actorId: entry.actor.kind === "anonymous" ? null : actorId(entry.actor),
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    requestId: entry.requestId,
    meta: entry.meta ?? {},
  };
}

/** Writes one audit row; call it with the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await recordAudits(db, [entry]);
}

/** One statement for many rows (a CSV of leavers, a bulk invitation, a scheduled pass). */
export async function recordAudits(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length) await db.insert(auditEvents).values(entries.map(rowOf));
}
