import { Button, Group, List, Paper, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, Timeline, Title } from "@mantine/core";
import { IconCalendarDown, IconCalendarEvent, IconUsersGroup } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Visit } from "../../../../shared/contracts/visits";
import { ConfirmButton } from "../../../components/confirm-button";
import { PageHeader } from "../../../components/page-header";
import { ProblemAlert } from "../../../components/problem-alert";
import { RecordPage } from "../../../components/record-page";
import { ButtonLink } from "../../../components/router-links";
import { formatDateTime } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { BackLink } from "../../../portals/admin/back-link";
import { actorTypeLabel, auditActionLabel } from "../../audit/components/audit-labels";
import { downloadVisitCalendar, requesterCalendarPath, useCancelVisit, useCompleteVisit, useScheduleVisit, useVisit } from "../api/visits";
import { formatSlot } from "./slot-time";
import { VisitFacts } from "./visit-facts";
import { VisitStatusBadge } from "./visit-status-badge";

/** One visit for HR or its requester: the facts, picking a proposed time, the .ics, cancel, completion and history. */
export function VisitDetailPage({ id, portal }: { id: string; portal: "admin" | "employee" }) {
  const { t } = useTranslation();
  const query = useVisit(id);
  const list = paths[portal].visits;
  return (
    <RecordPage
      query={query}
      back={<BackLink to={list} label={t("visits.back")} />}
      notFound={{
        title: t("visits.notFoundTitle"),
        body: t("visits.notFoundBody"),
        icon: <IconUsersGroup size={26} />,
        action: <ButtonLink to={list}>{t("visits.back")}</ButtonLink>,
      }}
    >
      {(visit) => <VisitDetail visit={visit} />}
    </RecordPage>
  );
}

