import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the tab title as "<page> | Okaeri" in the current language. */
export function useDocumentTitle(pageTitle: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    const product = t("app.name");
    document.title = pageTitle ? `${pageTitle} | ${product}` : product;
  }, [pageTitle, t]);
}
