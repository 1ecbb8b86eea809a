import { Button, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { POSITION_SKILLS_MAX, type PositionDetail, type PositionInput } from "../../../../shared/contracts/positions";
import { EMPLOYMENT_TYPES, type EmploymentType, POSITION_VISIBILITIES, type PositionVisibility } from "../../../../shared/recruiting";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { MarkdownEditor } from "../../markdown/components/markdown-editor";
import { useSignedInMe } from "../../me/api/get-me";
import { positionKeys, useCreatePosition, useHiringManagers, useUpdatePosition } from "../api/positions";

interface Values {
  titleJa: string;
  titleEn: string;
  department: string;
  location: string;
  employmentType: EmploymentType;
  gradeMin: string;
  gradeMax: string;
  skills: string[];
  visibility: PositionVisibility;
  hiringManagerUserId: string | null;
  descriptionJa: string;
  descriptionEn: string;
}

const FIELDS = [
  "titleJa",
  "titleEn",
  "department",
  "location",
  "employmentType",
  "gradeMin",
  "gradeMax",
  "skills",
  "visibility",
  "hiringManagerUserId",
  "descriptionJa",
  "descriptionEn",
] as const;

function initialValues(position?: PositionDetail): Values {
  return {
    titleJa: position?.titleJa ?? "",
    titleEn: position?.titleEn ?? "",
    department: position?.department ?? "",
    location: position?.location ?? "",
    employmentType: position?.employmentType ?? "full_time",
    gradeMin: position?.gradeMin ?? "",
    gradeMax: position?.gradeMax ?? "",
    skills: position?.skills ?? [],
    visibility: position?.visibility ?? "alumni",
    hiringManagerUserId: position?.hiringManager?.userId ?? null,
    descriptionJa: position?.descriptionJa ?? "",
    descriptionEn: position?.descriptionEn ?? "",
  };
}

const toInput = (values: Values): PositionInput => ({
  titleJa: values.titleJa.trim(),
  titleEn: values.titleEn.trim(),
  department: values.department.trim() || null,
  location: values.location.trim() || null,
  employmentType: values.employmentType,
  gradeMin: values.gradeMin.trim() || null,
  gradeMax: values.gradeMax.trim() || null,
  skills: values.skills,
  visibility: values.visibility,
  hiringManagerUserId: values.hiringManagerUserId,
  descriptionJa: values.descriptionJa,
  descriptionEn: values.descriptionEn,
});

const title = (value: string) => (!value.trim() ? i18n.t("positions.form.required") : /[\r\n]/.test(value) ? i18n.t("positions.form.lineBreak") : null);

/** Create or edit a posting: both languages, skills as tags, audience and hiring manager. */
export function PositionForm({ position, onSaved }: { position?: PositionDetail; onSaved: (position: PositionDetail) => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const manager = me.role === "manager";
  const managers = useHiringManagers();
  const create = useCreatePosition();
  const update = useUpdatePosition(position?.id ?? "");
  const mutation = position ? update : create;
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: initialValues(position),
    validate: {
      titleJa: title,
      titleEn: title,
      gradeMax: (value, values) => (Boolean(value.trim()) !== Boolean(values.gradeMin.trim()) ? i18n.t("positions.form.gradeOrder") : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const input = toInput(values);
      onSaved(position ? await update.mutateAsync({ ...input, version: position.version }) : await create.mutateAsync(input));
    } catch (error) {
      if (position && isApiError(error, "stale_version")) void queryClient.invalidateQueries({ queryKey: positionKeys.detail(position.id) });
      applyFieldErrors(form, error, FIELDS);
    }
  });

  const managerOptions = (managers.data?.items ?? []).map((m) => ({ value: m.userId, label: `${m.name}（${t(`roles.${m.role}`)}）` }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="position-basics">
          <Stack gap="sm">
            <Title order={2} size="h4" id="position-basics">
              {t("positions.form.basics")}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <TextInput label={t("positions.form.titleJa")} required maxLength={150} lang="ja" {...form.getInputProps("titleJa")} />
              <TextInput label={t("positions.form.titleEn")} required maxLength={150} lang="en" {...form.getInputProps("titleEn")} />
              <TextInput
                label={t("positions.form.department")}
                description={t("positions.form.departmentHelp")}
                maxLength={100}
                {...form.getInputProps("department")}
              />
              <TextInput
                label={t("positions.form.location")}
                placeholder={t("positions.form.locationPlaceholder")}
                maxLength={200}
                {...form.getInputProps("location")}
              />
              <Select
                label={t("positions.form.employmentType")}
                data={EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`positions.employmentType.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps("employmentType")}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t("positions.form.gradeMin")}
                  placeholder={t("positions.form.gradePlaceholder")}
                  maxLength={50}
                  {...form.getInputProps("gradeMin")}
                />
                <TextInput
                  label={t("positions.form.gradeMax")}
                  placeholder={t("positions.form.gradePlaceholder")}
                  maxLength={50}
                  {...form.getInputProps("gradeMax")}
                />
              </Group>
            </SimpleGrid>
            <TagsInput
              label={t("positions.form.skills")}
              description={t("positions.form.skillsHelp")}
              placeholder={t("positions.form.skillsPlaceholder")}
              maxTags={POSITION_SKILLS_MAX}
              splitChars={[",", "、"]}
              clearable
              {...form.getInputProps("skills")}
            />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="position-audience">
          <Stack gap="sm">
            <Title order={2} size="h4" id="position-audience">
              {t("positions.form.audience")}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
              <Select
                label={t("positions.form.visibility")}
                description={t(`positions.visibilityHelp.${form.values.visibility}`)}
                data={POSITION_VISIBILITIES.map((value) => ({ value, label: t(`positions.visibility.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps("visibility")}
              />
              {manager ? (
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t("positions.form.manager")}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t("positions.form.managerSelf")}
                  </Text>
                </Stack>
              ) : (
                <Select
                  label={t("positions.form.manager")}
                  description={t("positions.form.managerHelp")}
                  placeholder={t("positions.form.managerNone")}
                  data={managerOptions}
                  searchable
                  clearable
                  nothingFoundMessage={t("positions.form.managerNone")}
                  {...form.getInputProps("hiringManagerUserId")}
                />
              )}
            </SimpleGrid>
          </Stack>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="lg" radius="md" lang="ja">
            <MarkdownEditor
              label={t("positions.form.descriptionJa")}
              maxLength={20_000}
              value={form.values.descriptionJa}
              onChange={(v) => form.setFieldValue("descriptionJa", v)}
              error={form.errors.descriptionJa as string | undefined}
            />
          </Paper>
          <Paper withBorder p="lg" radius="md" lang="en">
            <MarkdownEditor
              label={t("positions.form.descriptionEn")}
              maxLength={20_000}
              value={form.values.descriptionEn}
              onChange={(v) => form.setFieldValue("descriptionEn", v)}
              error={form.errors.descriptionEn as string | undefined}
            />
          </Paper>
        </SimpleGrid>
        {mutation.isError ? <ProblemAlert error={mutation.error} /> : null}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {position ? t("positions.form.save") : t("positions.form.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
