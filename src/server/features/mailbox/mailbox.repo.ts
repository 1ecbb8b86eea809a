import { and, count, desc, eq, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mailOutbox } from "../../db/schema/mail";

export type MailRow = typeof mailOutbox.$inferSelect;

export async function findMail(db: Db, tenantId: string, id: string): Promise<MailRow | undefined> {
  const [row] = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.tenantId, tenantId), eq(mailOutbox.id, id)))
    .limit(1);
  return row;
}

/** A tenant's mail (the dev mailbox and the delivery log): every message, optionally of one status, newest first. */
export async function listMail(db: Db, input: { tenantId: string; status: string | null; after: { c: string; i: string } | null; limit: number }) {
  const where = and(eq(mailOutbox.tenantId, input.tenantId), input.status ? eq(mailOutbox.status, input.status) : undefined);
  const page = input.after
    ? and(
        where,
        or(lt(mailOutbox.createdAt, new Date(input.after.c)), and(eq(mailOutbox.createdAt, new Date(input.after.c)), lt(mailOutbox.id, input.after.i))),
      )
    : where;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .where(page)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(input.limit + 1),
    db.select({ n: count() }).from(mailOutbox).where(where),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

/** A failed message goes back to the queue; null when it was not failed (nothing changes then). */
export async function requeueFailed(db: Db, tenantId: string, id: string): Promise<MailRow | undefined> {
  const [row] = await db
    .update(mailOutbox)
    .set({ status: "queued" })
    .where(and(eq(mailOutbox.tenantId, tenantId), eq(mailOutbox.id, id), eq(mailOutbox.status, "failed")))
    .returning();
  return row;
}
