import { Alert, Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { IconCalendarDown, IconCalendarEvent, IconCoffee, IconLock, IconUserPlus } from "@tabler/icons-react";
import { useRouter } from "@tanstack/react-router";
import { type MouseEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Talk, TalkFormat } from "../../../../shared/contracts/talks";
import { ConfirmButton } from "../../../components/confirm-button";
import { PageHeader } from "../../../components/page-header";
import { ProblemAlert } from "../../../components/problem-alert";
import { RecordPage } from "../../../components/record-page";
import { ButtonLink } from "../../../components/router-links";
import { currentLocale } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { formatDate, formatDateTime, isoToTokyoInput, tokyoWallToIso } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { BackLink } from "../../../portals/admin/back-link";
import { useSignedInMe } from "../../me/api/get-me";
import {
  downloadTalkCalendar,
  hostCalendarPath,
  useCancelTalk,
  useCompleteTalk,
  useRescheduleTalk,
  useSaveTalkNote,
  useScheduleTalk,
  useTalk,
  useTalkCandidacy,
  useTalkHosts,
} from "../api/talks";
import { TalkFacts } from "./talk-facts";
import { TalkStatusBadge } from "./talk-status-badge";
import { DURATIONS, formatTalkTime } from "./talk-time";

/** One casual talk for its host or HR: the facts, scheduling, the .ics, cancel, completion, the private note, candidacy. */
export function TalkDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useTalk(id);
  return (
    <RecordPage
      query={query}
      back={<BackLink to={paths.admin.talks} label={t("talks.detail.back")} />}
      notFound={{
        title: t("talks.detail.notFoundTitle"),
        body: t("talks.detail.notFoundBody"),
        icon: <IconCoffee size={26} />,
        action: <ButtonLink to={paths.admin.talks}>{t("talks.detail.back")}</ButtonLink>,
      }}
    >
      {(talk) => <TalkDetail talk={talk} />}
    </RecordPage>
  );
}

