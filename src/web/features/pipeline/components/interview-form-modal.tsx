import { Button, Group, Modal, MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Interview, InterviewFormat, PipelineOptions } from "../../../../shared/contracts/pipeline";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { isoToTokyoInput, tokyoWallToIso } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useChangeInterview, useScheduleInterview } from "../api/pipeline";

type Props = { candidateId: string; interview?: Interview; options: PipelineOptions | undefined; onClose: () => void };

const nextHour = (plusHours: number) => {
  const d = new Date(Date.now() + 2 * 86_400_000);
  d.setMinutes(0, 0, 0);
  return isoToTokyoInput(new Date(d.getTime() + plusHours * 3_600_000).toISOString());
};

/** Schedules an interview (or changes one): Tokyo times, format, place or URL, interviewers; everyone gets an .ics. */
export function InterviewFormModal({ candidateId, interview, options, onClose }: Props) {
  const { t } = useTranslation();
  const schedule = useScheduleInterview(candidateId);
  const change = useChangeInterview();
  const [title, setTitle] = useState(interview?.title ?? "");
  const [startsAt, setStartsAt] = useState(interview ? isoToTokyoInput(interview.startsAt) : nextHour(0));
  const [endsAt, setEndsAt] = useState(interview ? isoToTokyoInput(interview.endsAt) : nextHour(1));
  const [format, setFormat] = useState<InterviewFormat>(interview?.format ?? "online");
  const [location, setLocation] = useState(interview?.location ?? "");
  const [interviewers, setInterviewers] = useState<string[]>(interview?.interviewers.map((i) => i.userId) ?? []);
  const error = schedule.error ?? change.error;
  const problem = error && isApiError(error) ? error.problem : null;
  const fieldError = (path: string) => problem?.errors?.find((e) => e.path === path)?.message;

  const submit = () => {
    const body = {
      title: title.trim(),
      startsAt: startsAt ? tokyoWallToIso(startsAt) : "",
      endsAt: endsAt ? tokyoWallToIso(endsAt) : "",
      format,
      location: location.trim() || null,
      interviewerUserIds: interviewers,
    };
    const done = (message: string) => () => {
      notifySuccess(message);
      onClose();
    };
    if (interview) change.mutate({ id: interview.id, version: interview.version, ...body }, { onSuccess: done(t("pipeline.interviewForm.changed")) });
    else schedule.mutate(body, { onSuccess: done(t("pipeline.interviewForm.saved")) });
  };

  return (
    <Modal opened onClose={onClose} title={interview ? t("pipeline.interviewForm.editTitle") : t("pipeline.interviewForm.newTitle")} size="lg">
      <Stack gap="md">
        <TextInput
          label={t("pipeline.interviewForm.title")}
          placeholder={t("pipeline.interviewForm.titlePlaceholder")}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          maxLength={120}
          required
          error={fieldError("title")}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t("pipeline.interviewForm.startsAt")}
            value={startsAt}
            onChange={(e) => setStartsAt(e.currentTarget.value)}
            required
            error={fieldError("startsAt")}
          />
          <TextInput
            type="datetime-local"
            label={t("pipeline.interviewForm.endsAt")}
            value={endsAt}
            onChange={(e) => setEndsAt(e.currentTarget.value)}
            required
            error={fieldError("endsAt")}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="interview-format">
            {t("pipeline.interviewForm.format")}
          </Text>
          <SegmentedControl
            aria-labelledby="interview-format"
            value={format}
            onChange={(v) => setFormat(v as InterviewFormat)}
            data={[
              { value: "online", label: t("pipeline.interviewForm.online") },
              { value: "in_person", label: t("pipeline.interviewForm.in_person") },
            ]}
            w="fit-content"
          />
        </Stack>
        <TextInput
          label={t("pipeline.interviewForm.location")}
          value={location}
          onChange={(e) => setLocation(e.currentTarget.value)}
          maxLength={300}
          error={fieldError("location")}
        />
        <MultiSelect
          label={t("pipeline.interviewForm.interviewers")}
          data={(options?.people ?? []).map((p) => ({ value: p.userId, label: p.name }))}
          value={interviewers}
          onChange={setInterviewers}
          searchable
          maxValues={10}
          error={fieldError("interviewerUserIds")}
          comboboxProps={{ withinPortal: true }}
        />
        <Text size="xs" c="dimmed">
          {t("pipeline.interviewForm.hint")}
        </Text>
        {error && !problem?.errors?.length ? <ProblemAlert error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("pipeline.interviewForm.cancel")}
          </Button>
          <Button onClick={submit} loading={schedule.isPending || change.isPending}>
            {interview ? t("pipeline.interviewForm.save") : t("pipeline.interviewForm.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
