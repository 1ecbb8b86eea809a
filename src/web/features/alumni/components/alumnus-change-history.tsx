import { Button, Group, SegmentedControl, Stack, Text, Timeline } from "@mantine/core";
import { IconEye, IconPencil, IconPlus } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../../../shared/contracts/audit";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { currentLocale } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { useAlumnusHistory } from "../api/get-alumnus-history";
import { fieldLabel } from "./alumni-field-labels";
import { ProfileSection } from "./alumnus-profile";

type Props = {
  alumnusId: string;
  /** A link to the full audit log, for those who may open it. */
  auditLink?: ReactNode;
};

type Show = "changes" | "all";

/** Who added or changed which fields, and when; reads on request. The values themselves are never logged, by design. */
export function AlumnusChangeHistory({ alumnusId, auditLink }: Props) {
  const { t } = useTranslation();
  const [show, setShow] = useState<Show>("changes");
  const history = useAlumnusHistory(alumnusId, true);
  const events = (history.data?.pages.flatMap((page) => page.items) ?? []).filter((event) => show === "all" || event.action !== "alumnus.viewed");

  return (
    <ProfileSection id="section-change-history" title={t("alumni.changeHistory.title")} description={t("alumni.changeHistory.description")}>
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          size="xs"
          value={show}
          onChange={(value) => setShow(value === "all" ? "all" : "changes")}
          data={[
            { value: "changes", label: t("alumni.changeHistory.showChanges") },
            { value: "all", label: t("alumni.changeHistory.showAll") },
          ]}
          aria-label={t("alumni.changeHistory.showLabel")}
        />
        {auditLink}
      </Group>
      {history.isPending ? (
        <PageLoader minHeight={80} />
      ) : history.isError ? (
        <ProblemAlert error={history.error} />
      ) : (
        <Stack gap="md">
          {events.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("alumni.changeHistory.empty")}
            </Text>
          ) : (
            <HistoryTimeline events={events} />
          )}
          {history.hasNextPage ? (
            <Group>
              <Button variant="light" size="xs" loading={history.isFetchingNextPage} onClick={() => void history.fetchNextPage()}>
                {t("common.loadMore")}
              </Button>
            </Group>
          ) : null}
        </Stack>
      )}
    </ProfileSection>
  );
}

const icons: Record<string, ReactNode> = {
  "alumnus.created": <IconPlus size={14} aria-hidden />,
  "alumnus.updated": <IconPencil size={14} aria-hidden />,
  "alumnus.viewed": <IconEye size={14} aria-hidden />,
};

const titleKeys: Record<string, `alumni.changeHistory.${"created" | "updated" | "viewed" | "eligibilityOverridden" | "eligibilityOverrideCleared"}`> = {
  "alumnus.created": "alumni.changeHistory.created",
  "alumnus.updated": "alumni.changeHistory.updated",
  "alumnus.viewed": "alumni.changeHistory.viewed",
  "alumnus.eligibility_overridden": "alumni.changeHistory.eligibilityOverridden",
  "alumnus.eligibility_override_cleared": "alumni.changeHistory.eligibilityOverrideCleared",
};

function HistoryTimeline({ events }: { events: AuditEvent[] }) {
  const { t } = useTranslation();
  const list = new Intl.ListFormat(currentLocale(), { style: "short", type: "conjunction" });
  return (
    <Timeline bulletSize={26} lineWidth={2}>
      {events.map((event) => {
        const fields = typeof event.meta.fields === "string" ? event.meta.fields.split(",").filter(Boolean) : [];
        const actor =
          event.actorLabel ??
          (event.actorType === "system"
            ? t("audit.actor.system")
            : event.actorType === "apiKey"
              ? t("audit.actorTypes.apiKey")
              : t("alumni.changeHistory.unknownActor"));
        const titleKey = titleKeys[event.action];
        const title = titleKey ? t(titleKey) : event.action;
        return (
          <Timeline.Item
            key={event.id}
            bullet={icons[event.action] ?? <IconPencil size={14} aria-hidden />}
            color={event.action === "alumnus.viewed" ? "gray" : undefined}
            title={
              <Text size="sm" fw={600} component="span">
                {title}
              </Text>
            }
          >
            <Stack gap={2}>
              {fields.length ? (
                <Text size="sm">{t("alumni.changeHistory.fields", { fields: list.format(fields.map((name) => fieldLabel(t, name))) })}</Text>
              ) : null}
              <Group gap={8}>
                <Text size="xs" c="dimmed">
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </Text>
                <Text size="xs" c="dimmed">
                  {t("alumni.changeHistory.by", { actor })}
                </Text>
              </Group>
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
