import { Button, Chip, Group, Input, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCalendarPlus, IconClockHour4 } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { TalkFormat, TalkSlot } from "../../../../shared/contracts/talks";
import { ConfirmButton } from "../../../components/confirm-button";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { currentLocale, i18n } from "../../../i18n";
import { isApiError } from "../../../lib/api-client";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { useSignedInMe } from "../../me/api/get-me";
import { useCreateTalkSlots, useDeleteTalkSlot, useTalkHosts, useTalkPositions, useTalkSlots } from "../api/talks";
import { DURATIONS, formatTalkTime, START_TIMES, tokyoDateFromToday } from "./talk-time";

interface Values {
  date: string;
  startTimes: string[];
  durationMinutes: string;
  format: TalkFormat;
  location: string;
  hostUserId: string | null;
  positionId: string | null;
}

const FIELDS = ["date", "startTimes", "durationMinutes", "format", "location", "hostUserId", "positionId"] as const;

/** Opens several slots on one Tokyo day: a date, start times and one length. */
export function SlotForm() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const canChooseHost = me.role === "admin" || me.role === "hr";
  const hosts = useTalkHosts();
  const positions = useTalkPositions();
  const create = useCreateTalkSlots();
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      date: tokyoDateFromToday(1),
      startTimes: [],
      durationMinutes: "30",
      format: "online",
      location: "",
      hostUserId: me.user?.id ?? null,
      positionId: null,
    },
    validate: {
      date: (value) => (value ? null : i18n.t("talks.slots.required.date")),
      startTimes: (value) => (value.length ? null : i18n.t("talks.slots.required.startTimes")),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const created = await create.mutateAsync({
        date: values.date,
        startTimes: [...values.startTimes].sort(),
        durationMinutes: Number(values.durationMinutes),
        format: values.format,
        location: values.location.trim() || null,
        hostUserId: canChooseHost ? values.hostUserId : null,
        positionId: values.positionId,
      });
      notifySuccess(t("talks.slots.created", { count: created.items.length }));
      form.setFieldValue("startTimes", []);
    } catch (error) {
      // `startTimes.2` and the like name one chip; the group shows the first such message.
      if (isApiError(error) && error.problem.errors) {
        const first = error.problem.errors.find((e) => e.path.startsWith("startTimes."));
        const index = first ? Number(first.path.split(".")[1]) : -1;
        const sorted = [...values.startTimes].sort();
        if (first) form.setFieldError("startTimes", sorted[index] ? `${sorted[index]}：${first.message}` : first.message);
      }
      applyFieldErrors(form, error, FIELDS);
    }
  });

  const durations = DURATIONS.map((m) => ({ value: String(m), label: t("talks.minutes", { count: m }) }));
  const otherErrors =
    create.error && isApiError(create.error) && create.error.problem.errors?.length ? null : create.error ? <ProblemAlert error={create.error} /> : null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-slot-form">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="xs">
            <IconCalendarPlus size={20} aria-hidden />
            <Title order={2} size="h4" id="talk-slot-form">
              {t("talks.slots.formTitle")}
            </Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t("talks.slots.formHint")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            <TextInput type="date" label={t("talks.slots.date")} required min={tokyoDateFromToday(0)} {...form.getInputProps("date")} />
            <Select label={t("talks.slots.duration")} data={durations} allowDeselect={false} {...form.getInputProps("durationMinutes")} />
            {canChooseHost ? (
              <Select
                label={t("talks.slots.host")}
                data={(hosts.data?.items ?? []).map((h) => ({ value: h.userId, label: h.name }))}
                allowDeselect={false}
                searchable
                {...form.getInputProps("hostUserId")}
              />
            ) : null}
          </SimpleGrid>
          <Input.Wrapper label={t("talks.slots.startTimes")} description={t("talks.slots.startTimesHint")} required error={form.errors.startTimes}>
            <Chip.Group multiple value={form.values.startTimes} onChange={(value) => form.setFieldValue("startTimes", value)}>
              <Group gap={6} mt={6} role="group" aria-label={t("talks.slots.startTimes")}>
                {START_TIMES.map((time) => (
                  <Chip key={time} value={time} size="sm" variant="outline">
                    {time}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="talk-slot-format">
              {t("talks.slots.format")}
            </Text>
            <SegmentedControl
              w="fit-content"
              aria-labelledby="talk-slot-format"
              data={[
                { value: "online", label: t("talks.format.online") },
                { value: "in_person", label: t("talks.format.in_person") },
              ]}
              value={form.values.format}
              onChange={(value) => form.setFieldValue("format", value as TalkFormat)}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <TextInput
              label={form.values.format === "online" ? t("talks.slots.locationOnline") : t("talks.slots.location")}
              placeholder={form.values.format === "online" ? t("talks.slots.locationPlaceholderOnline") : t("talks.slots.locationPlaceholderInPerson")}
              maxLength={300}
              {...form.getInputProps("location")}
            />
            <Select
              label={t("talks.slots.position")}
              placeholder={t("talks.slots.positionPlaceholder")}
              data={(positions.data?.items ?? []).map((p) => ({ value: p.id, label: currentLocale() === "en" ? p.titleEn : p.titleJa }))}
              clearable
              searchable
              {...form.getInputProps("positionId")}
            />
          </SimpleGrid>
          {otherErrors}
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} leftSection={<IconCalendarPlus size={16} aria-hidden />}>
              {t("talks.slots.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function SlotState({ slot }: { slot: TalkSlot }) {
  const { t } = useTranslation();
  if (slot.state === "booked" && slot.talkId)
    return (
      <AnchorLink to={paths.admin.talk} params={{ id: slot.talkId }} fw={600}>
        {t("talks.slots.state.booked", { name: slot.alumnusName ?? "" })}
      </AnchorLink>
    );
  return <Text size="sm">{t(`talks.slots.state.${slot.state}`, { name: "" })}</Text>;
}

/** The slots that have not ended yet, with who booked them; an open slot can be withdrawn. */
export function SlotList() {
  const { t } = useTranslation();
  const list = useTalkSlots();
  const remove = useDeleteTalkSlot();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!items.length) return <EmptyState icon={<IconClockHour4 size={26} />} title={t("talks.slots.empty.title")} description={t("talks.slots.empty.body")} />;
  return (
    <Stack gap="sm" component="section" aria-labelledby="talk-slot-list">
      <Title order={2} size="h4" id="talk-slot-list">
        {t("talks.slots.listTitle")}
      </Title>
      <TableScroll label={t("talks.slots.tableLabel")} minWidth={760}>
        <Table aria-label={t("talks.slots.tableLabel")} verticalSpacing="sm">
          <TableHead
            columns={[
              t("talks.slots.columns.when"),
              t("talks.slots.columns.host"),
              t("talks.slots.columns.format"),
              t("talks.slots.columns.state"),
              t("talks.slots.columns.actions"),
            ]}
          />
          <Table.Tbody>
            {items.map((slot) => {
              const when = formatTalkTime(slot.startsAt, slot.endsAt);
              return (
                <Table.Tr key={slot.id}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: "nowrap" }}>
                    <time dateTime={slot.startsAt}>{when}</time>
                  </Table.Th>
                  <Table.Td>{slot.hostName}</Table.Td>
                  <Table.Td>
                    {t(`talks.format.${slot.format}`)}
                    {slot.position ? (
                      <Text size="xs" c="dimmed">
                        {currentLocale() === "en" ? slot.position.titleEn : slot.position.titleJa}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <SlotState slot={slot} />
                  </Table.Td>
                  <Table.Td>
                    {slot.state === "open" ? (
                      <ConfirmButton
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t("talks.slots.deleteLabel", { when })}
                        confirmTitle={t("talks.slots.deleteTitle")}
                        confirmMessage={t("talks.slots.deleteMessage", { when })}
                        confirmLabel={t("talks.slots.deleteConfirm")}
                        onConfirm={() => remove.mutateAsync(slot.id).then(() => notifySuccess(t("talks.slots.deleted")))}
                      >
                        {t("talks.slots.delete")}
                      </ConfirmButton>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <LoadMore shown={items.length} total={total} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
    </Stack>
  );
}
