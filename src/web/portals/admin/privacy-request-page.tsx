import { Button, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from "@mantine/core";
import { IconDownload, IconFileOff, IconPencil } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DsrDetail } from "../../../shared/contracts/privacy";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { AnchorLink, ButtonLink } from "../../components/router-links";
import { exportUrl, useSubjectRequest } from "../../features/privacy/api/requests";
import { ErasureSection } from "../../features/privacy/components/erasure-section";
import { DueBadge, RequestStatusBadge } from "../../features/privacy/components/request-status";
import { TransitionActions } from "../../features/privacy/components/transition-actions";
import { formatDate, formatDateTime } from "../../lib/dates";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

export function PrivacyRequestPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const request = useSubjectRequest(id);
  return (
    <RecordPage
      query={request}
      back={<BackLink to={paths.admin.privacy} label={t("privacy.request.back")} />}
      notFound={{
        title: t("privacy.request.notFoundTitle"),
        body: t("privacy.request.notFoundBody"),
        icon: <IconFileOff size={26} />,
        action: (
          <ButtonLink to={paths.admin.privacy} variant="light">
            {t("privacy.request.back")}
          </ButtonLink>
        ),
      }}
    >
      {(data) => <RequestDetail request={data} />}
    </RecordPage>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

function RequestDetail({ request }: { request: DsrDetail }) {
  const { t } = useTranslation();
  const open = request.status !== "completed" && request.status !== "rejected";
  return (
    <Stack gap="lg">
      <PageHeader
        title={t("privacy.request.title", { kind: t(`privacy.kind.${request.kind}`), name: request.subjectName ?? t("privacy.requests.erasedSubject") })}
        actions={<TransitionActions request={request} />}
      />
      <Paper withBorder radius="md" p="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Fact label={t("privacy.request.status")}>
            <Group gap="xs">
              <RequestStatusBadge status={request.status} />
              <DueBadge request={request} />
            </Group>
          </Fact>
          <Fact label={t("privacy.request.due")}>
            <time dateTime={request.dueAt}>{formatDate(request.dueAt)}</time>
          </Fact>
          <Fact label={t("privacy.request.received")}>
            <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time> ({t(`privacy.requestedBy.${request.requestedBy}`)})
          </Fact>
          <Fact label={t("privacy.request.subject")}>
            {request.alumnusId ? (
              <AnchorLink to={paths.admin.alumnus} params={{ id: request.alumnusId }}>
                {request.subjectName}
              </AnchorLink>
            ) : (
              <Text size="sm" ff="monospace" style={{ wordBreak: "break-all" }}>
                {request.subjectPseudonym}
              </Text>
            )}
          </Fact>
          {request.holdReason ? <Fact label={t("privacy.request.holdReason")}>{request.holdReason}</Fact> : null}
          {request.resolutionNote ? <Fact label={t("privacy.request.resolution")}>{request.resolutionNote}</Fact> : null}
        </SimpleGrid>
        {request.details ? (
          <Stack gap={4} mt="md">
            <Text size="xs" c="dimmed">
              {t("privacy.request.details")}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {request.details}
            </Text>
          </Stack>
        ) : null}
      </Paper>

      {request.kind === "export" && request.alumnusId ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("privacy.export.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("privacy.export.hint")}
            </Text>
            <Group>
              {(["json", "csv"] as const).map((format) => (
                <Button
                  key={format}
                  component="a"
                  href={exportUrl(request.id, format)}
                  download
                  variant="light"
                  leftSection={<IconDownload size={16} aria-hidden />}
                >
                  {t(`privacy.export.${format}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        </Paper>
      ) : null}

      {request.kind === "correction" && request.alumnusId && open ? (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t("privacy.correction.title")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("privacy.correction.hint")}
            </Text>
            <div>
              <ButtonLink to={paths.admin.alumnus} params={{ id: request.alumnusId }} variant="light" leftSection={<IconPencil size={16} aria-hidden />}>
                {t("privacy.correction.edit")}
              </ButtonLink>
            </div>
          </Stack>
        </Paper>
      ) : null}

      {request.kind === "erasure" ? <ErasureSection request={request} /> : null}

      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t("privacy.request.history")}
          </Title>
          <Timeline bulletSize={14} lineWidth={2}>
            {request.history.map((entry) => (
              <Timeline.Item key={entry.id} title={t(`privacy.history.${entry.action}`, { defaultValue: entry.action })}>
                <Text size="xs" c="dimmed">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  {typeof entry.meta.to === "string" ? ` · ${t(`privacy.status.${entry.meta.to}`, { defaultValue: entry.meta.to })}` : ""}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Paper>
    </Stack>
  );
}
