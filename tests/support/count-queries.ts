import type { Db } from "../../src/server/db/client";

interface LoggingSession {
  logger: { logQuery(query: string, params: unknown[]): void };
  options?: { logger?: unknown };
}

/**
 * Counts the SQL statements Drizzle sends while `work` runs, by swapping the session's logger (both drivers call
 * `logger.logQuery` once per statement). Statements inside transactions open their own session and are not counted;
 * reads — the ones that grow N+1 — are. Only this work should run on the database meanwhile.
 */
export async function countQueries<T>(db: Db, work: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const session = (db as unknown as { session: LoggingSession }).session;
  const original = session.logger;
  const statements: string[] = [];
  session.logger = { logQuery: (query) => statements.push(query) };
  try {
    const result = await work();
    return { result, count: statements.length, statements };
  } finally {
    session.logger = original;
  }
}
