import { ActionIcon, Alert, Autocomplete, Box, Button, Checkbox, Group, Stack, Text, TextInput, VisuallyHidden } from "@mantine/core";
import { useForm } from "@mantine/form";
import { randomId } from "@mantine/hooks";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MemberDepartments } from "../../../../shared/contracts/colleagues";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { notifySuccess } from "../../../lib/notify";
import { useSaveDepartments } from "../api/colleagues";

const MAX_PERIODS = 30;

interface Row {
  key: string;
  department: string;
  fromDate: string;
  toDate: string;
  current: boolean;
}

const rowOf = (p: { department: string; fromDate: string; toDate: string | null }): Row => ({
  key: randomId(),
  department: p.department,
  fromDate: p.fromDate,
  toDate: p.toDate ?? "",
  current: p.toDate === null,
});
const emptyRow = (): Row => ({ key: randomId(), department: "", fromDate: "", toDate: "", current: false });

type Props = {
  /** The membership whose history HR edits; null for the signed-in member's own. */
  membershipId: string | null;
  data: MemberDepartments;
  onSaved?: () => void;
  onCancel?: () => void;
};

/** Rows of department, from, to (or "still there"); the server checks order, overlaps and the one current period. */
export function DepartmentHistoryForm({ membershipId, data, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const save = useSaveDepartments(membershipId);
  const [listError, setListError] = useState<string | null>(null);
  const form = useForm<{ periods: Row[] }>({
    mode: "controlled",
    initialValues: { periods: data.periods.map(rowOf) },
    validate: {
      periods: {
        department: (value) => (value.trim() ? null : i18n.t("validation.required")),
        fromDate: (value) => (value ? null : i18n.t("validation.required")),
        toDate: (value, values, path) => {
          const index = Number(path.split(".")[1]);
          return values.periods[index]?.current || value ? null : i18n.t("colleagues.history.toRequired");
        },
      },
    },
  });

  const submit = form.onSubmit((values) => {
    setListError(null);
    save.mutate(
      { periods: values.periods.map((p) => ({ department: p.department.trim(), fromDate: p.fromDate, toDate: p.current ? null : p.toDate })) },
      {
        onSuccess: (saved) => {
          form.setValues({ periods: saved.periods.map(rowOf) });
          form.resetDirty();
          notifySuccess(t("colleagues.history.saved"));
          onSaved?.();
        },
        onError: (error) => {
          if (!isApiError(error) || !error.problem.errors?.length) return;
          const fieldErrors: Record<string, string> = {};
          for (const e of error.problem.errors) {
            if (e.path === "periods") setListError(e.message);
            else if (!(e.path in fieldErrors)) fieldErrors[e.path] = e.message;
          }
          form.setErrors(fieldErrors);
        },
      },
    );
  });

  const rows = form.values.periods;
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("colleagues.history.empty")}
          </Text>
        ) : null}
        {rows.map((row, index) => (
          <Box key={row.key} component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
            <VisuallyHidden component="legend">{t("colleagues.history.row", { row: index + 1 })}</VisuallyHidden>
            <Group gap="sm" align="flex-start" wrap="wrap">
              <Autocomplete
                label={t("colleagues.history.department")}
                data={data.knownDepartments}
                style={{ flex: "1 1 200px" }}
                required
                {...form.getInputProps(`periods.${index}.department`)}
              />
              <TextInput label={t("colleagues.history.from")} type="date" w={160} required {...form.getInputProps(`periods.${index}.fromDate`)} />
              <TextInput
                label={t("colleagues.history.to")}
                type="date"
                w={160}
                disabled={row.current}
                {...form.getInputProps(`periods.${index}.toDate`)}
                value={row.current ? "" : row.toDate}
              />
              <Checkbox mt={32} label={t("colleagues.history.current")} {...form.getInputProps(`periods.${index}.current`, { type: "checkbox" })} />
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                size={36}
                aria-label={t("colleagues.history.remove", { row: index + 1 })}
                onClick={() => form.removeListItem("periods", index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Box>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem("periods", emptyRow())}
            disabled={rows.length >= MAX_PERIODS}
          >
            {t("colleagues.history.add")}
          </Button>
        </Group>
        {listError ? (
          <Alert color="red" variant="light">
            {listError}
          </Alert>
        ) : null}
        {save.isError && !(isApiError(save.error) && save.error.problem.errors?.length) ? <ProblemAlert error={save.error} /> : null}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
          ) : null}
          <Button type="submit" loading={save.isPending}>
            {t("colleagues.history.save")}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
