import {
  Badge,
  Button,
  Card,
  Group,
  List,
  Modal,
  Paper,
  Radio,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { IconCalendarDown, IconCalendarTime, IconClock, IconCoffee, IconMapPin, IconUser, IconVideo } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AvailableTalkSlot, MyTalk } from "../../../../shared/contracts/talks";
import { ConfirmButton } from "../../../components/confirm-button";
import { EmptyState } from "../../../components/empty-state";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { currentLocale } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { downloadTalkCalendar, myCalendarPath, useAvailableTalkSlots, useCancelMyTalk, useMyTalks, useRequestTalk, useRescheduleMyTalk } from "../api/talks";
import { TalkStatusBadge } from "./talk-status-badge";
import { byTokyoDay, formatClockRange, formatDay, formatTalkTime } from "./talk-time";

const NOTE_MAX = 500;

const positionTitle = (position: { titleJa: string; titleEn: string } | null) =>
  position ? (currentLocale() === "en" ? position.titleEn : position.titleJa) : null;

/** The alumni portal's casual talks: a warm word, my talks, the open slots by day, and asking without a slot. */
export function MyTalksPage() {
  const { t } = useTranslation();
  const mine = useMyTalks();
  const slots = useAvailableTalkSlots();
  const [booking, setBooking] = useState<AvailableTalkSlot | null>(null);
  const talks = mine.data?.pages.flatMap((p) => p.items) ?? [];
  const available = slots.data?.pages.flatMap((p) => p.items) ?? [];
  const now = Date.now();
  const ahead = talks.filter((x) => x.status === "requested" || (x.status === "scheduled" && x.endsAt && Date.parse(x.endsAt) > now));
  const past = talks.filter((x) => !ahead.includes(x));

  return (
    <>
      <PageHeader title={t("talks.portal.title")} description={t("talks.portal.description")} />
      <Stack gap="xl">
        <Paper withBorder radius="md" p="lg" bg="teal.0">
          <Group align="flex-start" wrap="nowrap" gap="md">
            <ThemeIcon size={44} radius="xl" variant="light" color="teal" aria-hidden>
              <IconCoffee size={24} />
            </ThemeIcon>
            <Stack gap={6}>
              <Text fw={700}>{t("talks.portal.introTitle")}</Text>
              <Text size="sm">{t("talks.portal.intro")}</Text>
              <List size="sm" spacing={2}>
                <List.Item>{t("talks.portal.point1")}</List.Item>
                <List.Item>{t("talks.portal.point2")}</List.Item>
                <List.Item>{t("talks.portal.point3")}</List.Item>
              </List>
            </Stack>
          </Group>
        </Paper>

        <Stack gap="sm" component="section" aria-labelledby="my-talks">
          <Title order={2} size="h3" id="my-talks">
            {t("talks.portal.mineTitle")}
          </Title>
          {mine.isPending ? (
            <PageLoader />
          ) : mine.isError ? (
            <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />
          ) : ahead.length ? (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {ahead.map((talk) => (
                <MyTalkCard key={talk.id} talk={talk} others={available} />
              ))}
            </SimpleGrid>
          ) : (
            <Text c="dimmed" size="sm">
              {t("talks.portal.mineEmpty")}
            </Text>
          )}
        </Stack>

        <Stack gap="sm" component="section" aria-labelledby="talk-slots">
          <Title order={2} size="h3" id="talk-slots">
            {t("talks.portal.slotsTitle")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("talks.portal.slotsHint")}
          </Text>
          {slots.isPending ? (
            <PageLoader />
          ) : slots.isError ? (
            <ProblemAlert error={slots.error} onRetry={() => void slots.refetch()} />
          ) : available.length ? (
            <Stack gap="md">
              {byTokyoDay(available).map((group) => (
                <Paper key={group.day} withBorder radius="md" p="md" component="section" aria-labelledby={`talk-day-${group.day}`}>
                  <Title order={3} size="h5" mb="xs" id={`talk-day-${group.day}`}>
                    {formatDay(group.items[0]?.startsAt ?? group.day)}
                  </Title>
                  <Group gap="sm">
                    {group.items.map((slot) => (
                      <SlotButton key={slot.id} slot={slot} onPick={() => setBooking(slot)} />
                    ))}
                  </Group>
                </Paper>
              ))}
            </Stack>
          ) : (
            <EmptyState icon={<IconCalendarTime size={26} />} title={t("talks.portal.slotsEmptyTitle")} description={t("talks.portal.slotsEmptyBody")} />
          )}
        </Stack>

        <RequestWithoutSlot />

        {past.length ? (
          <Stack gap="sm" component="section" aria-labelledby="past-talks">
            <Title order={2} size="h3" id="past-talks">
              {t("talks.portal.pastTitle")}
            </Title>
            <Stack gap="xs">
              {past.map((talk) => (
                <Group key={talk.id} gap="sm" wrap="wrap">
                  <TalkStatusBadge status={talk.status} />
                  <Text size="sm">{talk.startsAt && talk.endsAt ? formatTalkTime(talk.startsAt, talk.endsAt) : formatDateTime(talk.createdAt)}</Text>
                  {talk.hostName ? (
                    <Text size="sm" c="dimmed">
                      {t("talks.portal.with", { name: talk.hostName })}
                    </Text>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </Stack>
        ) : null}
      </Stack>
      <BookDialog slot={booking} onClose={() => setBooking(null)} />
    </>
  );
}

function SlotButton({ slot, onPick }: { slot: AvailableTalkSlot; onPick: () => void }) {
  const { t } = useTranslation();
  const time = formatClockRange(slot.startsAt, slot.endsAt);
  const position = positionTitle(slot.position);
  return (
    <Button
      variant="default"
      h="auto"
      py={8}
      onClick={onPick}
      aria-label={t("talks.portal.bookLabel", { when: formatTalkTime(slot.startsAt, slot.endsAt), host: slot.hostName ?? "" })}
    >
      <Stack gap={0} align="flex-start">
        <Text fw={700} size="sm">
          {time}
        </Text>
        <Text size="xs" c="dimmed">
          {[slot.hostName, t(`talks.format.${slot.format}`), position].filter(Boolean).join(" ・ ")}
        </Text>
      </Stack>
    </Button>
  );
}

function SlotSummary({ slot }: { slot: AvailableTalkSlot }) {
  const { t } = useTranslation();
  const position = positionTitle(slot.position);
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0">
      <Stack gap={4}>
        <Group gap={6}>
          <IconClock size={16} aria-hidden />
          <Text fw={700}>{formatTalkTime(slot.startsAt, slot.endsAt)}</Text>
        </Group>
        {slot.hostName ? (
          <Group gap={6}>
            <IconUser size={16} aria-hidden />
            <Text size="sm">{t("talks.portal.with", { name: slot.hostName })}</Text>
          </Group>
        ) : null}
        <Group gap={6}>
          {slot.format === "online" ? <IconVideo size={16} aria-hidden /> : <IconMapPin size={16} aria-hidden />}
          <Text size="sm">
            {slot.format === "in_person" && slot.location
              ? t("talks.portal.place", { format: t("talks.format.in_person"), place: slot.location })
              : t(`talks.format.${slot.format}`)}
          </Text>
        </Group>
        {position ? (
          <Text size="sm" c="dimmed">
            {t("talks.portal.aboutPosition", { position })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Books the chosen slot with a short note; if someone was faster, says so and the list refreshes. */
function BookDialog({ slot, onClose }: { slot: AvailableTalkSlot | null; onClose: () => void }) {
  const { t } = useTranslation();
  const request = useRequestTalk();
  const [note, setNote] = useState("");
  const close = () => {
    request.reset();
    setNote("");
    onClose();
  };
  return (
    <Modal opened={slot !== null} onClose={close} title={t("talks.portal.bookTitle")} size="lg" closeButtonProps={{ "aria-label": t("common.close") }}>
      {slot ? (
        <Stack gap="md">
          <SlotSummary slot={slot} />
          <Textarea
            label={t("talks.portal.noteLabel")}
            description={t("talks.portal.noteHelp")}
            placeholder={t("talks.portal.notePlaceholder")}
            autosize
            minRows={3}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Text size="xs" c="dimmed" ta="right" aria-live="polite">
            {t("talks.portal.counter", { count: note.length, max: NOTE_MAX })}
          </Text>
          {request.error ? <ProblemAlert error={request.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("talks.portal.back")}
            </Button>
            <Button
              loading={request.isPending}
              disabled={Boolean(request.error)}
              onClick={() =>
                request.mutate(
                  { slotId: slot.id, positionId: slot.position?.id ?? null, note: note.trim() || null },
                  {
                    onSuccess: () => {
                      notifySuccess(t("talks.portal.booked"));
                      close();
                    },
                  },
                )
              }
            >
              {t("talks.portal.book")}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

function MyTalkCard({ talk, others }: { talk: MyTalk; others: AvailableTalkSlot[] }) {
  const { t } = useTranslation();
  const cancel = useCancelMyTalk(talk.id);
  const [reason, setReason] = useState("");
  const [moving, setMoving] = useState(false);
  const position = positionTitle(talk.position);
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={`talk-${talk.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5" id={`talk-${talk.id}`}>
            {talk.startsAt && talk.endsAt ? formatTalkTime(talk.startsAt, talk.endsAt) : t("talks.portal.waitingTitle")}
          </Title>
          <TalkStatusBadge status={talk.status} />
        </Group>
        {talk.status === "requested" ? (
          <Text size="sm" c="dimmed">
            {t("talks.portal.waitingBody")}
          </Text>
        ) : null}
        {talk.hostName ? <Text size="sm">{t("talks.portal.with", { name: talk.hostName })}</Text> : null}
        {talk.startsAt ? (
          <Text size="sm">
            {talk.location ? t("talks.portal.place", { format: t(`talks.format.${talk.format}`), place: talk.location }) : t(`talks.format.${talk.format}`)}
          </Text>
        ) : null}
        {position ? (
          <Badge variant="light" color="gray" w="fit-content">
            {position}
          </Badge>
        ) : null}
        {talk.note ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
            {t("talks.portal.yourNote", { note: talk.note })}
          </Text>
        ) : null}
        <Group gap="xs" mt="xs">
          {talk.status === "scheduled" ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCalendarDown size={14} aria-hidden />}
              onClick={() => downloadTalkCalendar(myCalendarPath(talk.id)).catch(notifyProblem)}
            >
              {t("talks.portal.downloadIcs")}
            </Button>
          ) : null}
          <Button size="xs" variant="default" onClick={() => setMoving(true)} disabled={!others.length}>
            {talk.status === "requested" ? t("talks.portal.pickSlot") : t("talks.portal.reschedule")}
          </Button>
          <ConfirmButton
            size="xs"
            variant="subtle"
            color="red"
            confirmTitle={t("talks.portal.cancelTitle")}
            confirmMessage={
              <Stack gap="sm">
                <Text size="sm">{t("talks.portal.cancelMessage")}</Text>
                <Textarea
                  label={t("talks.portal.cancelReason")}
                  autosize
                  minRows={2}
                  maxLength={500}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
              </Stack>
            }
            confirmLabel={t("talks.portal.cancelConfirm")}
            onConfirm={() => cancel.mutateAsync({ reason: reason.trim() || null }).then(() => notifySuccess(t("talks.portal.cancelled")))}
          >
            {t("talks.portal.cancel")}
          </ConfirmButton>
        </Group>
      </Stack>
      <RescheduleDialog talk={talk} slots={others} opened={moving} onClose={() => setMoving(false)} />
    </Card>
  );
}

/** Moves my talk to another open slot in one step. */
function RescheduleDialog({ talk, slots, opened, onClose }: { talk: MyTalk; slots: AvailableTalkSlot[]; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const reschedule = useRescheduleMyTalk(talk.id);
  const [choice, setChoice] = useState<string>("");
  const close = () => {
    reschedule.reset();
    setChoice("");
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t("talks.portal.rescheduleTitle")} size="lg" closeButtonProps={{ "aria-label": t("common.close") }}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("talks.portal.rescheduleHint")}
        </Text>
        <ScrollArea.Autosize mah={360}>
          <Radio.Group label={t("talks.portal.rescheduleLabel")} value={choice} onChange={setChoice}>
            <Stack gap="xs" mt="xs">
              {slots.map((slot) => (
                <Radio
                  key={slot.id}
                  value={slot.id}
                  label={[formatTalkTime(slot.startsAt, slot.endsAt), slot.hostName, t(`talks.format.${slot.format}`)].filter(Boolean).join(" ・ ")}
                />
              ))}
            </Stack>
          </Radio.Group>
        </ScrollArea.Autosize>
        {reschedule.error ? <ProblemAlert error={reschedule.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t("talks.portal.back")}
          </Button>
          <Button
            loading={reschedule.isPending}
            disabled={!choice}
            onClick={() =>
              reschedule.mutate(
                { slotId: choice },
                {
                  onSuccess: () => {
                    notifySuccess(t("talks.portal.rescheduled"));
                    close();
                  },
                },
              )
            }
          >
            {t("talks.portal.rescheduleConfirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** For when no slot suits: a note and the times that would, and HR finds someone to talk with. */
function RequestWithoutSlot() {
  const { t } = useTranslation();
  const request = useRequestTalk();
  const [note, setNote] = useState("");
  const [times, setTimes] = useState("");
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="talk-request">
      <Stack gap="sm">
        <Title order={2} size="h3" id="talk-request">
          {t("talks.portal.requestTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("talks.portal.requestHint")}
        </Text>
        <Textarea
          label={t("talks.portal.noteLabel")}
          description={t("talks.portal.noteHelp")}
          placeholder={t("talks.portal.notePlaceholder")}
          autosize
          minRows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <TextInput
          label={t("talks.portal.preferredTimes")}
          placeholder={t("talks.portal.preferredTimesPlaceholder")}
          maxLength={300}
          value={times}
          onChange={(e) => setTimes(e.currentTarget.value)}
        />
        {request.error ? <ProblemAlert error={request.error} /> : null}
        <Group justify="flex-end">
          <Button
            variant="light"
            loading={request.isPending}
            onClick={() =>
              request.mutate(
                { note: note.trim() || null, preferredTimes: times.trim() || null },
                {
                  onSuccess: () => {
                    notifySuccess(t("talks.portal.requested"));
                    setNote("");
                    setTimes("");
                  },
                },
              )
            }
          >
            {t("talks.portal.requestSubmit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
