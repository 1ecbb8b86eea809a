import { Button, Group, Paper, Text } from "@mantine/core";
import { IconTag, IconTagOff, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlumnusView } from "../../../../shared/contracts/alumni";
import { BulkTagModal, type BulkTagMode } from "./bulk-tag-modal";

type Props = {
  selected: AlumnusView[];
  /** Tags known in the directory so far, suggested when adding. */
  tagOptions: string[];
  onClear: () => void;
};

/** Shown while rows are ticked: what is selected and what can be done with all of them at once. */
export function BulkTagBar({ selected, tagOptions, onClear }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<BulkTagMode | null>(null);
  const selectedTags = [...new Set(selected.flatMap((alumnus) => alumnus.tags))].sort((a, b) => a.localeCompare(b, "ja"));
  return (
    <Paper withBorder radius="md" px="md" py="sm" bg="indigo.0" role="region" aria-label={t("alumniSelection.barLabel")}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={700} aria-live="polite">
          {t("alumniSelection.selected", { count: selected.length })}
        </Text>
        <Group gap="xs">
          <Button size="xs" leftSection={<IconTag size={14} aria-hidden />} onClick={() => setMode("add")}>
            {t("alumniSelection.addTags")}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconTagOff size={14} aria-hidden />} onClick={() => setMode("remove")}>
            {t("alumniSelection.removeTags")}
          </Button>
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} aria-hidden />} onClick={onClear}>
            {t("alumniSelection.clear")}
          </Button>
        </Group>
      </Group>
      {mode ? (
        <BulkTagModal
          mode={mode}
          ids={selected.map((alumnus) => alumnus.id)}
          tagOptions={mode === "add" ? tagOptions : selectedTags}
          onClose={() => setMode(null)}
          onDone={() => {
            setMode(null);
            onClear();
          }}
        />
      ) : null}
    </Paper>
  );
}
