import type { AlumniFilters } from "./keys";

export const EXPORT_ENCODINGS = ["utf-8", "shift_jis"] as const;
export type ExportEncoding = (typeof EXPORT_ENCODINGS)[number];

/**
 * The CSV download of the filtered directory. A plain link rather than fetch: the browser streams the file
 * to disk itself and the session cookie authenticates it.
 */
export function alumniExportUrl(filters: AlumniFilters, encoding: ExportEncoding): string {
  const params = new URLSearchParams({ encoding });
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return `/api/v1/alumni/export?${params.toString()}`;
}
