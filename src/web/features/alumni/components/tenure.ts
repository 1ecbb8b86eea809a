import type { TFunction } from "i18next";

/** 「6年11か月」 / "6 years 11 months"; under a month reads as such rather than "0". */
export function formatTenure(t: TFunction, months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0 && rest === 0) return t("alumni.tenure.underMonth");
  const parts: string[] = [];
  if (years > 0) parts.push(t("alumni.tenure.years", { count: years }));
  if (rest > 0) parts.push(t("alumni.tenure.months", { count: rest }));
  return parts.join(t("alumni.tenure.separator"));
}