function VisitDetail({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const cancel = useCancelVisit(visit.id);
  const open = ["requested", "accepted", "scheduled"].includes(visit.status);
  const agreed = visit.agreedStartsAt && visit.agreedEndsAt ? formatSlot({ startsAt: visit.agreedStartsAt, endsAt: visit.agreedEndsAt }) : null;
  const actorLabel = (actor: string) => actorTypeLabel(t, actor);

  return (
    <>
      <PageHeader
        title={visit.topic}
        description={t("visits.detail.subtitle", {
          candidate: visit.candidateName,
          affiliation: visit.candidateAffiliation ?? "",
          alumnus: visit.alumnus.name,
        })}
        actions={<VisitStatusBadge status={visit.status} size="lg" />}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-facts">
            <Stack gap="sm">
              <Title order={2} size="h4" id="visit-facts">
                {t("visits.detail.facts")}
              </Title>
              <VisitFacts
                label={t("visits.detail.facts")}
                rows={[
                  [t("visits.detail.alumnus"), visit.alumnus.name],
                  [t("visits.detail.requester"), visit.requesterName],
                  [t("visits.detail.candidate"), visit.candidateName],
                  [t("visits.detail.affiliation"), visit.candidateAffiliation],
                  [t("visits.detail.email"), visit.candidateEmail],
                  [t("visits.detail.topic"), visit.topic],
                  [t("visits.detail.format"), t(`visits.format.${visit.format}`)],
                  [t("visits.detail.message"), visit.message],
                  [t("visits.detail.agreed"), agreed],
                  [t("visits.detail.meetingDetails"), visit.meetingDetails],
                  [t("visits.detail.declineReason"), visit.declineReason],
                  [t("visits.detail.outcomeNote"), visit.outcomeNote],
                  [t("visits.detail.requestedAt"), formatDateTime(visit.createdAt)],
                ]}
              />
              <Group gap="sm">
                {visit.agreedStartsAt ? (
                  <Button
                    variant="light"
                    leftSection={<IconCalendarDown size={16} aria-hidden />}
                    onClick={() => downloadVisitCalendar(requesterCalendarPath(visit.id)).catch(notifyProblem)}
                  >
                    {t("visits.detail.downloadIcs")}
                  </Button>
                ) : null}
                {open ? (
                  <ConfirmButton
                    variant="default"
                    color="red"
                    confirmTitle={t("visits.detail.cancelTitle")}
                    confirmMessage={t("visits.detail.cancelMessage")}
                    confirmLabel={t("visits.detail.cancelConfirm")}
                    onConfirm={() => cancel.mutateAsync(undefined).then(() => notifySuccess(t("visits.detail.cancelled")))}
                  >
                    {t("visits.detail.cancel")}
                  </ConfirmButton>
                ) : null}
              </Group>
            </Stack>
          </Paper>
          {visit.status === "requested" ? (
            <Paper withBorder radius="md" p="lg">
              <Stack gap="xs">
                <Text>{t("visits.detail.waiting")}</Text>
                {visit.proposedSlots.length ? (
                  <>
                    <Text size="sm" c="dimmed">
                      {t("visits.detail.proposedByRequester")}
                    </Text>
                    <List size="sm">
                      {visit.proposedSlots.map((slot) => (
                        <List.Item key={slot.startsAt}>{formatSlot(slot)}</List.Item>
                      ))}
                    </List>
                  </>
                ) : null}
              </Stack>
            </Paper>
          ) : null}
          {visit.status === "accepted" ? <PickSlot visit={visit} /> : null}
          {visit.status === "scheduled" ? <Complete visit={visit} /> : null}
        </Stack>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-timeline" style={{ alignSelf: "flex-start" }}>
          <Stack gap="md">
            <Title order={2} size="h4" id="visit-timeline">
              {t("visits.detail.timeline")}
            </Title>
            <Timeline active={visit.timeline.length - 1} bulletSize={14} lineWidth={2}>
              {visit.timeline.map((entry) => (
                <Timeline.Item key={`${entry.action}-${entry.at}`} title={auditActionLabel(t, entry.action)}>
                  <Text size="xs" c="dimmed">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> ・ {actorLabel(entry.actor)}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Stack>
        </Paper>
      </SimpleGrid>
    </>
  );
}

function PickSlot({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const schedule = useScheduleVisit(visit.id);
  const [choice, setChoice] = useState<string>(visit.proposedSlots[0]?.startsAt ?? "");
  const [details, setDetails] = useState(visit.meetingDetails ?? "");
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-pick">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarEvent size={20} aria-hidden />
          <Title order={2} size="h4" id="visit-pick">
            {t("visits.detail.pickTitle")}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t("visits.detail.pickHint")}
        </Text>
        <Radio.Group label={t("visits.detail.pickLabel")} value={choice} onChange={setChoice}>
          <Stack gap="xs" mt="xs">
            {visit.proposedSlots.map((slot) => (
              <Radio key={slot.startsAt} value={slot.startsAt} label={formatSlot(slot)} />
            ))}
          </Stack>
        </Radio.Group>
        <TextInput
          label={t("visits.detail.meetingDetailsLabel")}
          placeholder={t("visits.detail.meetingDetailsPlaceholder")}
          value={details}
          maxLength={500}
          onChange={(e) => setDetails(e.currentTarget.value)}
        />
        {schedule.error ? <ProblemAlert error={schedule.error} /> : null}
        <Group justify="flex-end">
          <Button
            loading={schedule.isPending}
            disabled={!choice}
            onClick={() =>
              schedule.mutate({ startsAt: choice, meetingDetails: details.trim() || null }, { onSuccess: () => notifySuccess(t("visits.detail.scheduled")) })
            }
          >
            {t("visits.detail.schedule")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Complete({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const complete = useCompleteVisit(visit.id);
  const [note, setNote] = useState("");
  const over = visit.agreedStartsAt !== null && Date.parse(visit.agreedStartsAt) <= Date.now();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-complete">
      <Stack gap="sm">
        <Title order={2} size="h4" id="visit-complete">
          {t("visits.detail.completeTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("visits.detail.completeHint")}
        </Text>
        <Textarea
          label={t("visits.detail.outcomeNoteLabel")}
          placeholder={t("visits.detail.outcomeNotePlaceholder")}
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          disabled={!over}
        />
        {complete.error ? <ProblemAlert error={complete.error} /> : null}
        <Group justify="flex-end">
          <Button
            variant="light"
            disabled={!over}
            loading={complete.isPending}
            onClick={() => complete.mutate({ outcomeNote: note.trim() || null }, { onSuccess: () => notifySuccess(t("visits.detail.completed")) })}
          >
            {t("visits.detail.complete")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
