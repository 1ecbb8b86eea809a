import { Group, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LOCALES, type Locale } from "../../shared/locales";
import { currentLocale, setLocale } from "../i18n";
import classes from "./language-switch.module.css";

type Props = {
  /** Called after the UI language changed, e.g. to remember it on the user's profile. */
  onLocaleChange?: (locale: Locale) => void;
};

/**
 * 日本語 / English as two toggle buttons (aria-pressed). Each option is written in its own language
 * and marked with `lang`, so either reader finds theirs.
 */
export function LanguageSwitch({ onLocaleChange }: Props) {
  const { t } = useTranslation();
  const value = currentLocale();
  return (
    <Group gap={2} role="group" aria-label={t("language.label")} className={classes.root} wrap="nowrap">
      {LOCALES.map((locale) => (
        <UnstyledButton
          key={locale}
          lang={locale}
          className={classes.option}
          aria-pressed={value === locale}
          data-active={value === locale || undefined}
          onClick={async () => {
            if (value === locale) return;
            await setLocale(locale);
            onLocaleChange?.(locale);
          }}
        >
          {t(`language.${locale}`)}
        </UnstyledButton>
      ))}
    </Group>
  );
}
