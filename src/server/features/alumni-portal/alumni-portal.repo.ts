import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { alumni } from "../../db/schema/alumni";
import { users } from "../../db/schema/tenancy";

/** What the portal and /me need to know about the signed-in alumnus, in one query. */
export async function alumnusStateOf(db: Db, tenantId: string, userId: string) {
  const [row] = await db
    .select({ alumnusId: alumni.id, noticeVersionSeen: alumni.noticeVersionSeen, emailVerifiedAt: users.emailVerifiedAt })
    .from(alumni)
    .innerJoin(users, eq(users.id, alumni.userId))
    .where(and(eq(alumni.tenantId, tenantId), eq(alumni.userId, userId)))
    .limit(1);
  return row;
}
