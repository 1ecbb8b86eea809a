import { Paper, Stack, Title } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { portalForRole } from "../../../shared/roles";
import { PageHeader } from "../../components/page-header";
import { useSignedInMe } from "../../features/me/api/get-me";
import { LanguagePreference } from "../../features/me/components/language-preference";
import { MfaSection } from "../../features/me/components/mfa-section";
import { ProfileForm } from "../../features/me/components/profile-form";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The same account page in every portal: profile, language, two-factor authentication. */
export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSignedInMe();
  const mfaRequired = me.mfaSetupRequired;

  const profile = (
    <Section key="profile" id="account-profile" title={t("account.profile.title")}>
      {me.user ? <ProfileForm user={me.user} /> : null}
    </Section>
  );
  const mfa = (
    <Section key="mfa" id="account-mfa" title={t("account.mfa.title")}>
      <MfaSection
        me={me}
        onEnabled={() => {
          // Once the company's requirement is met, the rest of the portal opens up.
          if (mfaRequired) void navigate({ to: portalForRole(me.role) });
        }}
      />
    </Section>
  );
  const language = (
    <Section key="language" id="account-language" title={t("account.language.title")}>
      <LanguagePreference />
    </Section>
  );

  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <Stack gap="lg">{mfaRequired ? [mfa, profile, language] : [profile, language, mfa]}</Stack>
    </>
  );
}
