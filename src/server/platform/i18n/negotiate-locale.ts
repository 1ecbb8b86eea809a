import { DEFAULT_LOCALE, LOCALES, type Locale } from "../../../shared/locales";

/** Picks ja or en from an Accept-Language header; Japanese unless English is preferred. */
export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.split("=")[1]) : 1 };
    })
    .filter((entry) => (LOCALES as readonly string[]).includes(entry.lang))
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Locale | undefined) ?? DEFAULT_LOCALE;
}
