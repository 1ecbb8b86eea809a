import { Paper, Stack, Tabs } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { SlotForm, SlotList } from "../../features/talks/components/slot-panel";
import { TalkList } from "../../features/talks/components/talk-list";

const TABS = ["upcoming", "requests", "slots", "past"] as const;
type Tab = (typeof TABS)[number];

/** Casual talks in the console: upcoming, requests without a slot, the slots on offer, and the past. */
export function TalksPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>("upcoming");
  return (
    <>
      <PageHeader title={t("nav.talks")} description={t("talks.console.description")} />
      <Paper withBorder radius="md" p="lg">
        <Tabs value={tab} onChange={(value) => setTab(TABS.find((x) => x === value) ?? "upcoming")}>
          <Tabs.List mb="md">
            {TABS.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`talks.console.tabs.${key}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="upcoming">{tab === "upcoming" ? <TalkList view="upcoming" /> : null}</Tabs.Panel>
          <Tabs.Panel value="requests">{tab === "requests" ? <TalkList view="requests" /> : null}</Tabs.Panel>
          <Tabs.Panel value="slots">
            {tab === "slots" ? (
              <Stack gap="lg">
                <SlotForm />
                <SlotList />
              </Stack>
            ) : null}
          </Tabs.Panel>
          <Tabs.Panel value="past">{tab === "past" ? <TalkList view="past" /> : null}</Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
