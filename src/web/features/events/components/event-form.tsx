import { Button, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { type EventDetail, type EventFormat, type EventInput, eventInputIssues } from "../../../../shared/contracts/events";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { isoToTokyoWall, tokyoWallToIso } from "../../../lib/dates";
import { applyFieldErrors } from "../../../lib/form-errors";
import { MarkdownEditor } from "../../markdown/components/markdown-editor";
import { useCreateEvent, useUpdateEvent } from "../api/events";

interface Values {
  titleJa: string;
  titleEn: string;
  descriptionJa: string;
  descriptionEn: string;
  format: EventFormat;
  onlineUrl: string;
  venue: string;
  startsAt: string | null;
  endsAt: string | null;
  capacity: number | string;
  registrationDeadline: string | null;
}

const FIELDS = [
  "titleJa",
  "titleEn",
  "descriptionJa",
  "descriptionEn",
  "format",
  "onlineUrl",
  "venue",
  "startsAt",
  "endsAt",
  "capacity",
  "registrationDeadline",
] as const;

const ISSUE_MESSAGES: Record<string, string> = {
  endsAt: "events.form.errors.endBeforeStart",
  registrationDeadline: "events.form.errors.deadlineAfterStart",
  onlineUrl: "events.form.errors.urlRequired",
  venue: "events.form.errors.venueRequired",
};

function initialValues(event?: EventDetail): Values {
  return {
    titleJa: event?.titleJa ?? "",
    titleEn: event?.titleEn ?? "",
    descriptionJa: event?.descriptionJa ?? "",
    descriptionEn: event?.descriptionEn ?? "",
    format: event?.format ?? "venue",
    onlineUrl: event?.onlineUrl ?? "",
    venue: event?.venue ?? "",
    startsAt: event ? isoToTokyoWall(event.startsAt) : null,
    endsAt: event ? isoToTokyoWall(event.endsAt) : null,
    capacity: event?.capacity ?? "",
    registrationDeadline: event?.registrationDeadline ? isoToTokyoWall(event.registrationDeadline) : null,
  };
}

function toInput(values: Values): EventInput {
  return {
    titleJa: values.titleJa.trim(),
    titleEn: values.titleEn.trim(),
    descriptionJa: values.descriptionJa,
    descriptionEn: values.descriptionEn,
    format: values.format,
    onlineUrl: values.format === "online" ? values.onlineUrl.trim() || null : null,
    venue: values.format === "venue" ? values.venue.trim() || null : null,
    startsAt: values.startsAt ? tokyoWallToIso(values.startsAt) : "",
    endsAt: values.endsAt ? tokyoWallToIso(values.endsAt) : "",
    capacity: typeof values.capacity === "number" ? values.capacity : null,
    registrationDeadline: values.registrationDeadline ? tokyoWallToIso(values.registrationDeadline) : null,
  };
}

const required = (value: string | null) => (value?.trim() ? null : i18n.t("events.form.errors.required"));

/** Create or edit an event: both languages, online or at a venue, times in Tokyo. */
export function EventForm({ event, onSaved }: { event?: EventDetail; onSaved: (event: EventDetail) => void }) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const update = useUpdateEvent(event?.id ?? "");
  const mutation = event ? update : create;
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: initialValues(event),
    validate: (values) => {
      const errors: Record<string, string | null> = {
        titleJa: required(values.titleJa),
        titleEn: required(values.titleEn),
        startsAt: required(values.startsAt),
        endsAt: required(values.endsAt),
        onlineUrl:
          values.format === "online" && values.onlineUrl.trim() && !/^https?:\/\/\S+$/i.test(values.onlineUrl.trim()) ? i18n.t("events.form.errors.url") : null,
        capacity: values.capacity !== "" && Number(values.capacity) < 1 ? i18n.t("events.form.errors.capacity") : null,
      };
      if (values.startsAt && values.endsAt) {
        for (const issue of eventInputIssues(toInput(values))) errors[issue.path] ??= i18n.t(ISSUE_MESSAGES[issue.path] as "events.form.errors.required");
      } else if (values.format === "online" && !values.onlineUrl.trim()) errors.onlineUrl = i18n.t("events.form.errors.urlRequired");
      else if (values.format === "venue" && !values.venue.trim()) errors.venue = i18n.t("events.form.errors.venueRequired");
      return Object.fromEntries(Object.entries(errors).filter(([, v]) => v));
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      onSaved(await mutation.mutateAsync(toInput(values)));
    } catch (error) {
      applyFieldErrors(form, error, FIELDS);
    }
  });
  const picker = (field: "startsAt" | "endsAt" | "registrationDeadline", label: string, description?: string) => (
    <DateTimePicker
      label={label}
      description={description}
      valueFormat="YYYY/MM/DD HH:mm"
      clearable
      clearButtonProps={{ "aria-label": t("events.form.picker.clear", { label }) }}
      required={field !== "registrationDeadline"}
      getDayAriaLabel={(date) => String(date).slice(0, 10)}
      ariaLabels={{ nextMonth: t("events.form.picker.nextMonth"), previousMonth: t("events.form.picker.previousMonth") }}
      timePickerProps={{ hoursInputLabel: t("events.form.picker.hours"), minutesInputLabel: t("events.form.picker.minutes") }}
      submitButtonProps={{ "aria-label": t("events.form.picker.done") }}
      {...form.getInputProps(field)}
      onChange={(value) => form.setFieldValue(field, value ? String(value) : null)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("events.form.basics")}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <TextInput label={t("events.form.titleJa")} required maxLength={150} lang="ja" {...form.getInputProps("titleJa")} />
              <TextInput label={t("events.form.titleEn")} required maxLength={150} lang="en" {...form.getInputProps("titleEn")} />
            </SimpleGrid>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="event-format-label">
                {t("events.form.format")}
              </Text>
              <SegmentedControl
                w="fit-content"
                aria-labelledby="event-format-label"
                data={[
                  { value: "venue", label: t("events.format.venue") },
                  { value: "online", label: t("events.format.online") },
                ]}
                value={form.values.format}
                onChange={(value) => form.setFieldValue("format", value as EventFormat)}
              />
            </Stack>
            {form.values.format === "online" ? (
              <TextInput
                label={t("events.form.onlineUrl")}
                description={t("events.form.onlineUrlHelp")}
                placeholder="https://"
                type="url"
                required
                maxLength={2000}
                {...form.getInputProps("onlineUrl")}
              />
            ) : (
              <TextInput
                label={t("events.form.venue")}
                placeholder={t("events.form.venuePlaceholder")}
                required
                maxLength={300}
                {...form.getInputProps("venue")}
              />
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("events.form.schedule")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("events.form.timeZoneNote")}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              {picker("startsAt", t("events.form.startsAt"))}
              {picker("endsAt", t("events.form.endsAt"))}
              {picker("registrationDeadline", t("events.form.deadline"), t("events.form.deadlineHelp"))}
              <NumberInput
                label={t("events.form.capacity")}
                description={t("events.form.capacityHelp")}
                min={1}
                max={100_000}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps("capacity")}
              />
            </SimpleGrid>
          </Stack>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="lg" radius="md" lang="ja">
            <MarkdownEditor
              label={t("events.form.descriptionJa")}
              maxLength={20_000}
              value={form.values.descriptionJa}
              onChange={(v) => form.setFieldValue("descriptionJa", v)}
              error={form.errors.descriptionJa as string | undefined}
            />
          </Paper>
          <Paper withBorder p="lg" radius="md" lang="en">
            <MarkdownEditor
              label={t("events.form.descriptionEn")}
              maxLength={20_000}
              value={form.values.descriptionEn}
              onChange={(v) => form.setFieldValue("descriptionEn", v)}
              error={form.errors.descriptionEn as string | undefined}
            />
          </Paper>
        </SimpleGrid>
        {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
        {event ? (
          <Text size="sm" c="dimmed">
            {t("events.form.editNote")}
          </Text>
        ) : null}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {event ? t("events.form.save") : t("events.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
