import { Button, Group, Radio, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { OffboardingCase, OffboardingCaseInput } from "../../../../shared/contracts/offboarding";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { isoToTokyoInput, tokyoWallToIso } from "../../../lib/dates";
import { applyFieldErrors } from "../../../lib/form-errors";

const FIELDS = ["familyName", "givenName", "workEmail", "privateEmail", "department", "employeeNumber", "lastDay", "locale", "sendAt"] as const;

type Values = {
  familyName: string;
  givenName: string;
  workEmail: string;
  privateEmail: string;
  department: string;
  employeeNumber: string;
  lastDay: string;
  locale: "ja" | "en";
  timing: "default" | "chosen";
  sendAt: string;
};

/** `YYYY-MM-DDTHH:mm` typed in Japan time → an ISO instant (never parsed in the browser's zone). */
function tokyoInstant(local: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? tokyoWallToIso(local) : null;
}

type Props = {
  initial?: OffboardingCase;
  inviteDaysBefore: number;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: OffboardingCaseInput) => Promise<unknown>;
};

const required = (value: string) => (value.trim() ? null : i18n.t("validation.required"));

/** One leaver's details; the send time is automatic unless HR chooses one. */
export function CaseForm({ initial, inviteDaysBefore, submitLabel, pending, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      familyName: initial?.familyName ?? "",
      givenName: initial?.givenName ?? "",
      workEmail: initial?.workEmail ?? "",
      privateEmail: initial?.privateEmail ?? "",
      department: initial?.department ?? "",
      employeeNumber: initial?.employeeNumber ?? "",
      lastDay: initial?.lastDay ?? "",
      locale: initial?.locale ?? "ja",
      timing: initial ? "chosen" : "default",
      sendAt: initial ? isoToTokyoInput(initial.sendAt) : "",
    },
    validate: {
      familyName: required,
      givenName: required,
      workEmail: required,
      lastDay: required,
      sendAt: (value, values) => (values.timing === "chosen" && !tokyoInstant(value) ? i18n.t("validation.required") : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit({
        familyName: values.familyName.trim(),
        givenName: values.givenName.trim(),
        workEmail: values.workEmail.trim(),
        privateEmail: values.privateEmail.trim() || null,
        department: values.department.trim() || null,
        employeeNumber: values.employeeNumber.trim() || null,
        lastDay: values.lastDay,
        locale: values.locale,
        sendAt: values.timing === "chosen" ? tokyoInstant(values.sendAt) : null,
      });
    } catch (caught) {
      applyFieldErrors(form, caught, FIELDS);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t("offboarding.form.familyName")} required autoComplete="off" {...form.getInputProps("familyName")} />
          <TextInput label={t("offboarding.form.givenName")} required autoComplete="off" {...form.getInputProps("givenName")} />
          <TextInput label={t("offboarding.form.workEmail")} type="email" required autoComplete="off" {...form.getInputProps("workEmail")} />
          <TextInput
            label={t("offboarding.form.privateEmail")}
            description={t("offboarding.form.privateEmailHint")}
            type="email"
            autoComplete="off"
            {...form.getInputProps("privateEmail")}
          />
          <TextInput label={t("offboarding.form.department")} {...form.getInputProps("department")} />
          <TextInput label={t("offboarding.form.employeeNumber")} {...form.getInputProps("employeeNumber")} />
          <TextInput label={t("offboarding.form.lastDay")} type="date" required {...form.getInputProps("lastDay")} />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="case-locale-label">
              {t("offboarding.form.locale")}
            </Text>
            <SegmentedControl
              aria-labelledby="case-locale-label"
              data={[
                { value: "ja", label: t("offboarding.form.localeJa") },
                { value: "en", label: t("offboarding.form.localeEn") },
              ]}
              {...form.getInputProps("locale")}
            />
          </Stack>
        </SimpleGrid>
        <Radio.Group label={t("offboarding.form.sendTiming")} {...form.getInputProps("timing")}>
          <Stack gap="xs" mt="xs">
            <Radio value="default" label={t("offboarding.form.sendDefault", { days: inviteDaysBefore })} />
            <Radio value="chosen" label={t("offboarding.form.sendChosen")} />
          </Stack>
        </Radio.Group>
        {form.values.timing === "chosen" ? (
          <TextInput
            label={t("offboarding.form.sendAt")}
            description={t("offboarding.form.sendAtHint")}
            type="datetime-local"
            maw={320}
            {...form.getInputProps("sendAt")}
          />
        ) : null}
        {error && !Object.keys(form.errors).length ? <ProblemAlert error={error} /> : null}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
