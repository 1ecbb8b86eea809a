import { Group, Select, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MemberStatus } from "../../../../shared/contracts/members";
import { ROLES, Role } from "../../../../shared/roles";
import type { MemberFilters as Filters } from "../api/keys";

type Props = { value: Filters; onChange: (next: Filters) => void };

export function MemberFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q ?? "");
  const commitQuery = useDebouncedCallback((next: string) => onChange({ ...value, q: next.trim() || undefined }), 350);

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t("members.filters.label")}>
      <TextInput
        label={t("members.filters.search")}
        placeholder={t("members.filters.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          commitQuery(event.currentTarget.value);
        }}
        type="search"
        style={{ flex: "1 1 260px" }}
      />
      <Select
        label={t("members.filters.role")}
        placeholder={t("members.filters.all")}
        data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={value.role ?? null}
        clearable
        onChange={(next) => {
          const parsed = Role.safeParse(next);
          onChange({ ...value, role: parsed.success ? parsed.data : undefined });
        }}
        w={200}
      />
      <Select
        label={t("members.filters.status")}
        placeholder={t("members.filters.all")}
        data={MemberStatus.options.map((status) => ({ value: status, label: t(`memberStatus.${status}`) }))}
        value={value.status ?? null}
        clearable
        onChange={(next) => {
          const parsed = MemberStatus.safeParse(next);
          onChange({ ...value, status: parsed.success ? parsed.data : undefined });
        }}
        w={180}
      />
    </Group>
  );
}
