import { Button, Card, Group, List, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCalendarDown, IconMessages } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { MyVisit } from "../../../../shared/contracts/visits";
import { ConfirmButton } from "../../../components/confirm-button";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageHeader } from "../../../components/page-header";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { formatDate } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useSignedInMe } from "../../me/api/get-me";
import { downloadVisitCalendar, myCalendarPath, useAcceptVisit, useCancelMyVisit, useDeclineVisit, useMyVisits } from "../api/visits";
import { SlotFields, slotErrorsOf } from "./slot-fields";
import { draftsOf, formatSlot, type SlotDraft, slotsOf } from "./slot-time";
import { VisitFacts } from "./visit-facts";
import { VisitStatusBadge } from "./visit-status-badge";

/** The alumnus's requests: accept with proposed times or decline, then the agreed time with its .ics. */
export function MyVisitsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const list = useMyVisits();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages.at(-1)?.total ?? 0;
  return (
    <>
      <PageHeader title={t("visits.portal.title")} description={t("visits.portal.description", { company: me.tenant.name })} />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconMessages size={26} />} title={t("visits.portal.emptyTitle")} description={t("visits.portal.emptyBody")} />
      ) : (
        <Stack gap="lg" component="section" aria-label={t("visits.portal.listLabel")}>
          {items.map((visit) => (
            <MyVisitCard key={visit.id} visit={visit} />
          ))}
          <LoadMore
            shown={items.length}
            total={total}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </Stack>
      )}
    </>
  );
}

function MyVisitCard({ visit }: { visit: MyVisit }) {
  const { t } = useTranslation();
  const cancel = useCancelMyVisit(visit.id);
  const headingId = `visit-${visit.id}`;
  const agreed = visit.agreedStartsAt && visit.agreedEndsAt ? formatSlot({ startsAt: visit.agreedStartsAt, endsAt: visit.agreedEndsAt }) : null;
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              {visit.topic}
            </Title>
            <Text size="sm" c="dimmed">
              {visit.requesterName ? t("visits.portal.from", { name: visit.requesterName }) : t("visits.portal.fromCompany", { company: visit.company })} ・{" "}
              {formatDate(visit.createdAt)}
            </Text>
          </Stack>
          <VisitStatusBadge status={visit.status} />
        </Group>
        <VisitFacts
          label={t("visits.detail.facts")}
          rows={[
            [t("visits.detail.candidate"), visit.candidateName],
            [t("visits.detail.affiliation"), visit.candidateAffiliation],
            [t("visits.detail.format"), t(`visits.format.${visit.format}`)],
            [t("visits.detail.message"), visit.message],
            [t("visits.detail.agreed"), agreed],
            [t("visits.detail.meetingDetails"), visit.meetingDetails],
            [t("visits.detail.declineReason"), visit.declineReason],
          ]}
        />
        {visit.status === "requested" ? <Respond visit={visit} /> : null}
        {visit.status === "accepted" ? (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("visits.portal.proposedTitle")}
            </Text>
            <List size="sm">
              {visit.proposedSlots.map((slot) => (
                <List.Item key={slot.startsAt}>{formatSlot(slot)}</List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t("visits.portal.waiting")}
            </Text>
          </Stack>
        ) : null}
        {visit.status === "accepted" || visit.status === "scheduled" ? (
          <Group gap="sm">
            {visit.status === "scheduled" ? (
              <Button
                variant="light"
                leftSection={<IconCalendarDown size={16} aria-hidden />}
                onClick={() => downloadVisitCalendar(myCalendarPath(visit.id)).catch(notifyProblem)}
              >
                {t("visits.detail.downloadIcs")}
              </Button>
            ) : null}
            <ConfirmButton
              variant="default"
              confirmTitle={t("visits.portal.cancelTitle")}
              confirmMessage={t("visits.portal.cancelMessage")}
              confirmLabel={t("visits.portal.cancelConfirm")}
              onConfirm={() => cancel.mutateAsync(undefined).then(() => notifySuccess(t("visits.portal.cancelled")))}
            >
              {t("visits.portal.cancel")}
            </ConfirmButton>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

function Respond({ visit }: { visit: MyVisit }) {
  const { t } = useTranslation();
  const accept = useAcceptVisit(visit.id);
  const decline = useDeclineVisit(visit.id);
  const [slots, setSlots] = useState<SlotDraft[]>(() => (visit.proposedSlots.length ? draftsOf(visit.proposedSlots) : [{ start: "", minutes: "60" }]));
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  const [declining, { open, close }] = useDisclosure(false);
  const slotErrors = isApiError(accept.error) ? slotErrorsOf(accept.error.problem.errors, "slots") : {};
  const required = isApiError(accept.error) ? accept.error.problem.errors?.find((e) => e.path === "slots")?.message : undefined;
  return (
    <Stack gap="sm" component="section" aria-labelledby={`accept-${visit.id}`}>
      <Title order={3} size="h5" id={`accept-${visit.id}`}>
        {t("visits.portal.acceptTitle")}
      </Title>
      <Text size="sm" c="dimmed">
        {t("visits.portal.acceptHint")}
      </Text>
      <SlotFields value={slots} onChange={setSlots} errors={slotErrors} label={t("visits.portal.acceptTitle")} />
      {required ? (
        <Text size="sm" c="red" role="alert">
          {required}
        </Text>
      ) : null}
      <TextInput
        label={t("visits.portal.note")}
        placeholder={t("visits.portal.notePlaceholder")}
        value={note}
        maxLength={500}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {accept.error && !Object.keys(slotErrors).length && !required ? <ProblemAlert error={accept.error} /> : null}
      <Group justify="space-between">
        <Button variant="subtle" color="gray" onClick={open}>
          {t("visits.portal.decline")}
        </Button>
        <Button
          loading={accept.isPending}
          onClick={() => accept.mutate({ slots: slotsOf(slots), note: note.trim() || null }, { onSuccess: () => notifySuccess(t("visits.portal.accepted")) })}
        >
          {t("visits.portal.accept")}
        </Button>
      </Group>
      <ConfirmDialog
        opened={declining}
        onClose={close}
        title={t("visits.portal.declineTitle")}
        message={
          <Stack gap="sm">
            <Text size="sm">{t("visits.portal.declineMessage")}</Text>
            <Textarea
              label={t("visits.portal.declineReason")}
              autosize
              minRows={2}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          </Stack>
        }
        confirmLabel={t("visits.portal.declineConfirm")}
        onConfirm={() => decline.mutateAsync({ reason: reason.trim() || null }).then(() => notifySuccess(t("visits.portal.declined")))}
      />
    </Stack>
  );
}
