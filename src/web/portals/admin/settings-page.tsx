import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { OpenTrackingSetting } from "../../features/announcements/components/open-tracking-setting";
import { meKeys } from "../../features/me/api/get-me";
import { useTenantSettings } from "../../features/tenant/api/get-tenant-settings";
import { TenantSettingsForm } from "../../features/tenant/components/tenant-settings-form";

export function SettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useTenantSettings();

  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      {settings.isPending ? (
        <PageLoader />
      ) : settings.isError ? (
        <ProblemAlert error={settings.error} />
      ) : (
        <>
          <TenantSettingsForm
            key={settings.dataUpdatedAt}
            settings={settings.data}
            // The company name in the header and the MFA requirement both live on "me".
            onSaved={() => void queryClient.invalidateQueries({ queryKey: meKeys.all })}
          />
          <OpenTrackingSetting settings={settings.data} />
        </>
      )}
    </>
  );
}
