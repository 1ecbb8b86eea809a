import { Blockquote, Button, CopyButton, Group, Paper, Radio, SegmentedControl, Stack, Text, Textarea, Title } from "@mantine/core";
import { IconCheck, IconCopy, IconMessageHeart } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyOutreach, OutreachOutcome } from "../../../../shared/contracts/colleagues";
import { EmptyState } from "../../../components/empty-state";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useMyOutreach, useRecordOutcome } from "../api/colleagues";
import { OutreachStatusBadge } from "./outreach-status-badge";
import { SharedPeriods } from "./shared-periods";

/** 「声かけのお願い」: HR's requests to me, the suggested words to copy, and what happened. */
export function MyOutreachList() {
  const { t } = useTranslation();
  const list = useMyOutreach();
  if (list.isPending) return <PageLoader minHeight={120} />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data.items.length)
    return <EmptyState icon={<IconMessageHeart size={26} />} title={t("colleagues.mine.emptyTitle")} description={t("colleagues.mine.emptyBody")} />;
  return (
    <Stack gap="md">
      {list.data.items.map((o) => (
        <OutreachItem key={o.id} outreach={o} />
      ))}
    </Stack>
  );
}

function OutreachItem({ outreach }: { outreach: MyOutreach }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(outreach.status === "requested");
  const work = [outreach.alumnus.currentEmployer, outreach.alumnus.currentRole].filter(Boolean).join(" ");
  const headingId = `outreach-${outreach.id}`;
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              {t("colleagues.mine.itemTitle", { name: outreach.alumnus.name })}
            </Title>
            {work ? (
              <Text size="sm" c="dimmed">
                {t("colleagues.mine.now", { work })}
              </Text>
            ) : null}
          </Stack>
          <OutreachStatusBadge status={outreach.status} outcome={outreach.outcome} />
        </Group>
        <SharedPeriods periods={outreach.periods} />
        <Text size="xs" c="dimmed">
          {t("colleagues.mine.requestedBy", { by: outreach.requestedByName ?? t("colleagues.card.someone"), date: formatDate(outreach.createdAt) })}
        </Text>
        <Stack gap={6}>
          <Group justify="space-between">
            <Text size="sm" fw={600}>
              {t("colleagues.mine.suggested")}
            </Text>
            <CopyButton value={outreach.suggestedMessage} timeout={2000}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant={copied ? "light" : "default"}
                  color={copied ? "teal" : undefined}
                  leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                  onClick={copy}
                >
                  {copied ? t("common.copied") : t("colleagues.mine.copy")}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Blockquote color="cyan" p="sm" style={{ whiteSpace: "pre-wrap", fontSize: "var(--mantine-font-size-sm)" }}>
            {outreach.suggestedMessage}
          </Blockquote>
          <Text size="xs" c="dimmed">
            {t("colleagues.mine.personalNote")}
          </Text>
        </Stack>
        {editing ? (
          <OutcomeForm outreach={outreach} onDone={() => setEditing(false)} />
        ) : (
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">{outreach.outcomeNote ?? ""}</Text>
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              {t("colleagues.mine.change")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function OutcomeForm({ outreach, onDone }: { outreach: MyOutreach; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordOutcome(outreach.id);
  const [status, setStatus] = useState<"reached_out" | "not_possible">(outreach.status === "not_possible" ? "not_possible" : "reached_out");
  const [outcome, setOutcome] = useState<OutreachOutcome>(outreach.outcome ?? "interested");
  const [note, setNote] = useState(outreach.outcomeNote ?? "");
  const fieldError = (path: string) => (isApiError(record.error) ? record.error.problem.errors?.find((e) => e.path === path)?.message : undefined);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    record.mutate(
      { status, outcome: status === "reached_out" ? outcome : null, note: note.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(t("colleagues.mine.recorded"));
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Radio.Group
          label={t("colleagues.mine.statusLabel")}
          value={status}
          onChange={(v) => setStatus(v === "not_possible" ? "not_possible" : "reached_out")}
          error={fieldError("status")}
        >
          <Group gap="lg" mt={6}>
            <Radio value="reached_out" label={t("colleagues.mine.reachedOut")} />
            <Radio value="not_possible" label={t("colleagues.mine.notPossible")} />
          </Group>
        </Radio.Group>
        {status === "reached_out" ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`outcome-label-${outreach.id}`}>
              {t("colleagues.mine.outcomeLabel")}
            </Text>
            <SegmentedControl
              aria-labelledby={`outcome-label-${outreach.id}`}
              value={outcome}
              onChange={(v) => setOutcome(v as OutreachOutcome)}
              data={[
                { value: "interested", label: t("colleagues.status.interested") },
                { value: "not_now", label: t("colleagues.status.not_now") },
                { value: "no_answer", label: t("colleagues.status.no_answer") },
              ]}
            />
            {fieldError("outcome") ? (
              <Text size="xs" c="red">
                {fieldError("outcome")}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        <Textarea
          label={t("colleagues.mine.noteLabel")}
          description={t("colleagues.mine.noteHint")}
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError("note")}
        />
        {record.isError && !fieldError("outcome") && !fieldError("note") ? <ProblemAlert error={record.error} /> : null}
        <Group justify="flex-end">
          {outreach.status !== "requested" ? (
            <Button variant="default" onClick={onDone}>
              {t("common.cancel")}
            </Button>
          ) : null}
          <Button type="submit" loading={record.isPending}>
            {t("colleagues.mine.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
