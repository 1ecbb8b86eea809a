import { Group, ThemeIcon } from "@mantine/core";
import { IconShieldLock } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../components/router-links";
import { MfaVerifyForm } from "../../features/auth/components/mfa-verify-form";
import { useDocumentTitle } from "../../lib/document-title";
import { paths } from "../../lib/paths";
import { destinationAfterSignIn } from "./after-sign-in";
import { AuthCard } from "./auth-card";
import { PublicLayout } from "./public-layout";

export function MfaPage({ search }: { search: { redirect?: string } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t("auth.mfa.title"));

  return (
    <PublicLayout>
      <AuthCard
        title={t("auth.mfa.title")}
        description={t("auth.mfa.description")}
        icon={
          <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
            <IconShieldLock size={24} />
          </ThemeIcon>
        }
      >
        <MfaVerifyForm onVerified={(result) => void navigate({ href: destinationAfterSignIn(result, search.redirect) })} />
        <Group justify="center">
          <AnchorLink to={paths.login} size="sm">
            {t("auth.backToLogin")}
          </AnchorLink>
        </Group>
      </AuthCard>
    </PublicLayout>
  );
}
