import { Button, Group, TextInput } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ColumnMapping } from "../../../../shared/contracts/imports";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { useCreateMappingPreset } from "../api/mapping-presets";

/** Keeps a mapping under a name, so the next file from the same system can be chosen by that name. */
export function SavePresetForm({ mapping }: { mapping: ColumnMapping }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useCreateMappingPreset();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t("imports.presets.nameRequired"));
      return;
    }
    create.mutate(
      { name: trimmed, mapping },
      {
        onSuccess: (preset) => {
          notifySuccess(t("imports.presets.saved", { name: preset.name }));
          setName("");
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t("imports.presets.formLabel")}>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t("imports.presets.name")}
          placeholder={t("imports.presets.namePlaceholder")}
          value={name}
          maxLength={100}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setError(null);
          }}
          error={error}
          style={{ flex: "1 1 260px" }}
        />
        <Button type="submit" variant="default" mt={25} leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={create.isPending}>
          {t("imports.presets.save")}
        </Button>
      </Group>
      <ProblemAlert error={create.error} />
    </form>
  );
}
