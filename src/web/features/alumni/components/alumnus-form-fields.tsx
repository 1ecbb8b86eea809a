import {
  ActionIcon,
  Box,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { EXIT_TYPES, RETURN_INTERESTS } from "../../../../shared/contracts/alumni";
import { type AlumnusFormValues, emptyDepartmentPeriod, emptySnsLink } from "./alumnus-form-values";

type Form = UseFormReturnType<AlumnusFormValues>;

function FormSection({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** One repeated row (an SNS link, a department period): its number is the group's name for screen readers. */
function RowFieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Box component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <VisuallyHidden component="legend">{legend}</VisuallyHidden>
      <Group gap="sm" align="flex-end" wrap="wrap">
        {children}
      </Group>
    </Box>
  );
}

function RemoveRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" size={36} aria-label={label} onClick={onClick}>
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}

/** Every field of an alumnus, in the same sections as the record page. Shared by "add" and "edit". */
export function AlumnusFormFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const f = (key: keyof AlumnusFormValues) => t(`alumni.fields.${key}`);

  return (
    <Stack gap="lg">
      <FormSection id="form-basic" title={t("alumni.sections.basic")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={f("familyName")} required withAsterisk autoComplete="off" {...form.getInputProps("familyName")} />
          <TextInput label={f("givenName")} required withAsterisk autoComplete="off" {...form.getInputProps("givenName")} />
          <TextInput label={f("familyNameKana")} placeholder={t("alumni.form.familyNameKanaPlaceholder")} {...form.getInputProps("familyNameKana")} />
          <TextInput label={f("givenNameKana")} placeholder={t("alumni.form.givenNameKanaPlaceholder")} {...form.getInputProps("givenNameKana")} />
          <TextInput label={f("formerFamilyName")} description={t("alumni.form.formerFamilyNameHint")} {...form.getInputProps("formerFamilyName")} />
          <TextInput label={f("employeeNumber")} description={t("alumni.form.employeeNumberHint")} {...form.getInputProps("employeeNumber")} />
          <TextInput label={f("birthDate")} type="date" description={t("alumni.form.restrictedHint")} {...form.getInputProps("birthDate")} />
        </SimpleGrid>
      </FormSection>

      <FormSection id="form-contact" title={t("alumni.sections.contact")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={f("privateEmail")} type="email" {...form.getInputProps("privateEmail")} />
          <TextInput label={f("workEmail")} type="email" description={t("alumni.form.workEmailHint")} {...form.getInputProps("workEmail")} />
          <TextInput label={f("phone")} type="tel" placeholder={t("alumni.form.phonePlaceholder")} {...form.getInputProps("phone")} />
        </SimpleGrid>
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {f("snsLinks")}
          </Text>
          {form.values.snsLinks.map((link, index) => (
            <RowFieldset key={link.key} legend={t("alumni.form.snsRow", { row: index + 1 })}>
              <TextInput
                label={t("alumni.form.snsLabel")}
                placeholder={t("alumni.form.snsLabelPlaceholder")}
                w={180}
                {...form.getInputProps(`snsLinks.${index}.label`)}
              />
              <TextInput
                label={t("alumni.form.snsUrl")}
                placeholder="https://"
                type="url"
                style={{ flex: "1 1 260px" }}
                {...form.getInputProps(`snsLinks.${index}.url`)}
              />
              <RemoveRowButton label={t("alumni.form.removeSnsRow", { row: index + 1 })} onClick={() => form.removeListItem("snsLinks", index)} />
            </RowFieldset>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem("snsLinks", emptySnsLink())}
              disabled={form.values.snsLinks.length >= 10}
            >
              {t("alumni.form.addSnsLink")}
            </Button>
          </Group>
        </Stack>
      </FormSection>

      <FormSection id="form-employment" title={t("alumni.sections.employment")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={f("department")} placeholder={t("alumni.form.departmentPlaceholder")} {...form.getInputProps("department")} />
          <TextInput label={f("jobTitle")} placeholder={t("alumni.form.jobTitlePlaceholder")} {...form.getInputProps("jobTitle")} />
          <TextInput label={f("grade")} {...form.getInputProps("grade")} />
          <TextInput label={f("employmentType")} placeholder={t("alumni.form.employmentTypePlaceholder")} {...form.getInputProps("employmentType")} />
          <TextInput label={f("hireDate")} type="date" {...form.getInputProps("hireDate")} />
          <TextInput label={f("leaveDate")} type="date" required withAsterisk {...form.getInputProps("leaveDate")} />
        </SimpleGrid>
      </FormSection>

      <FormSection id="form-history" title={t("alumni.sections.departmentHistory")} description={t("alumni.form.historyHint")}>
        {form.values.departmentHistory.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("alumni.form.historyEmpty")}
          </Text>
        ) : null}
        {form.values.departmentHistory.map((period, index) => (
          <RowFieldset key={period.key} legend={t("alumni.form.historyRow", { row: index + 1 })}>
            <TextInput label={t("alumni.history.department")} style={{ flex: "1 1 220px" }} {...form.getInputProps(`departmentHistory.${index}.department`)} />
            <TextInput label={t("alumni.history.from")} type="date" w={170} {...form.getInputProps(`departmentHistory.${index}.from`)} />
            <TextInput label={t("alumni.history.to")} type="date" w={170} {...form.getInputProps(`departmentHistory.${index}.to`)} />
            <RemoveRowButton label={t("alumni.form.removeHistoryRow", { row: index + 1 })} onClick={() => form.removeListItem("departmentHistory", index)} />
          </RowFieldset>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem("departmentHistory", emptyDepartmentPeriod())}
            disabled={form.values.departmentHistory.length >= 50}
          >
            {t("alumni.form.addHistoryRow")}
          </Button>
        </Group>
      </FormSection>

      <FormSection id="form-exit" title={t("alumni.sections.exit")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={f("exitType")}
            data={EXIT_TYPES.map((type) => ({ value: type, label: t(`alumni.exitType.${type}`) }))}
            allowDeselect={false}
            {...form.getInputProps("exitType")}
          />
          <TextInput
            label={f("exitReasonCategory")}
            placeholder={t("alumni.form.exitReasonCategoryPlaceholder")}
            {...form.getInputProps("exitReasonCategory")}
          />
        </SimpleGrid>
        <Textarea
          label={f("exitReasonNote")}
          description={t("alumni.form.restrictedHint")}
          autosize
          minRows={3}
          maxRows={8}
          {...form.getInputProps("exitReasonNote")}
        />
      </FormSection>

      <FormSection id="form-current" title={t("alumni.sections.current")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={f("currentEmployer")} {...form.getInputProps("currentEmployer")} />
          <TextInput label={f("currentRole")} {...form.getInputProps("currentRole")} />
          <TagsInput
            label={f("skills")}
            description={t("alumni.form.tagsHint")}
            splitChars={[",", "、"]}
            acceptValueOnBlur
            clearable
            {...form.getInputProps("skills")}
          />
          <Select
            label={f("returnInterest")}
            data={RETURN_INTERESTS.map((interest) => ({ value: interest, label: t(`alumni.returnInterest.${interest}`) }))}
            allowDeselect={false}
            {...form.getInputProps("returnInterest")}
          />
        </SimpleGrid>
        <Switch
          label={f("doNotRehire")}
          description={t("alumni.form.doNotRehireHint")}
          color="red"
          size="md"
          {...form.getInputProps("doNotRehire", { type: "checkbox" })}
        />
      </FormSection>

      <FormSection id="form-tags" title={t("alumni.sections.tags")}>
        <TagsInput
          label={f("tags")}
          description={t("alumni.form.tagsHint")}
          splitChars={[",", "、"]}
          acceptValueOnBlur
          clearable
          {...form.getInputProps("tags")}
        />
      </FormSection>

      <FormSection id="form-hr-notes" title={t("alumni.sections.hrNotes")} description={t("alumni.form.hrOnlyHint")}>
        <Textarea label={f("hrNotes")} autosize minRows={3} maxRows={12} {...form.getInputProps("hrNotes")} />
      </FormSection>
    </Stack>
  );
}
