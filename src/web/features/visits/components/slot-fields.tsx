import { ActionIcon, Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { SlotDraft } from "./slot-time";

const DURATIONS = [15, 30, 45, 60, 90, 120, 180];

type Props = {
  value: SlotDraft[];
  onChange: (next: SlotDraft[]) => void;
  /** Server field errors by index, e.g. from `slots.1.endsAt`. */
  errors?: Record<number, string>;
  /** Name for the fields' group, read by screen readers. */
  label: string;
};

/** Up to three proposed times: a start in Tokyo time and a length of 15 minutes to 3 hours. */
export function SlotFields({ value, onChange, errors = {}, label }: Props) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<SlotDraft>) => onChange(value.map((slot, i) => (i === index ? { ...slot, ...patch } : slot)));
  const durations = DURATIONS.map((m) => ({
    value: String(m),
    label: m % 60 === 0 ? t("visits.slots.hours", { count: m / 60 }) : t("visits.slots.minutes", { count: m }),
  }));
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      {value.map((slot, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity beyond their position
        <Group key={index} align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="datetime-local"
            label={`${t("visits.slots.slot", { n: index + 1 })} ${t("visits.slots.start")}`}
            value={slot.start}
            onChange={(e) => set(index, { start: e.currentTarget.value })}
            error={errors[index]}
            style={{ flex: "1 1 220px" }}
          />
          <Select
            label={t("visits.slots.duration")}
            data={durations}
            value={slot.minutes}
            onChange={(minutes) => set(index, { minutes: minutes ?? "60" })}
            allowDeselect={false}
            w={130}
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            mb={errors[index] ? 22 : 2}
            aria-label={`${t("visits.slots.remove")}（${index + 1}）`}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {value.length < 3 ? (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...value, { start: "", minutes: "60" }])}>
            {t("visits.slots.add")}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

/** Field errors such as `slots.1.endsAt` by slot index, for SlotFields. */
export function slotErrorsOf(errors: { path: string; message: string }[] | undefined, field: string): Record<number, string> {
  const out: Record<number, string> = {};
  for (const e of errors ?? []) {
    const match = new RegExp(`^${field}\\.(\\d+)`).exec(e.path);
    if (match) out[Number(match[1])] ??= e.message;
  }
  return out;
}
