export const importKeys = {
  all: ["alumni-imports"] as const,
  lists: () => [...importKeys.all, "list"] as const,
  detail: (id: string) => [...importKeys.all, "detail", id] as const,
  mappingPresets: () => [...importKeys.all, "mapping-presets"] as const,
};

/** Where the browser downloads the rejected rows of an import (a CSV with the reason of each row). */
export function rejectedRowsUrl(importId: string): string {
  return `/api/v1/alumni/imports/${encodeURIComponent(importId)}/rejected`;
}
