import { Paper, Radio, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { MAIL_FORMATS } from "../../../shared/contracts/alumni-portal";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { AnchorLink } from "../../components/router-links";
import { useMyProfile, useUpdateMySettings } from "../../features/alumni-portal/api/my-profile";
import { LanguagePreference } from "../../features/me/components/language-preference";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";

export function AlumniSettingsPage() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  const update = useUpdateMySettings();
  return (
    <>
      <PageHeader title={t("registration.portal.settings.title")} />
      <Stack gap="lg" maw={760}>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-language">
          <Title order={2} size="h4" id="settings-language" mb="md">
            {t("registration.portal.settings.language")}
          </Title>
          <LanguagePreference />
        </Paper>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-mail">
          <Title order={2} size="h4" id="settings-mail" mb="md">
            {t("registration.portal.settings.mailFormat")}
          </Title>
          {profile.isPending ? (
            <PageLoader />
          ) : profile.isError ? (
            <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />
          ) : (
            <Radio.Group
              aria-labelledby="settings-mail"
              description={t("registration.portal.settings.mailFormatHint")}
              value={profile.data.mailFormat}
              onChange={(value) =>
                update.mutate({ mailFormat: value === "text" ? "text" : "html" }, { onSuccess: () => notifySuccess(t("registration.portal.settings.saved")) })
              }
            >
              <Stack gap="xs" mt="xs">
                {MAIL_FORMATS.map((format) => (
                  <Radio key={format} value={format} label={t(`registration.portal.settings.${format}`)} disabled={update.isPending} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <ProblemAlert error={update.error} />
        </Paper>
        <AnchorLink to={paths.alumni.account} size="sm">
          {t("registration.portal.settings.accountLink")}
        </AnchorLink>
      </Stack>
    </>
  );
}
