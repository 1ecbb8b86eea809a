import { and, count, desc, eq, lt, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { mailOutbox } from "../../db/schema/mail";

export type MailRow = typeof mailOutbox.$inferSelect;

export async function listMail(db: Db, input: { tenantId: string; after: { c: string; i: string } | null; limit: number }) {
  const where = eq(mailOutbox.tenantId, input.tenantId);
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

export async function findMail(db: Db, tenantId: string, id: string): Promise<MailRow | undefined> {
  const [row] = await db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.tenantId, tenantId), eq(mailOutbox.id, id)))
    .limit(1);
  return row;
}
