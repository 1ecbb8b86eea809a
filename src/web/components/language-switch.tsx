import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LOCALES, Locale } from "../../shared/locales";
import { currentLocale, setLocale } from "../i18n";

type Props = {
  /** Called after the UI language changed, e.g. to remember it on the user's profile. */
  onLocaleChange?: (locale: Locale) => void;
  size?: "xs" | "sm";
};

/** 日本語 / English. Each option is labelled in its own language, so either reader can find theirs. */
export function LanguageSwitch({ onLocaleChange, size = "xs" }: Props) {
  const { t } = useTranslation();
  const value = currentLocale();
  return (
    <SegmentedControl<Locale>
      aria-label={t("language.label")}
      size={size}
      radius="xl"
      value={value}
      data={LOCALES.map((locale) => ({
        value: locale,
        label: <span lang={locale}>{t(`language.${locale}`)}</span>,
      }))}
      onChange={async (next) => {
        const parsed = Locale.safeParse(next);
        if (!parsed.success) return;
        await setLocale(parsed.data);
        onLocaleChange?.(parsed.data);
      }}
    />
  );
}
