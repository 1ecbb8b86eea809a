/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export interface CreatedAtCursor {
  c: string;
  i: string;
}

export const isCreatedAtCursor = (v: unknown): v is CreatedAtCursor =>
  typeof v === "object" && v !== null && typeof (v as { c: unknown }).c === "string" && typeof (v as { i: unknown }).i === "string";

export const createdAtCursorOf = (row: { createdAt: Date; id: string }): CreatedAtCursor => ({ c: row.createdAt.toISOString(), i: row.id });

/** Rows fetched with limit + 1: the extra row tells whether another page exists. */
export function toPage<R, T>(rows: R[], limit: number, total: number, map: (row: R) => T, cursorOf: (row: R) => unknown) {
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return { items: rows.slice(0, limit).map(map), total, nextCursor: last === undefined ? null : encodeCursor(cursorOf(last)) };
}
