import { Group, NativeSelect } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { BUILT_IN_PRESETS } from "../../../../shared/contracts/imports";
import { ConfirmButton } from "../../../components/confirm-button";
import { notifySuccess } from "../../../lib/notify";
import { useDeleteMappingPreset, useMappingPresets } from "../api/mapping-presets";
import { isBuiltInPreset } from "./import-layouts";

export const AUTO_DETECT = "auto";

type Props = { value: string; onChange: (value: string) => void; disabled?: boolean };

/** Auto-detection, the HR systems Okaeri knows, and the company's saved mappings (which can be removed here). */
export function LayoutSelect({ value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const presets = useMappingPresets();
  const remove = useDeleteMappingPreset();
  const saved = presets.data ?? [];
  const selectedSaved = saved.find((preset) => preset.id === value);

  const data = [
    { value: AUTO_DETECT, label: t("imports.upload.layoutAuto") },
    { group: t("imports.upload.layoutSystems"), items: BUILT_IN_PRESETS.map((id) => ({ value: id, label: t(`imports.layouts.${id}`) })) },
    ...(saved.length > 0 ? [{ group: t("imports.upload.layoutSaved"), items: saved.map((preset) => ({ value: preset.id, label: preset.name })) }] : []),
  ];

  return (
    <Group align="flex-end" gap="sm" wrap="nowrap">
      <NativeSelect
        label={t("imports.upload.layout")}
        description={t("imports.upload.layoutHint")}
        data={data}
        value={value === AUTO_DETECT || isBuiltInPreset(value) || selectedSaved ? value : AUTO_DETECT}
        onChange={(event) => onChange(event.currentTarget.value)}
        disabled={disabled}
        style={{ flex: 1 }}
      />
      {selectedSaved ? (
        <ConfirmButton
          variant="default"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          aria-label={t("imports.presets.deleteLabel", { name: selectedSaved.name })}
          confirmTitle={t("imports.presets.deleteTitle")}
          confirmMessage={t("imports.presets.deleteMessage", { name: selectedSaved.name })}
          confirmLabel={t("imports.presets.deleteConfirm")}
          onConfirm={async () => {
            await remove.mutateAsync(selectedSaved.id);
            onChange(AUTO_DETECT);
            notifySuccess(t("imports.presets.deleted", { name: selectedSaved.name }));
          }}
        >
          {t("imports.presets.delete")}
        </ConfirmButton>
      ) : null}
    </Group>
  );
}
