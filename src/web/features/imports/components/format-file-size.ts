import type { Locale } from "../../../../shared/locales";

/**
 * 「12.4 MB」 in 1,024-byte units, as Windows Explorer counts, so the 50 MB limit reads as 50 MB there too.
 * Bytes are spelled out (「179 バイト」), larger units keep their short symbols.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", {
    style: "unit",
    unit: units[unit],
    unitDisplay: unit === 0 ? "long" : "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
