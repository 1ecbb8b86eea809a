import { and, count, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";

export async function registeredAlumni(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(alumni)
    .where(and(eq(alumni.tenantId, tenantId), isNotNull(alumni.registeredAt)));
  return Number(row?.n ?? 0);
}
