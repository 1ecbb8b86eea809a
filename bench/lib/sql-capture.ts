import pg from "pg";
import type { Database } from "../../src/server/db/client";

/** One SQL statement as sent to the database: its text and parameters. */
export interface CapturedStatement {
  text: string;
  values: unknown[];
}

/**
 * Runs `action` and returns the statements `database` sent meanwhile (through pg's Pool.query, or PGlite's
 * query), in order. In-process only: for counting and reading the SQL Okaeri issues, never while measuring.
 */
export async function captureStatements(database: Database, action: () => Promise<void>): Promise<CapturedStatement[]> {
  const seen: CapturedStatement[] = [];
  const record = (query: unknown, values: unknown) => {
    const text = typeof query === "string" ? query : String((query as { text?: string })?.text ?? query);
    const params = Array.isArray(values) ? values : ((query as { values?: unknown[] })?.values ?? []);
    seen.push({ text, values: params });
  };
  let restore: () => void;
  if (database.pglite) {
    const client = database.pglite;
    const original = client.query;
    client.query = function (this: typeof client, ...args: Parameters<typeof original>) {
      record(args[0], args[1]);
      return original.apply(this, args);
    } as typeof original;
    restore = () => {
      client.query = original;
    };
  } else {
    const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown };
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      record(args[0], args[1]);
      return original.apply(this, args);
    };
    restore = () => {
      proto.query = original;
    };
  }
  try {
    await action();
    return seen;
  } finally {
    restore();
  }
}

/** "select sessions+users+memberships+tenants": the verb and the tables a statement touches. */
export function describeSql(text: string): string {
  const verb = text.trim().split(/\s+/)[0]?.toLowerCase() ?? "?";
  const tables = [...text.matchAll(/\b(?:from|join|into|update)\s+"?(\w+)"?/gi)].map((m) => m[1]);
  return `${verb} ${[...new Set(tables)].join("+")}`;
}
