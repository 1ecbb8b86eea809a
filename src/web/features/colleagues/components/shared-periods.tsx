import { Group, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { SharedPeriod } from "../../../../shared/contracts/colleagues";
import { currentLocale } from "../../../i18n";

/** A calendar date ("2019-04-01") as people read it: 2019年4月1日 / 1 Apr 2019. Built from its parts, never parsed. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const tag = currentLocale() === "en" ? "en-GB" : "ja-JP";
  return new Intl.DateTimeFormat(tag, { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "3年2か月", "5か月" or, under a month, "12日間". */
export function overlapLength(t: TFunction, months: number, days: number): string {
  if (months >= 12) {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    return rest ? t("colleagues.length.yearsMonths", { years, months: rest }) : t("colleagues.length.years", { years });
  }
  if (months > 0) return t("colleagues.length.months", { months });
  return t("colleagues.length.days", { count: days });
}

/** Each shared department with its dates, one line apiece. */
export function SharedPeriods({ periods }: { periods: SharedPeriod[] }) {
  const { t } = useTranslation();
  return (
    <>
      {periods.map((p) => (
        <Group key={`${p.department}-${p.from}`} gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {p.department}
          </Text>
          <Text size="sm" c="dimmed">
            {t("colleagues.period", { from: formatDay(p.from), to: formatDay(p.to) })}
          </Text>
          <Text size="sm" c="dimmed">
            {t("colleagues.lengthInParens", { length: overlapLength(t, p.months, p.days) })}
          </Text>
        </Group>
      ))}
    </>
  );
}
