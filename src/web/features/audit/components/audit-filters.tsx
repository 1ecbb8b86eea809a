import { Autocomplete, Button, Group, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconFilter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { i18n } from "../../../i18n";
import { auditActionLabel, knownAuditActions, knownTargetTypes, targetTypeLabel } from "./audit-labels";

/** Filter values as typed: dates are calendar days (YYYY-MM-DD) in Tokyo. */
export type AuditFilterValues = {
  action: string;
  targetType: string;
  targetId: string;
  actorId: string;
  fromDate: string;
  toDate: string;
};

export const emptyAuditFilters: AuditFilterValues = {
  action: "",
  targetType: "",
  targetId: "",
  actorId: "",
  fromDate: "",
  toDate: "",
};

type Props = { value: AuditFilterValues; onApply: (values: AuditFilterValues) => void };

export function AuditFilters({ value, onApply }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    mode: "controlled",
    initialValues: value,
    validate: {
      toDate: (to, values) => (to && values.fromDate && to < values.fromDate ? i18n.t("audit.filters.dateOrder") : null),
    },
  });

  return (
    <form
      noValidate
      aria-label={t("audit.filters.label")}
      onSubmit={form.onSubmit((values) =>
        onApply({
          action: (values.action ?? "").trim(),
          targetType: (values.targetType ?? "").trim(),
          targetId: (values.targetId ?? "").trim(),
          actorId: (values.actorId ?? "").trim(),
          fromDate: values.fromDate ?? "",
          toDate: values.toDate ?? "",
        }),
      )}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
          <Autocomplete
            label={t("audit.filters.action")}
            placeholder={t("audit.filters.actionPlaceholder")}
            data={knownAuditActions.map((code) => ({ value: code, label: `${auditActionLabel(t, code)} (${code})` }))}
            clearable
            {...form.getInputProps("action")}
          />
          <Autocomplete
            label={t("audit.filters.targetType")}
            placeholder={t("audit.filters.targetTypePlaceholder")}
            data={knownTargetTypes.map((type) => ({ value: type, label: `${targetTypeLabel(t, type)} (${type})` }))}
            clearable
            {...form.getInputProps("targetType")}
          />
          <TextInput label={t("audit.filters.targetId")} {...form.getInputProps("targetId")} />
          <TextInput label={t("audit.filters.actorId")} {...form.getInputProps("actorId")} />
          <TextInput label={t("audit.filters.from")} type="date" {...form.getInputProps("fromDate")} />
          <TextInput label={t("audit.filters.to")} type="date" {...form.getInputProps("toDate")} />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
            {t("audit.filters.apply")}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              form.setValues(emptyAuditFilters);
              onApply(emptyAuditFilters);
            }}
          >
            {t("audit.filters.clear")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
