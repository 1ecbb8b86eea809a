import { Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Attendee } from "../../../../shared/contracts/events";
import { EmptyState } from "../../../components/empty-state";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { useAttendees } from "../api/events";

const SEAT_COLORS = { confirmed: "teal", waitlisted: "orange", none: "gray" } as const;

export function AnswerBadge({ attendee }: { attendee: Attendee }) {
  const { t } = useTranslation();
  const label =
    attendee.seat === "waitlisted" ? t("events.answer.waitlisted", { position: attendee.waitlistPosition ?? "" }) : t(`events.answer.${attendee.response}`);
  return (
    <Badge color={SEAT_COLORS[attendee.seat]} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}

/** Everyone who answered: confirmed first, then the waitlist in order, then maybe and not going. */
export function AttendeeTable({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const query = useAttendees(eventId);
  const order = { confirmed: 0, waitlisted: 1, none: 2 } as const;
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => order[a.seat] - order[b.seat] || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || a.response.localeCompare(b.response),
  );
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="attendees-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="attendees-title">
          {t("events.attendees.title")}
        </Title>
        {query.isPending ? (
          <PageLoader />
        ) : query.isError ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState icon={<IconUsers size={26} />} title={t("events.attendees.emptyTitle")} description={t("events.attendees.emptyBody")} />
        ) : (
          <TableScroll label={t("events.attendees.title")} minWidth={720}>
            <Table aria-label={t("events.attendees.title")} verticalSpacing="xs">
              <TableHead
                columns={[
                  t("events.attendees.columns.name"),
                  t("events.attendees.columns.email"),
                  t("events.attendees.columns.answer"),
                  t("events.attendees.columns.checkedIn"),
                  t("events.attendees.columns.respondedAt"),
                ]}
              />
              <Table.Tbody>
                {items.map((a) => (
                  <Table.Tr key={a.rsvpId}>
                    <Table.Th scope="row" fw={500}>
                      {a.name}
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{a.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      <AnswerBadge attendee={a} />
                    </Table.Td>
                    <Table.Td>{a.checkedInAt ? formatDateTime(a.checkedInAt) : "—"}</Table.Td>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(a.respondedAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Stack>
    </Paper>
  );
}
