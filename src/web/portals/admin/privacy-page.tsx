import { Paper, Tabs } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { ConsentsPanel } from "../../features/privacy/components/consents-panel";
import { NoticePanel } from "../../features/privacy/components/notice-panel";
import { RequestsPanel } from "../../features/privacy/components/requests-panel";
import { RetentionPanel } from "../../features/privacy/components/retention-panel";
import { paths } from "../../lib/paths";

export const PRIVACY_TABS = ["requests", "notice", "consents", "retention"] as const;
export type PrivacyTab = (typeof PRIVACY_TABS)[number];

/** The privacy console: data-subject requests, the privacy notice, consents and retention, one tab each. */
export function PrivacyPage({ tab }: { tab: PrivacyTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t("privacy.title")} description={t("privacy.description")} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = PRIVACY_TABS.find((candidate) => candidate === value) ?? "requests";
          void navigate({ to: paths.admin.privacy, search: { tab: next === "requests" ? undefined : next }, replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          {PRIVACY_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`privacy.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder radius="md" p="lg">
          <Tabs.Panel value="requests">
            <RequestsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="notice">
            <NoticePanel />
          </Tabs.Panel>
          <Tabs.Panel value="consents">
            <ConsentsPanel />
          </Tabs.Panel>
          <Tabs.Panel value="retention">
            <RetentionPanel />
          </Tabs.Panel>
        </Paper>
      </Tabs>
    </>
  );
}
