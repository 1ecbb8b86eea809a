import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/router-links";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { PublicLayout } from "./public-layout";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <PublicLayout>
      <Stack align="center" ta="center" gap="md" py="xl">
        <Text fz={56} fw={800} c="indigo.8" aria-hidden>
          404
        </Text>
        <Title order={1} size="h2">
          {t("notFound.title")}
        </Title>
        <Text c="dimmed">{t("notFound.body")}</Text>
        <ButtonLink to={paths.root}>{t("notFound.back")}</ButtonLink>
      </Stack>
    </PublicLayout>
  );
}
