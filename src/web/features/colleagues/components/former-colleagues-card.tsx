import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconMessageCircleUser, IconUserPlus, IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FormerColleague, Outreach } from "../../../../shared/contracts/colleagues";
import { EmptyState } from "../../../components/empty-state";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { formatDate } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { paths } from "../../../lib/paths";
import { useAddOutreachCandidacy, useAlumnusOutreach, useFormerColleagues } from "../api/colleagues";
import { HrefAnchor } from "./href-link";
import { OutreachRequestModal } from "./outreach-request-modal";
import { OutreachStatusBadge } from "./outreach-status-badge";
import { overlapLength, SharedPeriods } from "./shared-periods";

type Props = {
  alumnusId: string;
  alumnusName: string;
  alumnusFamilyName: string;
  /** HR and admins ask colleagues and add candidates; managers only read. */
  canRequest: boolean;
  /** Whether to link to the members page for keeping histories (admins and HR). */
  canEditHistories: boolean;
};

/** 「一緒に働いていた社員」: current members who shared a department with the alumnus, and the outreach so far. */
export function FormerColleaguesCard({ alumnusId, alumnusName, alumnusFamilyName, canRequest, canEditHistories }: Props) {
  const { t } = useTranslation();
  const colleagues = useFormerColleagues(alumnusId);
  const outreach = useAlumnusOutreach(alumnusId);
  const [asking, setAsking] = useState<FormerColleague | null>(null);
  const consents = colleagues.data?.consentsToReferralRequests ?? false;
  const requests = outreach.data?.items ?? [];
  const pendingFor = new Set(requests.filter((o) => o.status === "requested").map((o) => o.employee.userId));

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="former-colleagues-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id="former-colleagues-title">
              {t("colleagues.card.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("colleagues.card.description")}
            </Text>
          </Stack>
          {colleagues.data ? (
            <Badge variant="light" color={consents ? "teal" : "gray"} size="lg">
              {consents ? t("colleagues.consent.yes") : t("colleagues.consent.no")}
            </Badge>
          ) : null}
        </Group>
        {colleagues.isPending ? (
          <PageLoader minHeight={100} />
        ) : colleagues.isError ? (
          <ProblemAlert error={colleagues.error} onRetry={() => void colleagues.refetch()} />
        ) : colleagues.data.items.length === 0 ? (
          <EmptyState
            icon={<IconUsers size={26} />}
            title={t("colleagues.card.emptyTitle")}
            description={colleagues.data.alumnusHasHistory ? t("colleagues.card.emptyNoMembers") : t("colleagues.card.emptyNoHistory")}
            action={
              canEditHistories && colleagues.data.alumnusHasHistory ? (
                <AnchorLink to={paths.admin.members} size="sm">
                  {t("colleagues.card.membersLink")}
                </AnchorLink>
              ) : null
            }
          />
        ) : (
          <Stack gap={0} component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {colleagues.data.items.map((c, index) => (
              <li key={c.userId}>
                {index > 0 ? <Divider my="sm" /> : null}
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4}>
                    <Group gap={8}>
                      <Text fw={700}>{c.name}</Text>
                      {c.role !== "employee" ? (
                        <Badge size="xs" variant="outline" color="gray">
                          {t(`roles.${c.role}`)}
                        </Badge>
                      ) : null}
                      <Text size="sm" c="dimmed">
                        {t("colleagues.card.together", { length: overlapLength(t, c.overlapMonths, c.overlapDays) })}
                      </Text>
                    </Group>
                    <SharedPeriods periods={c.periods} />
                  </Stack>
                  {canRequest ? (
                    pendingFor.has(c.userId) ? (
                      <Badge variant="light" color="blue">
                        {t("colleagues.card.pending")}
                      </Badge>
                    ) : (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconMessageCircleUser size={16} aria-hidden />}
                        aria-label={t("colleagues.card.askLabel", { name: c.name })}
                        onClick={() => setAsking(c)}
                      >
                        {t("colleagues.card.ask")}
                      </Button>
                    )
                  ) : null}
                </Group>
              </li>
            ))}
          </Stack>
        )}
        {requests.length ? <OutreachHistory alumnusId={alumnusId} requests={requests} canRequest={canRequest} /> : null}
      </Stack>
      <OutreachRequestModal
        alumnusId={alumnusId}
        alumnusName={alumnusName}
        alumnusFamilyName={alumnusFamilyName}
        consents={consents}
        colleague={asking}
        onClose={() => setAsking(null)}
      />
    </Paper>
  );
}

function OutreachHistory({ alumnusId, requests, canRequest }: { alumnusId: string; requests: Outreach[]; canRequest: boolean }) {
  const { t } = useTranslation();
  const addCandidacy = useAddOutreachCandidacy(alumnusId);
  return (
    <Stack gap="sm">
      <Divider />
      <Title order={3} size="h5">
        {t("colleagues.card.historyTitle")}
      </Title>
      {requests.map((o) => (
        <Paper key={o.id} withBorder radius="sm" p="sm" bg="gray.0">
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap={8}>
                <Text fw={600} size="sm">
                  {o.employee.name}
                </Text>
                <OutreachStatusBadge status={o.status} outcome={o.outcome} />
              </Group>
              <Text size="xs" c="dimmed">
                {t("colleagues.card.askedOn", { date: formatDate(o.createdAt), by: o.requestedByName ?? t("colleagues.card.someone") })}
                {o.respondedAt ? ` ・ ${t("colleagues.card.answeredOn", { date: formatDate(o.respondedAt) })}` : ""}
              </Text>
            </Group>
            {o.outcomeNote ? <Text size="sm">{o.outcomeNote}</Text> : null}
            {o.candidateId ? (
              <HrefAnchor href={paths.admin.candidate.replace("$id", encodeURIComponent(o.candidateId))} size="sm">
                {t("colleagues.card.openCandidate")}
              </HrefAnchor>
            ) : canRequest && o.outcome === "interested" ? (
              <Button
                size="xs"
                w="fit-content"
                leftSection={<IconUserPlus size={16} aria-hidden />}
                loading={addCandidacy.isPending && addCandidacy.variables === o.id}
                onClick={() =>
                  addCandidacy.mutate(o.id, {
                    onSuccess: (result) => notifySuccess(result.created ? t("colleagues.card.candidacyCreated") : t("colleagues.card.candidacyKnown")),
                    onError: notifyProblem,
                  })
                }
              >
                {t("colleagues.card.addCandidacy")}
              </Button>
            ) : null}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
