import { Stack, Text, ThemeIcon } from "@mantine/core";
import { IconPlant2 } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/router-links";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { AuthCard } from "./auth-card";
import { PublicLayout } from "./public-layout";

/** After "delete my account": a kind goodbye, and the door left open. */
export function GoodbyePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("registration.goodbye.pageTitle"));
  return (
    <PublicLayout>
      <AuthCard
        title={t("registration.goodbye.title")}
        icon={
          <ThemeIcon size={44} radius="xl" variant="light" color="teal" aria-hidden>
            <IconPlant2 size={24} />
          </ThemeIcon>
        }
      >
        <Stack gap="lg">
          <Text>{t("registration.goodbye.body")}</Text>
          <Text fw={600}>{t("registration.goodbye.door")}</Text>
          <ButtonLink to={paths.login} variant="default" fullWidth>
            {t("registration.goodbye.toLogin")}
          </ButtonLink>
        </Stack>
      </AuthCard>
    </PublicLayout>
  );
}
