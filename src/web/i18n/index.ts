import dayjs from "dayjs";
import "dayjs/locale/ja";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { DEFAULT_LOCALE, Locale } from "../../shared/locales";
import colleaguesEn from "./areas/colleagues.en.json";
import colleaguesJa from "./areas/colleagues.ja.json";
import communityEn from "./areas/community.en.json";
import communityJa from "./areas/community.ja.json";
import eventsEn from "./areas/events.en.json";
import eventsJa from "./areas/events.ja.json";
import mailEn from "./areas/mail.en.json";
import mailJa from "./areas/mail.ja.json";
import markdownEn from "./areas/markdown.en.json";
import markdownJa from "./areas/markdown.ja.json";
import offboardingEn from "./areas/offboarding.en.json";
import offboardingJa from "./areas/offboarding.ja.json";
import pipelineEn from "./areas/pipeline.en.json";
import pipelineJa from "./areas/pipeline.ja.json";
import positionsEn from "./areas/positions.en.json";
import positionsJa from "./areas/positions.ja.json";
import privacyEn from "./areas/privacy.en.json";
import privacyJa from "./areas/privacy.ja.json";
import referralsEn from "./areas/referrals.en.json";
import referralsJa from "./areas/referrals.ja.json";
import registrationEn from "./areas/registration.en.json";
import registrationJa from "./areas/registration.ja.json";
import talksEn from "./areas/talks.en.json";
import talksJa from "./areas/talks.ja.json";
import visitsEn from "./areas/visits.en.json";
import visitsJa from "./areas/visits.ja.json";
import webhooksEn from "./areas/webhooks.en.json";
import webhooksJa from "./areas/webhooks.ja.json";
import coreEn from "./en.json";
import coreJa from "./ja.json";

/** Each product area keeps its copy in its own file under one top-level key; ja is the source of the types. */
const ja = {
  ...coreJa,
  ...mailJa,
  ...offboardingJa,
  ...registrationJa,
  ...privacyJa,
  ...webhooksJa,
  ...markdownJa,
  ...communityJa,
  ...eventsJa,
  ...visitsJa,
  ...positionsJa,
  ...talksJa,
  ...referralsJa,
  ...pipelineJa,
  ...colleaguesJa,
};
const en = {
  ...coreEn,
  ...mailEn,
  ...offboardingEn,
  ...registrationEn,
  ...privacyEn,
  ...webhooksEn,
  ...markdownEn,
  ...communityEn,
  ...eventsEn,
  ...visitsEn,
  ...positionsEn,
  ...talksEn,
  ...referralsEn,
  ...pipelineEn,
  ...colleaguesEn,
};

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof ja };
  }
}

const STORAGE_KEY = "okaeri.locale";

function storedLocale(): Locale {
  try {
    const parsed = Locale.safeParse(window.localStorage.getItem(STORAGE_KEY));
    return parsed.success ? parsed.data : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(locale);
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be disabled (private mode); the language still applies for this visit.
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: ["ja", "en"],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

i18n.on("languageChanged", (lng) => {
  const parsed = Locale.safeParse(lng);
  applyDocumentLocale(parsed.success ? parsed.data : DEFAULT_LOCALE);
});
applyDocumentLocale(currentLocale());

export function currentLocale(): Locale {
  const parsed = Locale.safeParse(i18n.resolvedLanguage ?? i18n.language);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}

export async function setLocale(locale: Locale): Promise<void> {
  if (currentLocale() !== locale) await i18n.changeLanguage(locale);
}
