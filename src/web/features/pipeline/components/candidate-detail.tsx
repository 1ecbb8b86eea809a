import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { IconCalendarDown, IconCalendarPlus, IconInfoCircle, IconUserSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateDetail, Interview, Stage } from "../../../../shared/contracts/pipeline";
import { ConfirmButton } from "../../../components/confirm-button";
import { PageHeader } from "../../../components/page-header";
import { ProblemAlert } from "../../../components/problem-alert";
import { RecordPage } from "../../../components/record-page";
import { AnchorLink, ButtonLink } from "../../../components/router-links";
import { formatDate, formatDateTime, formatTimeRange } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { BackLink } from "../../../portals/admin/back-link";
import { MarkdownEditor } from "../../markdown/components/markdown-editor";
import {
  downloadInterviewCalendar,
  useAddNote,
  useCancelInterview,
  useCandidate,
  useEmailCandidate,
  usePipelineOptions,
  useStages,
  useUpdateCandidate,
} from "../api/pipeline";
import { ActivityTimeline } from "./activity-timeline";
import { InterviewFormModal } from "./interview-form-modal";
import { positionTitle, stageColor, stageName } from "./labels";
import { useMoveFlow } from "./move-flow";

export function CandidatePageBody({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useCandidate(id);
  const back = <BackLink to={paths.admin.pipeline} label={t("pipeline.candidate.back")} />;
  return (
    <RecordPage
      query={query}
      back={back}
      notFound={{
        title: t("pipeline.candidate.notFoundTitle"),
        body: t("pipeline.candidate.notFoundBody"),
        icon: <IconUserSearch size={26} />,
        action: <ButtonLink to={paths.admin.pipeline}>{t("pipeline.candidate.back")}</ButtonLink>,
      }}
    >
      {(candidate) => <Candidate candidate={candidate} />}
    </RecordPage>
  );
}

function Candidate({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  const stages = useStages().data?.items ?? [candidate.stage];
  const options = usePipelineOptions();
  const update = useUpdateCandidate(candidate.id);
  const title = positionTitle(candidate);

  const badges = (
    <Group gap="xs">
      <Badge size="lg" variant="light" color={stageColor(candidate.stage)}>
        {stageName(candidate.stage)}
      </Badge>
      {candidate.alumnus ? (
        <Badge size="lg" variant="light" color="grape">
          {t("pipeline.card.alumnus")}
        </Badge>
      ) : null}
      {candidate.alumnus?.returnedAt ? (
        <Badge size="lg" variant="filled" color="teal">
          {t("pipeline.candidate.returned")}
        </Badge>
      ) : null}
    </Group>
  );

  const facts: [string, React.ReactNode][] = [
    [t("pipeline.candidate.position"), title ?? t("pipeline.card.noPosition")],
    [t("pipeline.candidate.source"), t(`pipeline.source.${candidate.source}`)],
    ...(candidate.referrerName ? ([[t("pipeline.candidate.referrer"), candidate.referrerName]] as [string, string][]) : []),
    ...(candidate.sourceDetail ? ([[t("pipeline.candidate.agency"), candidate.sourceDetail]] as [string, string][]) : []),
    [t("pipeline.candidate.email"), candidate.email ?? "—"],
    [t("pipeline.candidate.phone"), candidate.phone ?? "—"],
    [t("pipeline.candidate.createdAt"), formatDate(candidate.createdAt)],
    [t("pipeline.candidate.stageSince"), formatDateTime(candidate.stageEnteredAt)],
    ...(candidate.rejectionReason
      ? ([
          [
            t("pipeline.candidate.rejection"),
            `${t(`pipeline.reason.${candidate.rejectionReason}`)}${candidate.rejectionNote ? `（${candidate.rejectionNote}）` : ""}`,
          ],
        ] as [string, string][])
      : []),
    ...(candidate.hiredAt ? ([[t("pipeline.candidate.hiredAt"), formatDate(candidate.hiredAt)]] as [string, string][]) : []),
  ];

  return (
    <>
      <PageHeader
        title={candidate.name}
        description={
          <Group gap="md" component="span">
            {candidate.nameKana ? <span>{candidate.nameKana}</span> : null}
            {title ? <span>{title}</span> : null}
            {candidate.alumnus ? (
              <AnchorLink to={paths.admin.alumnus} params={{ id: candidate.alumnus.id }} size="sm">
                {t("pipeline.candidate.alumnusLink")}
              </AnchorLink>
            ) : null}
          </Group>
        }
        actions={badges}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="candidate-stage">
            <Stack gap="sm">
              <Title order={2} size="h4" id="candidate-stage">
                {t("pipeline.candidate.stageTitle")}
              </Title>
              <StageControl candidate={candidate} stages={stages} />
              <Select
                label={t("pipeline.candidate.owner")}
                data={[
                  { value: "", label: t("pipeline.candidate.ownerNone") },
                  ...(options.data?.people ?? []).map((p) => ({ value: p.userId, label: p.name })),
                ]}
                value={candidate.ownerUserId ?? ""}
                onChange={(v) =>
                  update.mutate(
                    { ownerUserId: v || null, version: candidate.version },
                    { onSuccess: () => notifySuccess(t("pipeline.candidate.ownerSaved")), onError: notifyProblem },
                  )
                }
                allowDeselect={false}
                searchable
                w={280}
                disabled={update.isPending}
              />
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="candidate-facts">
            <Stack gap="sm">
              <Title order={2} size="h4" id="candidate-facts">
                {t("pipeline.candidate.facts")}
              </Title>
              <Table variant="vertical" layout="fixed" withTableBorder={false} aria-labelledby="candidate-facts">
                <Table.Tbody>
                  {facts.map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th w={180} scope="row">
                        {label}
                      </Table.Th>
                      <Table.Td style={{ overflowWrap: "anywhere" }}>{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
          <Interviews candidate={candidate} />
          <EmailForm candidate={candidate} />
        </Stack>
        <Stack gap="lg">
          <NoteForm candidateId={candidate.id} />
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="candidate-timeline">
            <Stack gap="md">
              <Title order={2} size="h4" id="candidate-timeline">
                {t("pipeline.candidate.timeline")}
              </Title>
              <ActivityTimeline candidateId={candidate.id} stages={stages} />
            </Stack>
          </Paper>
        </Stack>
      </SimpleGrid>
    </>
  );
}

function StageControl({ candidate, stages }: { candidate: CandidateDetail; stages: Stage[] }) {
  const { t } = useTranslation();
  const flow = useMoveFlow();
  const [target, setTarget] = useState<string | null>(null);
  const stage = stages.find((s) => s.id === target);
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t("pipeline.candidate.stageSelect")}
        data={stages.filter((s) => s.id !== candidate.stageId).map((s) => ({ value: s.id, label: stageName(s) }))}
        value={target}
        onChange={setTarget}
        w={240}
      />
      <Button
        disabled={!stage}
        loading={flow.pending}
        onClick={() => {
          if (stage) flow.request(candidate, stage);
          setTarget(null);
        }}
      >
        {t("pipeline.candidate.moveButton")}
      </Button>
      {flow.modals}
    </Group>
  );
}

function Interviews({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  const options = usePipelineOptions();
  const cancel = useCancelInterview();
  const [editing, setEditing] = useState<Interview | "new" | null>(null);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="candidate-interviews">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="candidate-interviews">
            {t("pipeline.candidate.interviews")}
          </Title>
          {candidate.closed ? null : (
            <Button variant="light" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setEditing("new")}>
              {t("pipeline.candidate.scheduleInterview")}
            </Button>
          )}
        </Group>
        {candidate.interviews.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("pipeline.candidate.interviewsEmpty")}
          </Text>
        ) : (
          candidate.interviews.map((interview) => (
            <Paper key={interview.id} withBorder radius="sm" p="sm" bg={interview.status === "cancelled" ? "gray.0" : undefined}>
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Text fw={600} td={interview.status === "cancelled" ? "line-through" : undefined}>
                      {interview.title}
                    </Text>
                    <Badge size="sm" variant="light" color={interview.status === "cancelled" ? "gray" : "blue"}>
                      {t(`pipeline.candidate.interviewStatus.${interview.status}`)}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {formatTimeRange(interview.startsAt, interview.endsAt)} ・ {t(`pipeline.interviewForm.${interview.format}`)}
                  </Text>
                  {interview.location ? (
                    <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                      {interview.location}
                    </Text>
                  ) : null}
                  {interview.interviewers.length ? (
                    <Text size="xs" c="dimmed">
                      {t("pipeline.candidate.interviewers", { names: interview.interviewers.map((i) => i.name).join("、") })}
                    </Text>
                  ) : null}
                </Stack>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconCalendarDown size={14} aria-hidden />}
                    onClick={() => downloadInterviewCalendar(interview.id).catch(notifyProblem)}
                  >
                    {t("pipeline.candidate.downloadIcs")}
                  </Button>
                  {interview.status === "scheduled" ? (
                    <>
                      <Button size="xs" variant="default" onClick={() => setEditing(interview)}>
                        {t("pipeline.candidate.editInterview")}
                      </Button>
                      <ConfirmButton
                        size="xs"
                        variant="default"
                        color="red"
                        confirmTitle={t("pipeline.candidate.cancelInterviewTitle")}
                        confirmMessage={t("pipeline.candidate.cancelInterviewBody")}
                        confirmLabel={t("pipeline.candidate.cancelInterviewConfirm")}
                        onConfirm={() => cancel.mutateAsync(interview.id).then(() => notifySuccess(t("pipeline.candidate.interviewCancelled")))}
                      >
                        {t("pipeline.candidate.cancelInterview")}
                      </ConfirmButton>
                    </>
                  ) : null}
                </Group>
              </Group>
            </Paper>
          ))
        )}
      </Stack>
      {editing ? (
        <InterviewFormModal
          candidateId={candidate.id}
          interview={editing === "new" ? undefined : editing}
          options={options.data}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Paper>
  );
}

