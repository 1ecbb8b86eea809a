import { Autocomplete, Button, Group, Select, SimpleGrid, Stack, TagsInput, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconFilterOff, IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { EXIT_TYPES, RETURN_INTERESTS } from "../../../../shared/contracts/alumni";
import type { AlumniFilters as Filters } from "../api/keys";
import { ELIGIBILITY_DISPLAY_ORDER } from "./alumni-badges";
import { tokyoYear } from "./alumnus-display";

type Props = {
  value: Filters;
  onChange: (next: Filters) => void;
  onClear: () => void;
  /** Suggestions only: departments, skills and tags seen in the directory so far. */
  departmentOptions: string[];
  skillOptions: string[];
  tagOptions: string[];
};

const FIRST_YEAR = 1970;

function splitList(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** One of a fixed set of codes, or "all" when cleared. */
function ChoiceFilter<T extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: T; label: string }[];
  value: T | undefined;
  onChange: (next: T | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      placeholder={t("alumni.filters.all")}
      data={options}
      value={value ?? null}
      onChange={(next) => onChange(options.find((option) => option.value === next)?.value)}
      clearable
    />
  );
}

/** Skills or tags: several values, all of which must match, kept comma-separated in the URL. */
function ListFilter({
  label,
  placeholder,
  data,
  value,
  onChange,
}: {
  label: string;
  placeholder: string;
  data: string[];
  value: string | undefined;
  onChange: (next: string | undefined) => void;
}) {
  const items = splitList(value);
  return (
    <TagsInput
      label={label}
      placeholder={items.length ? undefined : placeholder}
      data={data}
      value={items}
      onChange={(next) => onChange(next.length ? next.join(",") : undefined)}
      splitChars={[",", "、"]}
      clearable
      acceptValueOnBlur
    />
  );
}

export function hasAlumniFilters(filters: Filters): boolean {
  return Object.values(filters).some((value) => value !== undefined && value !== "");
}

export function AlumniFilters({ value, onChange, onClear, departmentOptions, skillOptions, tagOptions }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? "");
  const [department, setDepartment] = useState(value.department ?? "");
  // When the URL changes from outside (clear, back button), the typed text follows; our own commits leave it alone.
  const [synced, setSynced] = useState({ q: value.q, department: value.department });
  if (synced.q !== value.q || synced.department !== value.department) {
    setSynced({ q: value.q, department: value.department });
    if ((value.q ?? "") !== q.trim()) setQ(value.q ?? "");
    if ((value.department ?? "") !== department.trim()) setDepartment(value.department ?? "");
  }
  const commitQuery = useDebouncedCallback((next: string) => onChange({ ...value, q: next.trim() || undefined }), 350);
  const commitDepartment = (next: string) => {
    const trimmed = next.trim() || undefined;
    if (trimmed !== value.department) onChange({ ...value, department: trimmed });
  };

  const years = useMemo(() => {
    const list: { value: string; label: string }[] = [];
    for (let year = tokyoYear(); year >= FIRST_YEAR; year--) list.push({ value: String(year), label: t("alumni.filters.year", { year }) });
    return list;
  }, [t]);
  const yearOf = (next: string | null) => (next ? Number(next) : undefined);
  const yearOrderError = value.leftFrom && value.leftTo && value.leftFrom > value.leftTo ? t("alumni.filters.yearOrder") : null;

  return (
    <Stack gap="sm" role="search" aria-label={t("alumni.filters.label")}>
      <TextInput
        label={t("alumni.filters.search")}
        placeholder={t("alumni.filters.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          commitQuery(event.currentTarget.value);
        }}
        type="search"
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="sm">
        <Autocomplete
          label={t("alumni.filters.department")}
          placeholder={t("alumni.filters.departmentPlaceholder")}
          data={departmentOptions}
          value={department}
          onChange={(next) => {
            setDepartment(next);
            if (next === "") commitDepartment("");
          }}
          onOptionSubmit={commitDepartment}
          onBlur={() => commitDepartment(department)}
          onKeyDown={(event) => {
            if (event.key === "Enter") commitDepartment(event.currentTarget.value);
          }}
          clearable
        />
        <Group gap="sm" grow wrap="nowrap" align="flex-start">
          <Select
            label={t("alumni.filters.leftFrom")}
            placeholder={t("alumni.filters.anyYear")}
            data={years}
            value={value.leftFrom ? String(value.leftFrom) : null}
            onChange={(next) => onChange({ ...value, leftFrom: yearOf(next) })}
            searchable
            clearable
          />
          <Select
            label={t("alumni.filters.leftTo")}
            placeholder={t("alumni.filters.anyYear")}
            data={years}
            value={value.leftTo ? String(value.leftTo) : null}
            onChange={(next) => onChange({ ...value, leftTo: yearOf(next) })}
            error={yearOrderError}
            searchable
            clearable
          />
        </Group>
        <ChoiceFilter
          label={t("alumni.filters.exitType")}
          options={EXIT_TYPES.map((type) => ({ value: type, label: t(`alumni.exitType.${type}`) }))}
          value={value.exitType}
          onChange={(exitType) => onChange({ ...value, exitType })}
        />
        <ChoiceFilter
          label={t("alumni.filters.returnInterest")}
          options={RETURN_INTERESTS.map((interest) => ({ value: interest, label: t(`alumni.returnInterest.${interest}`) }))}
          value={value.returnInterest}
          onChange={(returnInterest) => onChange({ ...value, returnInterest })}
        />
        <ChoiceFilter
          label={t("alumni.filters.eligibility")}
          options={ELIGIBILITY_DISPLAY_ORDER.map((status) => ({ value: status, label: t(`eligibility.status.${status}`) }))}
          value={value.eligibility}
          onChange={(eligibility) => onChange({ ...value, eligibility })}
        />
        <ListFilter
          label={t("alumni.filters.skills")}
          placeholder={t("alumni.filters.skillsPlaceholder")}
          data={skillOptions}
          value={value.skills}
          onChange={(skills) => onChange({ ...value, skills })}
        />
        <ListFilter
          label={t("alumni.filters.tags")}
          placeholder={t("alumni.filters.tagsPlaceholder")}
          data={tagOptions}
          value={value.tags}
          onChange={(tags) => onChange({ ...value, tags })}
        />
        <Group align="flex-end" justify="flex-end">
          {hasAlumniFilters(value) ? (
            <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
              {t("alumni.filters.clear")}
            </Button>
          ) : null}
        </Group>
      </SimpleGrid>
    </Stack>
  );
}
