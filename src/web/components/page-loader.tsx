import { Center, Loader, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function PageLoader({ minHeight = 240 }: { minHeight?: number | string }) {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Loader type="dots" aria-hidden />
      <VisuallyHidden>{t("common.loading")}</VisuallyHidden>
    </Center>
  );
}
