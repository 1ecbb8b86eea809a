import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { IconCalendarDown, IconHourglass } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { MyEvent, RsvpResponse } from "../../../../shared/contracts/events";
import { ConfirmButton } from "../../../components/confirm-button";
import { ProblemAlert } from "../../../components/problem-alert";
import { notifySuccess } from "../../../lib/notify";
import { myCalendarUrl, useAnswer } from "../api/events";

/** Going / maybe / not going, the seat or place in line that follows, and the calendar file once seated. */
export function RsvpPanel({ event }: { event: MyEvent }) {
  const { t } = useTranslation();
  const answer = useAnswer(event.id);
  const mine = event.myRsvp;
  const full = event.seatsLeft === 0 && mine?.seat !== "confirmed";
  const choose = (response: RsvpResponse) =>
    answer.mutate(response, {
      onSuccess: (saved) => {
        const seat = saved.myRsvp?.seat;
        notifySuccess(
          seat === "confirmed" ? t("events.rsvp.savedConfirmed") : seat === "waitlisted" ? t("events.rsvp.savedWaitlisted") : t("events.rsvp.saved"),
        );
      },
    });
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="rsvp-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="rsvp-title">
          {t("events.rsvp.title")}
        </Title>
        {event.status === "cancelled" ? (
          <Alert color="red" variant="light">
            {t("events.rsvp.cancelled")}
          </Alert>
        ) : null}
        {mine?.seat === "confirmed" ? (
          <Alert color="teal" variant="light" title={t("events.rsvp.confirmedTitle")}>
            {t("events.rsvp.confirmedBody")}
          </Alert>
        ) : null}
        {mine?.seat === "waitlisted" ? (
          <Alert
            color="orange"
            variant="light"
            icon={<IconHourglass size={18} aria-hidden />}
            title={t("events.rsvp.waitlistedTitle", { position: mine.waitlistPosition ?? "" })}
          >
            {t("events.rsvp.waitlistedBody")}
          </Alert>
        ) : null}
        {event.registrationOpen ? (
          <>
            {full && mine?.response !== "going" ? (
              <Text size="sm" fw={600}>
                {t("events.rsvp.full")}
              </Text>
            ) : null}
            <Stack gap={4}>
              <Text size="sm" fw={500} id="rsvp-choice">
                {t("events.rsvp.question")}
              </Text>
              <SegmentedControl
                aria-labelledby="rsvp-choice"
                value={mine?.response ?? ""}
                disabled={answer.isPending}
                onChange={(value) => choose(value as RsvpResponse)}
                data={[
                  { value: "going", label: full && mine?.response !== "going" ? t("events.rsvp.joinWaitlist") : t("events.answer.going") },
                  { value: "maybe", label: t("events.answer.maybe") },
                  { value: "not_going", label: t("events.answer.not_going") },
                ]}
                fullWidth
                maw={520}
              />
            </Stack>
            {mine ? (
              <Group>
                <ConfirmButton
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  confirmTitle={t("events.rsvp.withdrawTitle")}
                  confirmMessage={mine.seat === "confirmed" ? t("events.rsvp.withdrawSeat") : t("events.rsvp.withdrawMessage")}
                  confirmLabel={t("events.rsvp.withdrawConfirm")}
                  onConfirm={async () => {
                    await answer.mutateAsync(null);
                    notifySuccess(t("events.rsvp.withdrawn"));
                  }}
                >
                  {t("events.rsvp.withdraw")}
                </ConfirmButton>
              </Group>
            ) : null}
          </>
        ) : event.status === "published" ? (
          <Text size="sm" c="dimmed">
            {t("events.rsvp.closed")}
          </Text>
        ) : null}
        {answer.isError ? <ProblemAlert error={answer.error} /> : null}
        {mine?.seat === "confirmed" && event.status === "published" ? (
          <Button
            component="a"
            href={myCalendarUrl(event.id)}
            download
            variant="light"
            w="fit-content"
            leftSection={<IconCalendarDown size={18} aria-hidden />}
          >
            {t("events.rsvp.calendar")}
          </Button>
        ) : null}
        {event.format === "online" && !event.onlineUrl && event.status === "published" ? (
          <Text size="xs" c="dimmed">
            {t("events.rsvp.urlLater")}
          </Text>
        ) : null}
        {event.onlineUrl ? (
          <Text size="sm">
            {t("events.rsvp.joinOnline")}{" "}
            <Anchor href={event.onlineUrl} target="_blank" rel="noopener noreferrer">
              {event.onlineUrl}
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
