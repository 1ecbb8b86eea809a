import { NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ELIGIBILITY_STATUSES, type EligibilityStatus, RETURN_INTERESTS, type ReturnInterest } from "../../../../shared/contracts/alumni";
import { EventPage } from "../../../../shared/contracts/events";
import type { Segment } from "../../../../shared/contracts/segments";
import { currentLocale } from "../../../i18n";
import { apiFetch } from "../../../lib/api-client";
import { formatDate } from "../../../lib/dates";

interface Props {
  value: Segment;
  onChange: (next: Segment) => void;
  errors?: Partial<Record<"leftTo" | "leftFrom" | "department", string | null>>;
}

const ANY = "any";

/** Past events to choose "attended" from; without the events feature the filter simply is not offered. */
function usePastEvents() {
  return useQuery({
    queryKey: ["events", "past", "segment-options"],
    queryFn: ({ signal }) => apiFetch("/api/v1/events", { query: { when: "past", limit: 100 }, schema: EventPage, signal }),
    retry: false,
    staleTime: 60_000,
  });
}

/** Drops empty values, so an unset filter never narrows the audience. */
function set<K extends keyof Segment>(segment: Segment, key: K, value: Segment[K] | undefined | null | ""): Segment {
  const next = { ...segment };
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

/** The alumni list's filters (department, leave year, skills, return interest, eligibility) plus an attended event. */
export function SegmentFilters({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const events = usePastEvents();
  const en = currentLocale() === "en";
  const year = (v: string | number) => (typeof v === "number" && Number.isInteger(v) ? v : undefined);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <TextInput
          label={t("mail.segment.department")}
          placeholder={t("mail.segment.departmentPlaceholder")}
          value={value.department ?? ""}
          maxLength={100}
          error={errors?.department}
          onChange={(e) => onChange(set(value, "department", e.currentTarget.value.trim() ? e.currentTarget.value : undefined))}
        />
        <NumberInput
          label={t("mail.segment.leftFrom")}
          placeholder={t("mail.segment.yearPlaceholder")}
          min={1900}
          max={2100}
          allowDecimal={false}
          value={value.leftFrom ?? ""}
          error={errors?.leftFrom}
          onChange={(v) => onChange(set(value, "leftFrom", year(v)))}
        />
        <NumberInput
          label={t("mail.segment.leftTo")}
          placeholder={t("mail.segment.yearPlaceholder")}
          min={1900}
          max={2100}
          allowDecimal={false}
          value={value.leftTo ?? ""}
          error={errors?.leftTo}
          onChange={(v) => onChange(set(value, "leftTo", year(v)))}
        />
        <TagsInput
          label={t("mail.segment.skills")}
          description={t("mail.segment.skillsHelp")}
          value={value.skills ?? []}
          maxTags={20}
          onChange={(skills) => onChange(set(value, "skills", skills))}
        />
        <Select
          label={t("mail.segment.returnInterest")}
          data={[
            { value: ANY, label: t("mail.segment.any") },
            ...RETURN_INTERESTS.map((interest) => ({ value: interest, label: t(`alumni.returnInterest.${interest}`) })),
          ]}
          value={value.returnInterest ?? ANY}
          allowDeselect={false}
          onChange={(v) => onChange(set(value, "returnInterest", v && v !== ANY ? (v as ReturnInterest) : undefined))}
        />
        <Select
          label={t("mail.segment.eligibility")}
          data={[
            { value: ANY, label: t("mail.segment.any") },
            ...ELIGIBILITY_STATUSES.map((status) => ({ value: status, label: t(`eligibility.status.${status}`) })),
          ]}
          value={value.eligibility ?? ANY}
          allowDeselect={false}
          onChange={(v) => onChange(set(value, "eligibility", v && v !== ANY ? (v as EligibilityStatus) : undefined))}
        />
      </SimpleGrid>
      {events.isSuccess ? (
        <Select
          label={t("mail.segment.attended")}
          description={events.data.items.length ? t("mail.segment.attendedHelp") : t("mail.segment.attendedNone")}
          data={[
            { value: ANY, label: t("mail.segment.any") },
            ...events.data.items.map((event) => ({ value: event.id, label: `${formatDate(event.startsAt)} ${en ? event.titleEn : event.titleJa}` })),
          ]}
          value={value.attendedEventId ?? ANY}
          allowDeselect={false}
          searchable
          maw={560}
          disabled={!events.data.items.length}
          onChange={(v) => onChange(set(value, "attendedEventId", v && v !== ANY ? v : undefined))}
        />
      ) : events.isError ? (
        <Text size="xs" c="dimmed">
          {t("mail.segment.attendedUnavailable")}
        </Text>
      ) : null}
    </Stack>
  );
}
