import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { emailTokens } from "../../db/schema/auth";

export type EmailTokenPurpose = "magic_link" | "password_reset";

export async function insertEmailToken(
  db: Db,
  values: { tokenHash: string; purpose: EmailTokenPurpose; userId: string; tenantId: string; expiresAt: Date },
): Promise<void> {
  await db.insert(emailTokens).values(values);
}

export async function findEmailToken(db: Db, tokenHash: string, purpose: EmailTokenPurpose) {
  const [row] = await db
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.tokenHash, tokenHash), eq(emailTokens.purpose, purpose)))
    .limit(1);
  return row;
}

/** Marks the token used; false when another request used it first. */
export async function markEmailTokenUsed(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(emailTokens.tokenHash, tokenHash), isNull(emailTokens.usedAt)))
    .returning({ tokenHash: emailTokens.tokenHash });
  return rows.length === 1;
}
