import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AvailableAlumnus, Visit, VisitFormat } from "../../../../shared/contracts/visits";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { useAvailableAlumni, useRequestVisit } from "../api/visits";
import { SlotFields, slotErrorsOf } from "./slot-fields";
import { type SlotDraft, slotsOf } from "./slot-time";

interface Values {
  alumnusId: string;
  candidateName: string;
  candidateAffiliation: string;
  candidateEmail: string;
  topic: string;
  message: string;
  format: VisitFormat;
}

const FIELDS = ["alumnusId", "candidateName", "candidateAffiliation", "candidateEmail", "topic", "message", "format"] as const;
const required = (value: string) => (value.trim() ? null : i18n.t("validation.required"));

function optionLabel(a: AvailableAlumnus): string {
  const now = [a.currentEmployer, a.currentRole].filter(Boolean).join(" ");
  return [a.name, a.department, now].filter(Boolean).join(" ・ ");
}

/** Ask one consenting alumnus to talk with a candidate or student; only the picker's agreed fields are shown. */
export function VisitRequestForm({ onCreated }: { onCreated: (visit: Visit) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search, 250);
  const available = useAvailableAlumni(q);
  const [picked, setPicked] = useState<AvailableAlumnus | null>(null);
  const [slots, setSlots] = useState<SlotDraft[]>([]);
  const create = useRequestVisit();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: { alumnusId: "", candidateName: "", candidateAffiliation: "", candidateEmail: "", topic: "", message: "", format: "online" },
    validate: { alumnusId: required, candidateName: required, candidateAffiliation: required, topic: required },
  });
  const options = [...(available.data?.items ?? [])];
  if (picked && !options.some((a) => a.id === picked.id)) options.unshift(picked);

  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        ...values,
        candidateEmail: values.candidateEmail.trim() || null,
        message: values.message.trim() || null,
        proposedSlots: slotsOf(slots),
      },
      {
        onSuccess: (visit) => {
          notifySuccess(t("visits.form.created"));
          onCreated(visit);
        },
        onError: (error) => applyFieldErrors(form, error, FIELDS),
      },
    ),
  );
  const slotErrors = isApiError(create.error) ? slotErrorsOf(create.error.problem.errors, "proposedSlots") : {};

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-alumnus">
          <Stack gap="sm">
            <Title order={2} size="h4" id="visit-alumnus">
              {t("visits.form.alumnusSection")}
            </Title>
            <Select
              label={t("visits.form.alumnus")}
              placeholder={t("visits.form.alumnusPlaceholder")}
              description={t("visits.form.alumnusHint")}
              searchable
              required
              filter={({ options: all }) => all}
              searchValue={search}
              onSearchChange={setSearch}
              nothingFoundMessage={t("visits.form.noAlumni")}
              data={options.map((a) => ({ value: a.id, label: optionLabel(a) }))}
              value={form.values.alumnusId || null}
              onChange={(id) => {
                form.setFieldValue("alumnusId", id ?? "");
                setPicked(options.find((a) => a.id === id) ?? null);
              }}
              error={form.errors.alumnusId}
            />
            {picked?.skills.length ? (
              <Text size="sm" c="dimmed">
                {picked.skills.join(" / ")}
              </Text>
            ) : null}
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-candidate">
          <Stack gap="sm">
            <Title order={2} size="h4" id="visit-candidate">
              {t("visits.form.candidateSection")}
            </Title>
            <TextInput label={t("visits.form.candidateName")} required maxLength={100} {...form.getInputProps("candidateName")} />
            <TextInput
              label={t("visits.form.candidateAffiliation")}
              placeholder={t("visits.form.candidateAffiliationPlaceholder")}
              required
              maxLength={150}
              {...form.getInputProps("candidateAffiliation")}
            />
            <TextInput
              type="email"
              label={t("visits.form.candidateEmail")}
              description={t("visits.form.candidateEmailHint")}
              maxLength={254}
              {...form.getInputProps("candidateEmail")}
            />
          </Stack>
        </Paper>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="visit-request">
          <Stack gap="sm">
            <Title order={2} size="h4" id="visit-request">
              {t("visits.form.requestSection")}
            </Title>
            <TextInput
              label={t("visits.form.topic")}
              placeholder={t("visits.form.topicPlaceholder")}
              required
              maxLength={150}
              {...form.getInputProps("topic")}
            />
            <Textarea label={t("visits.form.message")} autosize minRows={3} maxLength={2000} {...form.getInputProps("message")} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="visit-format">
                {t("visits.form.formatLabel")}
              </Text>
              <SegmentedControl
                aria-labelledby="visit-format"
                data={[
                  { value: "online", label: t("visits.format.online") },
                  { value: "in_person", label: t("visits.format.in_person") },
                ]}
                {...form.getInputProps("format")}
                w="fit-content"
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t("visits.form.slotsLabel")}
              </Text>
              <Text size="xs" c="dimmed">
                {t("visits.form.slotsHint")}
              </Text>
              <SlotFields value={slots} onChange={setSlots} errors={slotErrors} label={t("visits.form.slotsLabel")} />
            </Stack>
          </Stack>
        </Paper>
        {create.error && !Object.keys(slotErrors).length && !(isApiError(create.error) && create.error.problem.code === "validation_failed") ? (
          <ProblemAlert error={create.error} />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending}>
            {t("visits.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
