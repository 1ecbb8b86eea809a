import { Button, Group, Select, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CandidateFilter, PipelineOptions } from "../../../../shared/contracts/pipeline";
import { CANDIDATE_SOURCES, type CandidateSource } from "../../../../shared/recruiting";
import { currentLocale } from "../../../i18n";

type Props = { filter: CandidateFilter; onChange: (filter: CandidateFilter) => void; options: PipelineOptions | undefined };

/** Position, owner, source and a name search; the same filter drives the board and the table. */
export function PipelineFilters({ filter, onChange, options }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filter.q ?? "");
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const latest = useRef({ filter, onChange });
  latest.current = { filter, onChange };
  useEffect(() => {
    const { filter: current, onChange: change } = latest.current;
    if ((current.q ?? "") !== debounced) change({ ...current, q: debounced || undefined });
  }, [debounced]);
  const all = { value: "", label: t("pipeline.filters.all") };
  const en = currentLocale() === "en";
  const active = Boolean(filter.positionId || filter.ownerUserId || filter.source || filter.q);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t("pipeline.filters.label")}>
      <Select
        label={t("pipeline.filters.position")}
        data={[all, ...(options?.positions ?? []).map((p) => ({ value: p.id, label: en ? p.titleEn : p.titleJa }))]}
        value={filter.positionId ?? ""}
        onChange={(v) => onChange({ ...filter, positionId: v || undefined })}
        allowDeselect={false}
        searchable
        w={240}
      />
      <Select
        label={t("pipeline.filters.owner")}
        data={[all, ...(options?.people ?? []).map((p) => ({ value: p.userId, label: p.name }))]}
        value={filter.ownerUserId ?? ""}
        onChange={(v) => onChange({ ...filter, ownerUserId: v || undefined })}
        allowDeselect={false}
        searchable
        w={180}
      />
      <Select
        label={t("pipeline.filters.source")}
        data={[all, ...CANDIDATE_SOURCES.map((s) => ({ value: s, label: t(`pipeline.source.${s}`) }))]}
        value={filter.source ?? ""}
        onChange={(v) => onChange({ ...filter, source: (v || undefined) as CandidateSource | undefined })}
        allowDeselect={false}
        w={170}
      />
      <TextInput
        label={t("pipeline.filters.search")}
        placeholder={t("pipeline.filters.searchPlaceholder")}
        leftSection={<IconSearch size={14} aria-hidden />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maxLength={100}
        w={220}
      />
      {active ? (
        <Button
          variant="subtle"
          onClick={() => {
            setQ("");
            onChange({});
          }}
        >
          {t("pipeline.filters.clear")}
        </Button>
      ) : null}
    </Group>
  );
}
