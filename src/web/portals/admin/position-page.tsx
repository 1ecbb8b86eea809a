import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { IconEdit, IconUsers } from "@tabler/icons-react";
import { useNavigate, useRouter } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PositionDetail } from "../../../shared/contracts/positions";
import type { PositionStatus } from "../../../shared/recruiting";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { RecordPage } from "../../components/record-page";
import { ButtonLink } from "../../components/router-links";
import { MarkdownHtml } from "../../features/markdown/components/markdown-html";
import { useChangePositionStatus, useDeletePosition, usePosition } from "../../features/positions/api/positions";
import { PositionStatusBadge, VisibilityBadge } from "../../features/positions/components/position-badges";
import { usePositionNotFound } from "../../features/positions/components/position-not-found";
import { currentLocale } from "../../i18n";
import { formatDate } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

type Move = { to: PositionStatus; label: string; title: string; message: string; done: string; color?: string };

function Actions({ position }: { position: PositionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const change = useChangePositionStatus(position.id);
  const remove = useDeletePosition(position.id);
  const moves: Record<PositionStatus, Move> = {
    draft: {
      to: "open",
      label: t("positions.detail.open"),
      title: t("positions.detail.openTitle"),
      message: t("positions.detail.openMessage"),
      done: t("positions.detail.opened"),
    },
    open: {
      to: "closed",
      label: t("positions.detail.close"),
      title: t("positions.detail.closeTitle"),
      message: t("positions.detail.closeMessage"),
      done: t("positions.detail.closed"),
      color: "red",
    },
    closed: {
      to: "open",
      label: t("positions.detail.reopen"),
      title: t("positions.detail.reopenTitle"),
      message: t("positions.detail.reopenMessage"),
      done: t("positions.detail.reopened"),
    },
  };
  const move = moves[position.status];
  return (
    <>
      <PositionStatusBadge status={position.status} />
      <ButtonLink to={paths.admin.positionEdit} params={{ id: position.id }} variant="default" leftSection={<IconEdit size={16} aria-hidden />}>
        {t("positions.detail.edit")}
      </ButtonLink>
      <ConfirmButton
        color={move.color}
        variant={move.to === "closed" ? "light" : "filled"}
        destructive={move.to === "closed"}
        confirmTitle={move.title}
        confirmMessage={move.message}
        confirmLabel={move.label}
        onConfirm={async () => {
          await change.mutateAsync({ status: move.to, version: position.version });
          notifySuccess(move.done);
        }}
      >
        {move.label}
      </ConfirmButton>
      {position.status === "draft" ? (
        <ConfirmButton
          color="red"
          variant="subtle"
          confirmTitle={t("positions.detail.deleteTitle")}
          confirmMessage={t("positions.detail.deleteMessage")}
          confirmLabel={t("positions.detail.delete")}
          onConfirm={async () => {
            await remove.mutateAsync();
            notifySuccess(t("positions.detail.deleted"));
            await navigate({ to: paths.admin.positions });
          }}
        >
          {t("positions.detail.delete")}
        </ConfirmButton>
      ) : null}
    </>
  );
}

function FactRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="38%" fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Facts({ position }: { position: PositionDetail }) {
  const { t } = useTranslation();
  const router = useRouter();
  const pipelineHref = `${paths.admin.pipeline}?${new URLSearchParams({ positionId: position.id })}`;
  const none = t("positions.detail.none");
  const grade =
    position.gradeMin || position.gradeMax ? t("positions.detail.gradeRange", { min: position.gradeMin ?? "", max: position.gradeMax ?? "" }) : none;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="position-overview">
      <Stack gap="sm">
        <Title order={2} size="h4" id="position-overview">
          {t("positions.detail.overview")}
        </Title>
        <Table verticalSpacing={6} withRowBorders={false}>
          <Table.Tbody>
            <FactRow label={t("positions.detail.facts.department")}>{position.department ?? none}</FactRow>
            <FactRow label={t("positions.detail.facts.location")}>{position.location ?? none}</FactRow>
            <FactRow label={t("positions.detail.facts.employmentType")}>{t(`positions.employmentType.${position.employmentType}`)}</FactRow>
            <FactRow label={t("positions.detail.facts.grade")}>{grade}</FactRow>
            <FactRow label={t("positions.detail.facts.visibility")}>
              <VisibilityBadge visibility={position.visibility} />
            </FactRow>
            <FactRow label={t("positions.detail.facts.manager")}>{position.hiringManager?.name ?? t("positions.list.noManager")}</FactRow>
            <FactRow label={t("positions.detail.facts.skills")}>
              {position.skills.length ? (
                <Group gap={6}>
                  {position.skills.map((skill) => (
                    <Badge key={skill} variant="outline" color="gray" tt="none">
                      {skill}
                    </Badge>
                  ))}
                </Group>
              ) : (
                none
              )}
            </FactRow>
            <FactRow label={t("positions.detail.facts.candidates")}>{t("positions.list.candidates", { count: position.candidateCount })}</FactRow>
            {position.openedAt ? <FactRow label={t("positions.detail.facts.openedAt")}>{formatDate(position.openedAt)}</FactRow> : null}
            {position.closedAt ? <FactRow label={t("positions.detail.facts.closedAt")}>{formatDate(position.closedAt)}</FactRow> : null}
          </Table.Tbody>
        </Table>
        <Group>
          <Button
            component="a"
            href={pipelineHref}
            onClick={(event) => {
              event.preventDefault();
              router.history.push(pipelineHref);
            }}
            variant="light"
            leftSection={<IconUsers size={16} aria-hidden />}
          >
            {t("positions.detail.pipeline")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Description({ position }: { position: PositionDetail }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="position-description">
      <Stack gap="sm">
        <Title order={2} size="h4" id="position-description">
          {t("positions.detail.description")}
        </Title>
        <Tabs defaultValue={currentLocale() === "en" ? "en" : "ja"}>
          <Tabs.List>
            <Tabs.Tab value="ja">日本語</Tabs.Tab>
            <Tabs.Tab value="en">English</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="ja" pt="sm" lang="ja">
            {position.descriptionJa ? <MarkdownHtml html={position.descriptionHtmlJa} /> : <Text c="dimmed">{t("positions.detail.noDescription")}</Text>}
          </Tabs.Panel>
          <Tabs.Panel value="en" pt="sm" lang="en">
            {position.descriptionEn ? <MarkdownHtml html={position.descriptionHtmlEn} /> : <Text c="dimmed">{t("positions.detail.noDescription")}</Text>}
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}

export function PositionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const notFound = usePositionNotFound();
  const query = usePosition(id);
  const en = currentLocale() === "en";
  return (
    <RecordPage query={query} back={<BackLink to={paths.admin.positions} label={t("positions.back")} />} notFound={notFound}>
      {(position) => (
        <>
          <PageHeader
            title={en ? position.titleEn : position.titleJa}
            description={en ? position.titleJa : position.titleEn}
            actions={<Actions position={position} />}
          />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Facts position={position} />
            <Description position={position} />
          </SimpleGrid>
        </>
      )}
    </RecordPage>
  );
}
