import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { offboardingCases } from "../../db/schema/graduation";
import { mailOutbox } from "../../db/schema/mail";
import { tenants } from "../../db/schema/tenancy";

/**
 * The message an unsubscribe token names, with its company and, for graduation mail, its case's status. The
 * signed token is the capability, so this is looked up by id alone and its tenant read from the row.
 */
export async function findMessage(db: Db, outboxId: string) {
  const [row] = await db
    .select({
      tenantId: mailOutbox.tenantId,
      tenantName: tenants.name,
      purpose: mailOutbox.purpose,
      alumnusId: mailOutbox.alumnusId,
      offboardingCaseId: mailOutbox.offboardingCaseId,
      caseStatus: offboardingCases.status,
    })
    .from(mailOutbox)
    .innerJoin(tenants, eq(tenants.id, mailOutbox.tenantId))
    .leftJoin(offboardingCases, eq(offboardingCases.id, mailOutbox.offboardingCaseId))
    .where(eq(mailOutbox.id, outboxId))
    .limit(1);
  return row;
}