function TalkDetail({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const en = currentLocale() === "en";
  const when = talk.startsAt && talk.endsAt ? formatTalkTime(talk.startsAt, talk.endsAt) : null;
  const live = talk.status === "scheduled" || talk.status === "requested";
  return (
    <>
      <PageHeader title={t("talks.detail.title", { name: talk.alumnus.name })} actions={<TalkStatusBadge status={talk.status} size="lg" />} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-facts">
            <Stack gap="sm">
              <Title order={2} size="h4" id="talk-facts">
                {t("talks.detail.facts")}
              </Title>
              <TalkFacts
                label={t("talks.detail.facts")}
                rows={[
                  [t("talks.detail.alumnus"), talk.alumnus.name],
                  [t("talks.detail.department"), talk.alumnus.department],
                  [t("talks.detail.leaveDate"), talk.alumnus.leaveDate ? formatDate(talk.alumnus.leaveDate) : null],
                  [t("talks.detail.when"), when],
                  [t("talks.detail.format"), talk.startsAt ? t(`talks.format.${talk.format}`) : null],
                  [t("talks.detail.location"), talk.location],
                  [t("talks.detail.host"), talk.hostName],
                  [t("talks.detail.position"), talk.position ? (en ? talk.position.titleEn : talk.position.titleJa) : null],
                  [t("talks.detail.note"), talk.note],
                  [t("talks.detail.cancelled"), talk.cancelledBy ? t(`talks.detail.cancelledBy.${talk.cancelledBy}`) : null],
                  [t("talks.detail.cancelReason"), talk.cancelReason],
                  [t("talks.detail.requestedAt"), formatDateTime(talk.createdAt)],
                ]}
              />
              <Group gap="sm">
                {talk.startsAt && talk.status !== "requested" ? (
                  <Button
                    variant="light"
                    leftSection={<IconCalendarDown size={16} aria-hidden />}
                    onClick={() => downloadTalkCalendar(hostCalendarPath(talk.id)).catch(notifyProblem)}
                  >
                    {t("talks.detail.downloadIcs")}
                  </Button>
                ) : null}
                {live ? <CancelTalk talk={talk} /> : null}
              </Group>
            </Stack>
          </Paper>
          {talk.status === "requested" ? <ScheduleTalk talk={talk} /> : null}
          {talk.status === "scheduled" ? <CompleteTalk talk={talk} /> : null}
          {talk.status === "scheduled" ? <RescheduleTalk talk={talk} /> : null}
        </Stack>
        <Stack gap="lg">
          {talk.status !== "requested" ? <HostNote talk={talk} /> : null}
          {talk.status === "completed" || talk.status === "scheduled" || talk.candidateId ? <Candidacy talk={talk} /> : null}
        </Stack>
      </SimpleGrid>
    </>
  );
}

function CancelTalk({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const cancel = useCancelTalk(talk.id);
  const [reason, setReason] = useState("");
  return (
    <ConfirmButton
      variant="default"
      color="red"
      confirmTitle={t("talks.detail.cancelTitle")}
      confirmMessage={
        <Stack gap="sm">
          <Text size="sm">{t("talks.detail.cancelMessage")}</Text>
          <Textarea
            label={t("talks.detail.cancelReasonLabel")}
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        </Stack>
      }
      confirmLabel={t("talks.detail.cancelConfirm")}
      onConfirm={() => cancel.mutateAsync({ reason: reason.trim() || null }).then(() => notifySuccess(t("talks.detail.cancelDone")))}
    >
      {t("talks.detail.cancel")}
    </ConfirmButton>
  );
}

/** A start (Tokyo), a length, and where: shared by scheduling a request and moving a talk. */
function TimeFields({
  start,
  setStart,
  minutes,
  setMinutes,
  errors,
}: {
  start: string;
  setStart: (v: string) => void;
  minutes: string;
  setMinutes: (v: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <TextInput
        type="datetime-local"
        label={t("talks.detail.startsAt")}
        required
        value={start}
        onChange={(e) => setStart(e.currentTarget.value)}
        error={errors.startsAt}
      />
      <Select
        label={t("talks.detail.duration")}
        data={DURATIONS.map((m) => ({ value: String(m), label: t("talks.minutes", { count: m }) }))}
        value={minutes}
        onChange={(v) => setMinutes(v ?? "30")}
        allowDeselect={false}
        error={errors.endsAt}
      />
    </SimpleGrid>
  );
}

function timesOf(start: string, minutes: string) {
  const startsAt = tokyoWallToIso(start);
  return { startsAt, endsAt: new Date(Date.parse(startsAt) + Number(minutes) * 60_000).toISOString() };
}

function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  return Object.fromEntries((error.problem.errors ?? []).map((e) => [e.path, e.message]));
}

function FormatAndPlace({
  format,
  setFormat,
  location,
  setLocation,
  idPrefix,
}: {
  format: TalkFormat;
  setFormat: (v: TalkFormat) => void;
  location: string;
  setLocation: (v: string) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={`${idPrefix}-format`}>
          {t("talks.detail.format")}
        </Text>
        <SegmentedControl
          w="fit-content"
          aria-labelledby={`${idPrefix}-format`}
          data={[
            { value: "online", label: t("talks.format.online") },
            { value: "in_person", label: t("talks.format.in_person") },
          ]}
          value={format}
          onChange={(v) => setFormat(v as TalkFormat)}
        />
      </Stack>
      <TextInput
        label={format === "online" ? t("talks.slots.locationOnline") : t("talks.slots.location")}
        placeholder={format === "online" ? t("talks.slots.locationPlaceholderOnline") : t("talks.slots.locationPlaceholderInPerson")}
        maxLength={300}
        value={location}
        onChange={(e) => setLocation(e.currentTarget.value)}
      />
    </>
  );
}

function ScheduleTalk({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const hosts = useTalkHosts();
  const schedule = useScheduleTalk(talk.id);
  const [hostUserId, setHostUserId] = useState<string | null>(me.user?.id ?? null);
  const [start, setStart] = useState("");
  const [minutes, setMinutes] = useState("30");
  const [format, setFormat] = useState<TalkFormat>("online");
  const [location, setLocation] = useState("");
  const errors = fieldErrorsOf(schedule.error);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-schedule">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarEvent size={20} aria-hidden />
          <Title order={2} size="h4" id="talk-schedule">
            {t("talks.detail.scheduleTitle")}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t("talks.detail.scheduleHint")}
        </Text>
        <Select
          label={t("talks.slots.host")}
          data={(hosts.data?.items ?? []).map((h) => ({ value: h.userId, label: h.name }))}
          value={hostUserId}
          onChange={setHostUserId}
          allowDeselect={false}
          searchable
          required
          error={errors.hostUserId}
        />
        <TimeFields start={start} setStart={setStart} minutes={minutes} setMinutes={setMinutes} errors={errors} />
        <FormatAndPlace format={format} setFormat={setFormat} location={location} setLocation={setLocation} idPrefix="talk-schedule" />
        {schedule.error && !Object.keys(errors).length ? <ProblemAlert error={schedule.error} /> : null}
        <Group justify="flex-end">
          <Button
            loading={schedule.isPending}
            disabled={!start || !hostUserId}
            onClick={() =>
              schedule.mutate(
                { hostUserId: hostUserId ?? "", ...timesOf(start, minutes), format, location: location.trim() || null },
                { onSuccess: () => notifySuccess(t("talks.detail.scheduled")) },
              )
            }
          >
            {t("talks.detail.schedule")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RescheduleTalk({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const reschedule = useRescheduleTalk(talk.id);
  const initialMinutes = talk.startsAt && talk.endsAt ? String(Math.round((Date.parse(talk.endsAt) - Date.parse(talk.startsAt)) / 60_000)) : "30";
  const [start, setStart] = useState(talk.startsAt ? isoToTokyoInput(talk.startsAt) : "");
  const [minutes, setMinutes] = useState(DURATIONS.map(String).includes(initialMinutes) ? initialMinutes : "30");
  const [format, setFormat] = useState<TalkFormat>(talk.format);
  const [location, setLocation] = useState(talk.location ?? "");
  const errors = fieldErrorsOf(reschedule.error);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-reschedule">
      <Stack gap="sm">
        <Title order={2} size="h4" id="talk-reschedule">
          {t("talks.detail.rescheduleTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("talks.detail.rescheduleHint")}
        </Text>
        <TimeFields start={start} setStart={setStart} minutes={minutes} setMinutes={setMinutes} errors={errors} />
        <FormatAndPlace format={format} setFormat={setFormat} location={location} setLocation={setLocation} idPrefix="talk-reschedule" />
        {reschedule.error && !Object.keys(errors).length ? <ProblemAlert error={reschedule.error} /> : null}
        <Group justify="flex-end">
          <Button
            variant="light"
            loading={reschedule.isPending}
            disabled={!start}
            onClick={() =>
              reschedule.mutate(
                { ...timesOf(start, minutes), format, location: location.trim() || null },
                { onSuccess: () => notifySuccess(t("talks.detail.rescheduled")) },
              )
            }
          >
            {t("talks.detail.reschedule")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function CompleteTalk({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const complete = useCompleteTalk(talk.id);
  const started = talk.startsAt !== null && Date.parse(talk.startsAt) <= Date.now();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-complete">
      <Stack gap="sm">
        <Title order={2} size="h4" id="talk-complete">
          {t("talks.detail.completeTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {started || !talk.startsAt ? t("talks.detail.completeHint") : t("talks.detail.completeWaiting", { when: formatDateTime(talk.startsAt) })}
        </Text>
        {complete.error ? <ProblemAlert error={complete.error} /> : null}
        <Group justify="flex-end">
          <Button
            variant="light"
            disabled={!started}
            loading={complete.isPending}
            onClick={() => complete.mutate({}, { onSuccess: () => notifySuccess(t("talks.detail.completed")) })}
          >
            {t("talks.detail.complete")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function HostNote({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const save = useSaveTalkNote(talk.id);
  const [note, setNote] = useState(talk.hostNote ?? "");
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-note">
      <Stack gap="sm">
        <Group gap="xs">
          <IconLock size={18} aria-hidden />
          <Title order={2} size="h4" id="talk-note">
            {t("talks.detail.noteTitle")}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t("talks.detail.noteHint")}
        </Text>
        <Textarea
          label={t("talks.detail.noteLabel")}
          placeholder={t("talks.detail.notePlaceholder")}
          autosize
          minRows={4}
          maxLength={4000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {save.error ? <ProblemAlert error={save.error} /> : null}
        <Group justify="flex-end">
          <Button
            variant="light"
            loading={save.isPending}
            disabled={note.trim() === (talk.hostNote ?? "")}
            onClick={() => save.mutate({ hostNote: note.trim() }, { onSuccess: () => notifySuccess(t("talks.detail.noteSaved")) })}
          >
            {t("talks.detail.saveNote")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Candidacy({ talk }: { talk: Talk }) {
  const { t } = useTranslation();
  const candidacy = useTalkCandidacy(talk.id);
  const router = useRouter();
  // The candidate page belongs to the pipeline's routes; navigate within the app by its path.
  const candidateHref = talk.candidateId ? paths.admin.candidate.replace("$id", talk.candidateId) : "";
  const openCandidate = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    router.history.push(candidateHref);
  };
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-candidacy">
      <Stack gap="sm">
        <Group gap="xs">
          <IconUserPlus size={18} aria-hidden />
          <Title order={2} size="h4" id="talk-candidacy">
            {t("talks.detail.candidacyTitle")}
          </Title>
        </Group>
        {talk.candidateId ? (
          <>
            <Alert color="teal" variant="light">
              {t("talks.detail.candidacyExists")}
            </Alert>
            <Group>
              <Button component="a" href={candidateHref} variant="light" onClick={openCandidate}>
                {t("talks.detail.openCandidate")}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t("talks.detail.candidacyHint")}
            </Text>
            {candidacy.error ? <ProblemAlert error={candidacy.error} /> : null}
            <Group justify="flex-end">
              <Button
                loading={candidacy.isPending}
                leftSection={<IconUserPlus size={16} aria-hidden />}
                onClick={() => candidacy.mutate({}, { onSuccess: () => notifySuccess(t("talks.detail.candidacyDone")) })}
              >
                {t("talks.detail.candidacy")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
