import type { Db } from "./client";

const cache = new WeakMap<Db, Map<string, unknown>>();

/**
 * A prepared query per database handle, built once. For the hottest reads (the session lookup on
 * every request): Drizzle then skips rebuilding the SQL and PostgreSQL skips re-planning it.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let queries = cache.get(db);
  if (!queries) {
    queries = new Map();
    cache.set(db, queries);
  }
  let query = queries.get(name) as T | undefined;
  if (!query) {
    query = build(db);
    queries.set(name, query);
  }
  return query;
}
