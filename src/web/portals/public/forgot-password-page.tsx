import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/router-links";
import { EmailLinkForm } from "../../features/auth/components/email-link-form";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { AuthCard } from "./auth-card";
import { PublicLayout } from "./public-layout";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.forgot.title"));
  return (
    <PublicLayout>
      <AuthCard title={t("auth.forgot.title")} description={t("auth.forgot.description")}>
        <EmailLinkForm kind="reset" />
        <Group justify="center">
          <AnchorLink to={paths.login} size="sm">
            {t("auth.backToLogin")}
          </AnchorLink>
        </Group>
      </AuthCard>
    </PublicLayout>
  );
}