function NoteForm({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const add = useAddNote(candidateId);
  const [body, setBody] = useState("");
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="candidate-note">
      <Stack gap="sm">
        <Title order={2} size="h4" id="candidate-note">
          {t("pipeline.candidate.noteTitle")}
        </Title>
        <MarkdownEditor
          label={t("pipeline.candidate.noteLabel")}
          placeholder={t("pipeline.candidate.notePlaceholder")}
          value={body}
          onChange={setBody}
          maxLength={5000}
          minRows={3}
        />
        {add.error ? <ProblemAlert error={add.error} /> : null}
        <Group justify="flex-end">
          <Button
            disabled={!body.trim()}
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { body },
                {
                  onSuccess: () => {
                    setBody("");
                    notifySuccess(t("pipeline.candidate.noteSaved"));
                  },
                },
              )
            }
          >
            {t("pipeline.candidate.noteSubmit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function EmailForm({ candidate }: { candidate: CandidateDetail }) {
  const { t } = useTranslation();
  const send = useEmailCandidate(candidate.id);
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const reachable = Boolean(candidate.email || candidate.alumnus);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="candidate-email">
      <Stack gap="sm">
        <Title order={2} size="h4" id="candidate-email">
          {t("pipeline.candidate.emailTitle")}
        </Title>
        {!reachable ? (
          <Text size="sm" c="dimmed">
            {t("pipeline.candidate.emailNoAddress")}
          </Text>
        ) : (
          <>
            {candidate.alumnus ? (
              <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
                <Text size="sm">{t("pipeline.candidate.emailAlumnusHint")}</Text>
              </Alert>
            ) : null}
            <TextInput
              label={t("pipeline.candidate.emailSubject")}
              value={subject}
              onChange={(e) => setSubject(e.currentTarget.value)}
              maxLength={200}
              required
            />
            <Textarea
              label={t("pipeline.candidate.emailBody")}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              maxLength={5000}
              autosize
              minRows={4}
              required
            />
            {send.error ? <ProblemAlert error={send.error} /> : null}
            <Group justify="flex-end">
              <Button
                disabled={!subject.trim() || !body.trim()}
                loading={send.isPending}
                onClick={() =>
                  send.mutate(
                    { subject: subject.trim(), body },
                    {
                      onSuccess: () => {
                        setSubject("");
                        setBody("");
                        notifySuccess(t("pipeline.candidate.emailSent"));
                      },
                    },
                  )
                }
              >
                {t("pipeline.candidate.emailSubmit")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
