/** PostgreSQL's unique_violation, as pg raises it or as drizzle wraps it (PGlite and pg alike). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "23505" || e?.cause?.code === "23505";
}
