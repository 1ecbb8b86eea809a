import { and, asc, eq } from "drizzle-orm";
import { DEFAULT_STAGES } from "../../../shared/recruiting";
import type { Db } from "../../db/client";
import { pipelineStages } from "../../db/schema/recruiting";

export type StageRow = typeof pipelineStages.$inferSelect;

/** The tenant's stages in board order; the defaults are written the first time anyone asks. */
export async function ensureStages(db: Db, tenantId: string): Promise<StageRow[]> {
  const existing = await db.select().from(pipelineStages).where(eq(pipelineStages.tenantId, tenantId)).orderBy(asc(pipelineStages.position));
  if (existing.length) return existing;
  await db
    .insert(pipelineStages)
    .values(DEFAULT_STAGES.map((stage, index) => ({ tenantId, key: stage.key, kind: stage.kind, nameJa: stage.ja, nameEn: stage.en, position: index })))
    .onConflictDoNothing();
  return db.select().from(pipelineStages).where(eq(pipelineStages.tenantId, tenantId)).orderBy(asc(pipelineStages.position));
}

export async function stageByKey(db: Db, tenantId: string, key: string): Promise<StageRow> {
  const stages = await ensureStages(db, tenantId);
  const stage = stages.find((s) => s.key === key);
  if (!stage) throw new Error(`pipeline stage ${key} missing`);
  return stage;
}

export async function stageById(db: Db, tenantId: string, id: string): Promise<StageRow | undefined> {
  const [row] = await db
    .select()
    .from(pipelineStages)
    .where(and(eq(pipelineStages.tenantId, tenantId), eq(pipelineStages.id, id)));
  return row;
}
