import { Anchor, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconShare } from "@tabler/icons-react";
import { useRouter } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { REFERRAL_STATUSES, REFERRAL_VALIDITY_MAX, REFERRAL_VALIDITY_MIN, type ReferralStatus } from "../../../../shared/contracts/referrals";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { currentLocale } from "../../../i18n";
import { formatDate } from "../../../lib/dates";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { useReferralFilterOptions, useReferralSettings, useReferrals, useSaveReferralSettings } from "../api/referrals";
import { ReferralStatusBadge } from "./referral-status-badge";

/** The candidate's page in the pipeline console (a plain link: that route belongs to the pipeline pages). */
function CandidateLink({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const router = useRouter();
  const href = paths.admin.candidate.replace("$id", id);
  return (
    <Anchor
      href={href}
      fw={600}
      title={t("referrals.admin.openCandidate")}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        router.history.push(href);
      }}
    >
      {name}
    </Anchor>
  );
}

function SettingsCard() {
  const { t } = useTranslation();
  const settings = useReferralSettings();
  const save = useSaveReferralSettings();
  const form = useForm<{ referralValidityDays: number | string }>({
    mode: "controlled",
    initialValues: { referralValidityDays: 180 },
    validate: {
      referralValidityDays: (v) =>
        typeof v === "number" && Number.isInteger(v) && v >= REFERRAL_VALIDITY_MIN && v <= REFERRAL_VALIDITY_MAX ? null : t("referrals.admin.validityHint"),
    },
  });
  const loaded = settings.data?.referralValidityDays;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset the field only when the stored value arrives
  useEffect(() => {
    if (loaded !== undefined) form.setValues({ referralValidityDays: loaded });
  }, [loaded]);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="referral-settings">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            { referralValidityDays: Number(values.referralValidityDays) },
            {
              onSuccess: () => notifySuccess(t("referrals.admin.saved")),
              onError: (error) => applyFieldErrors(form, error, ["referralValidityDays"]),
            },
          ),
        )}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="referral-settings">
            {t("referrals.admin.settingsTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("referrals.admin.settingsBody")}
          </Text>
          {settings.isError ? <ProblemAlert error={settings.error} onRetry={() => void settings.refetch()} /> : null}
          <Group align="flex-end" gap="sm">
            <NumberInput
              label={t("referrals.admin.validityLabel")}
              description={t("referrals.admin.validityHint")}
              min={REFERRAL_VALIDITY_MIN}
              max={REFERRAL_VALIDITY_MAX}
              allowDecimal={false}
              w={220}
              disabled={settings.isPending}
              {...form.getInputProps("referralValidityDays")}
            />
            <Button type="submit" loading={save.isPending} disabled={settings.isPending}>
              {t("referrals.admin.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** HR's view of all referrals, filtered by status, position and referrer, with the validity setting. */
export function AdminReferralsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ReferralStatus | null>(null);
  const [positionId, setPositionId] = useState<string | null>(null);
  const [referrerUserId, setReferrerUserId] = useState<string | null>(null);
  const filters = { status: status ?? undefined, positionId: positionId ?? undefined, referrerUserId: referrerUserId ?? undefined };
  const list = useReferrals(filters);
  const options = useReferralFilterOptions();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  const filtered = Boolean(status || positionId || referrerUserId);
  const en = currentLocale() === "en";
  const all = { value: "", label: t("referrals.admin.all") };

  return (
    <>
      <PageHeader title={t("referrals.admin.title")} description={t("referrals.admin.description")} />
      <Stack gap="lg">
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Group gap="md" align="flex-end" wrap="wrap">
              <Select
                label={t("referrals.admin.filterStatus")}
                data={[all, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`referrals.status.${s}`) }))]}
                value={status ?? ""}
                onChange={(v) => setStatus(v ? (v as ReferralStatus) : null)}
                allowDeselect={false}
                w={200}
              />
              <Select
                label={t("referrals.admin.filterPosition")}
                searchable
                data={[all, ...(options.positions.data?.items ?? []).map((p) => ({ value: p.id, label: en ? p.titleEn || p.titleJa : p.titleJa }))]}
                value={positionId ?? ""}
                onChange={(v) => setPositionId(v || null)}
                allowDeselect={false}
                w={280}
              />
              <Select
                label={t("referrals.admin.filterReferrer")}
                searchable
                data={[all, ...(options.members.data?.items ?? []).filter((m) => m.role !== "alumnus").map((m) => ({ value: m.userId, label: m.name }))]}
                value={referrerUserId ?? ""}
                onChange={(v) => setReferrerUserId(v || null)}
                allowDeselect={false}
                w={220}
              />
            </Group>
            {list.isPending ? (
              <PageLoader />
            ) : list.isError ? (
              <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
            ) : items.length === 0 ? (
              filtered ? (
                <EmptyState
                  icon={<IconShare size={26} />}
                  title={t("referrals.admin.emptyFilteredTitle")}
                  description={t("referrals.admin.emptyFilteredBody")}
                />
              ) : (
                <EmptyState icon={<IconShare size={26} />} title={t("referrals.admin.emptyTitle")} description={t("referrals.admin.emptyBody")} />
              )
            ) : (
              <>
                <TableScroll label={t("referrals.admin.tableLabel")} minWidth={900}>
                  <Table aria-label={t("referrals.admin.tableLabel")} verticalSpacing="sm">
                    <TableHead
                      columns={[
                        t("referrals.admin.columns.person"),
                        t("referrals.admin.columns.position"),
                        t("referrals.admin.columns.referrer"),
                        t("referrals.admin.columns.kind"),
                        t("referrals.admin.columns.status"),
                        t("referrals.admin.columns.createdAt"),
                      ]}
                    />
                    <Table.Tbody>
                      {items.map((item) => (
                        <Table.Tr key={item.id}>
                          <Table.Th scope="row" fw={400}>
                            {item.candidateId ? <CandidateLink id={item.candidateId} name={item.personName} /> : <Text fw={600}>{item.personName}</Text>}
                            {item.relationship ? (
                              <Text size="xs" c="dimmed">
                                {item.relationship}
                              </Text>
                            ) : null}
                          </Table.Th>
                          <Table.Td>{item.position?.title ?? "—"}</Table.Td>
                          <Table.Td style={{ whiteSpace: "nowrap" }}>{item.referrer?.name ?? "—"}</Table.Td>
                          <Table.Td style={{ whiteSpace: "nowrap" }}>{t(`referrals.kind.${item.kind}`)}</Table.Td>
                          <Table.Td>
                            <Stack gap={2} align="flex-start">
                              <ReferralStatusBadge status={item.status} />
                              {item.stageName ? (
                                <Text size="xs" c="dimmed">
                                  {t("referrals.mine.stage", { stage: item.stageName })}
                                </Text>
                              ) : null}
                            </Stack>
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: "nowrap" }}>
                            <time dateTime={item.createdAt}>{formatDate(item.createdAt)}</time>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableScroll>
                <LoadMore
                  shown={items.length}
                  total={total}
                  hasMore={list.hasNextPage}
                  loading={list.isFetchingNextPage}
                  onLoadMore={() => void list.fetchNextPage()}
                />
              </>
            )}
          </Stack>
        </Paper>
        <SettingsCard />
      </Stack>
    </>
  );
}
