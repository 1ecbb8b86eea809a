import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { RateLimited } from "../errors/domain-error";

interface Counter {
  count: number;
  retry_after: number;
}

/** Both drivers answer `execute` with `{ rows }`. */
async function rows<T>(db: Db, query: SQL): Promise<{ rows: T[] }> {
  return (await db.execute(query)) as unknown as { rows: T[] };
}

export interface Limit {
  key: string;
  max: number;
  windowSeconds: number;
}

/** Counts one attempt in a fixed window shared by all web processes; throws 429 past the limit. */
export async function consume(db: Db, limit: Limit): Promise<void> {
  const result = await rows<Counter>(
    db,
    sql`
    insert into rate_limits (key, window_start, count) values (${limit.key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_limits.window_start < now() - make_interval(secs => ${limit.windowSeconds}) then 1 else rate_limits.count + 1 end,
      window_start = case when rate_limits.window_start < now() - make_interval(secs => ${limit.windowSeconds}) then now() else rate_limits.window_start end
    returning count, ceil(extract(epoch from (window_start + make_interval(secs => ${limit.windowSeconds}) - now())))::int as retry_after`,
  );
  const row = result.rows[0];
  if (row && Number(row.count) > limit.max) throw RateLimited(Math.max(1, Number(row.retry_after)));
}

/** Throws 429 when the window is already full, without counting. */
export async function check(db: Db, limit: Limit): Promise<void> {
  const result = await rows<Counter>(
    db,
    sql`
    select count, ceil(extract(epoch from (window_start + make_interval(secs => ${limit.windowSeconds}) - now())))::int as retry_after
    from rate_limits where key = ${limit.key} and window_start >= now() - make_interval(secs => ${limit.windowSeconds})`,
  );
  const row = result.rows[0];
  if (row && Number(row.count) >= limit.max) throw RateLimited(Math.max(1, Number(row.retry_after)));
}

export async function reset(db: Db, key: string): Promise<void> {
  await db.execute(sql`delete from rate_limits where key = ${key}`);
}
