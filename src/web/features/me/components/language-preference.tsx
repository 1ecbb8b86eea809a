import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LOCALES, Locale } from "../../../../shared/locales";
import { currentLocale, setLocale } from "../../../i18n";
import { notifySuccess } from "../../../lib/notify";
import { useUpdateMe } from "../api/update-me";

/** The account page's language setting: applied at once and remembered on the user's profile. */
export function LanguagePreference() {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  return (
    <Select
      label={t("account.language.label")}
      description={t("account.language.description")}
      maw={320}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
      value={currentLocale()}
      allowDeselect={false}
      onChange={async (value) => {
        const parsed = Locale.safeParse(value);
        if (!parsed.success) return;
        await setLocale(parsed.data);
        updateMe.mutate(
          { locale: parsed.data },
          {
            onSuccess: () => notifySuccess(t("account.language.saved")),
          },
        );
      }}
    />
  );
}
