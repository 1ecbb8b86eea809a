import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { IconCheck, IconSearch, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Attendee } from "../../../../shared/contracts/events";
import { EmptyState } from "../../../components/empty-state";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifyProblem } from "../../../lib/notify";
import { useAttendees, useCheckIn } from "../api/events";
import { AnswerBadge } from "./attendee-table";

/** Lower-case, NFKC (full-width letters, half-width kana) so a quick search on a phone finds people. */
const fold = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" radius="md" ta="center">
      <Text size="xl" fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Paper>
  );
}

function Row({ attendee, eventId }: { attendee: Attendee; eventId: string }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn(eventId);
  const checked = attendee.checkedInAt !== null;
  return (
    <Paper withBorder p="sm" radius="md" component="li" bg={checked ? "teal.0" : undefined}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} truncate>
            {attendee.name}
          </Text>
          <AnswerBadge attendee={attendee} />
        </Stack>
        <Button
          size="lg"
          miw={132}
          variant={checked ? "filled" : "outline"}
          color={checked ? "teal" : "blue"}
          leftSection={checked ? <IconCheck size={20} aria-hidden /> : null}
          aria-pressed={checked}
          aria-label={t(checked ? "events.checkIn.undoFor" : "events.checkIn.checkInFor", { name: attendee.name })}
          loading={checkIn.isPending}
          onClick={() => checkIn.mutate({ rsvpId: attendee.rsvpId, checkedIn: !checked }, { onError: notifyProblem })}
        >
          {checked ? t("events.checkIn.checkedIn") : t("events.checkIn.checkIn")}
        </Button>
      </Group>
    </Paper>
  );
}

/** The day-of list on a phone: people holding a seat and the waitlist, a search box and one big toggle each. */
export function CheckInList({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const query = useAttendees(eventId, { refetchInterval: 15_000 });
  const [search, setSearch] = useState("");
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const people = query.data.items.filter((a) => a.seat !== "none");
  const confirmed = people.filter((a) => a.seat === "confirmed");
  const checkedIn = people.filter((a) => a.checkedInAt).length;
  const term = fold(search);
  const shown = term ? people.filter((a) => fold(`${a.name}${a.email}`).includes(term)) : people;
  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="xs" aria-live="polite">
        <Count label={t("events.checkIn.countCheckedIn")} value={checkedIn} />
        <Count label={t("events.checkIn.countConfirmed")} value={confirmed.length} />
        <Count label={t("events.checkIn.countWaitlisted")} value={people.length - confirmed.length} />
      </SimpleGrid>
      <TextInput
        size="md"
        type="search"
        label={t("events.checkIn.search")}
        placeholder={t("events.checkIn.searchPlaceholder")}
        leftSection={<IconSearch size={18} aria-hidden />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
      />
      {people.length === 0 ? (
        <EmptyState icon={<IconUsers size={26} />} title={t("events.checkIn.emptyTitle")} description={t("events.checkIn.emptyBody")} />
      ) : shown.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("events.checkIn.noMatch")}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("events.checkIn.listLabel")}>
          {shown.map((a) => (
            <Row key={a.rsvpId} attendee={a} eventId={eventId} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
