import { Alert, Button, Checkbox, Group, NumberInput, Stack, Table, Text } from "@mantine/core";
import { IconClockHour4 } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RetentionCategory, RetentionOverview } from "../../../../shared/contracts/privacy";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useRetention, useUpdateRetention } from "../api/retention";

type Draft = Record<RetentionCategory, { months: number | string; off: boolean }>;

const draftOf = (data: RetentionOverview): Draft =>
  Object.fromEntries(data.policies.map((p) => [p.category, { months: p.months ?? p.defaultMonths ?? 60, off: p.months === null }])) as Draft;

const valid = (value: number | string) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 240;

/** How long each category is kept, what the next nightly purge would delete, and what the last one did. */
export function RetentionPanel() {
  const { t } = useTranslation();
  const retention = useRetention();
  const update = useUpdateRetention();
  const [draft, setDraft] = useState<Draft | null>(null);
  useEffect(() => {
    if (retention.data) setDraft(draftOf(retention.data));
  }, [retention.data]);

  if (retention.isPending || !draft)
    return retention.isError ? <ProblemAlert error={retention.error} onRetry={() => void retention.refetch()} /> : <PageLoader />;
  if (retention.isError) return <ProblemAlert error={retention.error} onRetry={() => void retention.refetch()} />;
  const data = retention.data;
  const invalid = data.policies.some((p) => !draft[p.category].off && !valid(draft[p.category].months));

  const save = () =>
    update.mutate(
      { policies: data.policies.map((p) => ({ category: p.category, months: draft[p.category].off ? null : Number(draft[p.category].months) })) },
      { onSuccess: () => notifySuccess(t("privacy.retention.saved")) },
    );

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("privacy.retention.intro")}
      </Text>
      <TableScroll label={t("privacy.retention.tableLabel")} minWidth={860}>
        <Table aria-label={t("privacy.retention.tableLabel")} verticalSpacing="sm">
          <TableHead
            columns={[
              t("privacy.retention.columns.category"),
              t("privacy.retention.columns.months"),
              t("privacy.retention.columns.default"),
              t("privacy.retention.columns.next"),
            ]}
          />
          <Table.Tbody>
            {data.policies.map((p) => {
              const row = draft[p.category];
              const label = t(`privacy.retention.categories.${p.category}`);
              return (
                <Table.Tr key={p.category}>
                  <Table.Th scope="row" fw={400} maw={320}>
                    <Text fw={600} size="sm">
                      {label}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`privacy.retention.hints.${p.category}`)}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      <NumberInput
                        aria-label={t("privacy.retention.monthsFor", { category: label })}
                        value={row.months}
                        onChange={(value) => setDraft({ ...draft, [p.category]: { ...row, months: value } })}
                        min={1}
                        max={240}
                        step={1}
                        allowDecimal={false}
                        disabled={row.off}
                        suffix={t("privacy.retention.monthsSuffix")}
                        w={130}
                        error={!row.off && !valid(row.months) ? t("privacy.retention.range") : undefined}
                      />
                      <Checkbox
                        label={t("privacy.retention.off")}
                        aria-label={t("privacy.retention.offFor", { category: label })}
                        checked={row.off}
                        onChange={(event) => setDraft({ ...draft, [p.category]: { ...row, off: event.currentTarget.checked } })}
                      />
                    </Group>
                  </Table.Td>
                  <Table.Td>{p.defaultMonths === null ? t("privacy.retention.offShort") : t("privacy.retention.months", { count: p.defaultMonths })}</Table.Td>
                  <Table.Td>{t("privacy.retention.rows", { count: data.nextPurge[p.category] ?? 0 })}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ProblemAlert error={update.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => setDraft(draftOf(data))}>
          {t("privacy.retention.reset")}
        </Button>
        <Button onClick={save} loading={update.isPending} disabled={invalid}>
          {t("privacy.retention.save")}
        </Button>
      </Group>
      <Alert color="gray" icon={<IconClockHour4 size={18} aria-hidden />} title={t("privacy.retention.lastTitle")}>
        {data.lastPurge ? (
          <Stack gap={4}>
            <Text size="sm">{t("privacy.retention.lastAt", { at: formatDateTime(data.lastPurge.at) })}</Text>
            <Text size="sm">
              {data.policies.map((p) => `${t(`privacy.retention.categories.${p.category}`)}: ${data.lastPurge?.counts[p.category] ?? 0}`).join(" / ")}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{t("privacy.retention.never")}</Text>
        )}
      </Alert>
    </Stack>
  );
}
