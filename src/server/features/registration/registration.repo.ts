import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { emailTokens } from "../../db/schema/auth";
import { offboardingCases } from "../../db/schema/graduation";
import { exitSurveys } from "../../db/schema/privacy";

export const VERIFY_EMAIL = "verify_email";

/**
 * Locks the graduation case for the registering transaction, so two submits of one link run one after the
 * other: the second then sees the case registered. The status change itself is the offboarding service's.
 */
export async function lockCaseStatus(db: Db, tenantId: string, caseId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ status: offboardingCases.status })
    .from(offboardingCases)
    .where(and(eq(offboardingCases.tenantId, tenantId), eq(offboardingCases.id, caseId)))
    .for("update");
  return row?.status;
}

export async function insertExitSurvey(db: Db, values: typeof exitSurveys.$inferInsert): Promise<void> {
  await db.insert(exitSurveys).values(values);
}

export async function insertVerificationToken(db: Db, values: { tokenHash: string; userId: string; tenantId: string; expiresAt: Date }): Promise<void> {
  await db.insert(emailTokens).values({ ...values, purpose: VERIFY_EMAIL });
}

export async function findVerificationToken(db: Db, tokenHash: string) {
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, VERIFY_EMAIL)))
    .limit(1);
  return row;
}

/** Marks the token used; false when another request used it first. */
export async function useVerificationToken(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, VERIFY_EMAIL), isNull(emailTokens.usedAt)))
    .returning({ tokenHash: emailTokens.tokenHash });
  return rows.length === 1;
}

/** A new address (or a resend) retires the links sent before it. */
export async function retireVerificationTokens(db: Db, userId: string): Promise<void> {
  await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(emailTokens.userId, userId), eq(emailTokens.purpose, VERIFY_EMAIL), isNull(emailTokens.usedAt)));
}
