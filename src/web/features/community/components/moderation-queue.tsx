import { Badge, Button, Group, Paper, Stack, Table, Tabs, Text } from "@mantine/core";
import { IconFlag, IconUserOff } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommunityReport, ReportStatus } from "../../../../shared/contracts/community";
import { ConfirmButton } from "../../../components/confirm-button";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { AnchorLink } from "../../../components/router-links";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useLiftSuspension, useReports, useResolveReport, useSuspend, useSuspensions } from "../api/community";
import { communityPaths } from "./community-links";
import { ReasonDialog } from "./reason-dialog";

type Step = { report: CommunityReport; action: "hide" | "remove" | "dismiss" | "suspend" };

function ReportsTable({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  const reports = useReports(status);
  const resolve = useResolveReport();
  const suspend = useSuspend();
  const [step, setStep] = useState<Step | null>(null);
  const links = communityPaths("admin");
  if (reports.isPending) return <PageLoader />;
  if (reports.isError) return <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />;
  const items = reports.data.pages.flatMap((p) => p.items);
  const total = reports.data.pages.at(-1)?.total ?? 0;
  if (!items.length) {
    return (
      <EmptyState
        icon={<IconFlag size={26} />}
        title={t(status === "open" ? "community.moderation.emptyTitle" : "community.moderation.emptyClosedTitle")}
        description={t(status === "open" ? "community.moderation.emptyBody" : "community.moderation.emptyClosedBody")}
      />
    );
  }
  const authorName = (r: CommunityReport) => r.target.author.name ?? t("community.post.formerMember");
  const titles = {
    hide: "community.moderation.hideTitle",
    remove: "community.moderation.removeTitle",
    dismiss: "community.moderation.dismissTitle",
    suspend: "community.moderation.suspendTitle",
  } as const;
  return (
    <Stack gap="sm">
      <TableScroll label={t("community.moderation.tableLabel")} minWidth={900}>
        <Table aria-label={t("community.moderation.tableLabel")} verticalSpacing="sm">
          <TableHead
            columns={[
              t("community.moderation.columns.target"),
              t("community.moderation.columns.reason"),
              t("community.moderation.columns.reporter"),
              t("community.moderation.columns.at"),
              ...(status === "open" ? [t("community.moderation.columns.actions")] : []),
            ]}
          />
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Th scope="row" fw={400} maw={380}>
                  <Group gap={6} mb={4}>
                    <Badge size="sm" variant="light">
                      {t(r.commentId ? "community.moderation.onComment" : "community.moderation.onPost")}
                    </Badge>
                    <Badge size="sm" variant="outline" color={r.target.status === "visible" ? "gray" : r.target.status === "hidden" ? "yellow" : "red"}>
                      {t(`community.moderation.status.${r.target.status}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t("community.moderation.inGroup", { group: r.groupName })}
                    </Text>
                  </Group>
                  <Text size="sm" lineClamp={3}>
                    {r.target.excerpt || t("community.moderation.excerptRemoved")}
                  </Text>
                  <Group gap="sm" mt={4}>
                    <Text size="xs" c="dimmed">
                      {t("community.moderation.by", { name: authorName(r) })}
                    </Text>
                    <AnchorLink to={links.post} params={{ id: r.postId }} size="xs">
                      {t("community.moderation.openPost")}
                    </AnchorLink>
                  </Group>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{t(`community.report.reasons.${r.reason}`)}</Text>
                  {r.note ? (
                    <Text size="xs" c="dimmed">
                      {r.note}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{r.reporter.name ?? t("community.post.formerMember")}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
                </Table.Td>
                {status === "open" ? (
                  <Table.Td>
                    <Group gap={6}>
                      {r.target.status === "visible" ? (
                        <Button size="compact-sm" color="yellow" variant="light" onClick={() => setStep({ report: r, action: "hide" })}>
                          {t("community.moderation.hide")}
                        </Button>
                      ) : null}
                      {r.target.status !== "removed" ? (
                        <Button size="compact-sm" color="red" variant="light" onClick={() => setStep({ report: r, action: "remove" })}>
                          {t("community.moderation.remove")}
                        </Button>
                      ) : null}
                      <Button size="compact-sm" variant="default" onClick={() => setStep({ report: r, action: "dismiss" })}>
                        {t("community.moderation.dismiss")}
                      </Button>
                      {r.target.author.userId ? (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          leftSection={<IconUserOff size={14} aria-hidden />}
                          onClick={() => setStep({ report: r, action: "suspend" })}
                        >
                          {t("community.moderation.suspendAuthor")}
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <LoadMore
        shown={items.length}
        total={total}
        hasMore={reports.hasNextPage}
        loading={reports.isFetchingNextPage}
        onLoadMore={() => void reports.fetchNextPage()}
      />
      <ReasonDialog
        opened={step !== null}
        onClose={() => setStep(null)}
        title={step ? t(titles[step.action]) : ""}
        message={
          step?.action === "suspend"
            ? t("community.moderation.suspendBody", { name: authorName(step.report) })
            : step?.action === "dismiss"
              ? t("community.moderation.dismissBody")
              : step?.action === "remove"
                ? t("community.moderation.removeBody")
                : t("community.moderation.hideBody")
        }
        confirmLabel={step?.action === "suspend" ? t("community.moderation.suspend") : t("community.moderation.confirm")}
        destructive={step?.action !== "dismiss"}
        onConfirm={async (reason) => {
          if (!step) return;
          const { report, action } = step;
          if (action === "suspend") {
            if (report.target.author.userId) await suspend.mutateAsync({ userId: report.target.author.userId, reason });
            notifySuccess(t("community.moderation.suspendedToast"));
            return;
          }
          await resolve.mutateAsync({
            id: report.id,
            input: action === "dismiss" ? { status: "dismissed", action: "none", reason } : { status: "actioned", action, reason },
          });
          notifySuccess(t("community.moderation.done"));
        }}
      />
    </Stack>
  );
}

function SuspensionsList() {
  const { t } = useTranslation();
  const list = useSuspensions();
  const lift = useLiftSuspension();
  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data.items.length) {
    return (
      <EmptyState icon={<IconUserOff size={26} />} title={t("community.moderation.noSuspensions")} description={t("community.moderation.noSuspensionsBody")} />
    );
  }
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label={t("community.moderation.suspensionsLabel")}>
      {list.data.items.map((s) => (
        <Paper key={s.id} component="li" withBorder radius="md" p="sm">
          <Group justify="space-between" wrap="wrap">
            <div>
              <Text fw={600}>{s.name}</Text>
              <Text size="sm">{s.reason}</Text>
              <Text size="xs" c="dimmed">
                {s.liftedAt
                  ? t("community.moderation.liftedAt", { at: formatDateTime(s.liftedAt) })
                  : t("community.moderation.since", { at: formatDateTime(s.createdAt) })}
              </Text>
            </div>
            {s.liftedAt ? null : (
              <ConfirmButton
                size="sm"
                variant="default"
                destructive={false}
                aria-label={`${t("community.moderation.lift")}: ${s.name}`}
                confirmTitle={t("community.moderation.liftConfirmTitle")}
                confirmMessage={t("community.moderation.liftConfirmBody", { name: s.name })}
                confirmLabel={t("community.moderation.lift")}
                onConfirm={async () => {
                  await lift.mutateAsync(s.id);
                  notifySuccess(t("community.moderation.lifted"));
                }}
              >
                {t("community.moderation.lift")}
              </ConfirmButton>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** HR's moderation queue: reports by status, and the suspensions. */
export function ModerationQueue() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string>("open");
  return (
    <Paper withBorder radius="md" p="lg">
      <Tabs value={tab} onChange={(v) => setTab(v ?? "open")} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="open">{t("community.moderation.tabs.open")}</Tabs.Tab>
          <Tabs.Tab value="actioned">{t("community.moderation.tabs.actioned")}</Tabs.Tab>
          <Tabs.Tab value="dismissed">{t("community.moderation.tabs.dismissed")}</Tabs.Tab>
          <Tabs.Tab value="suspensions">{t("community.moderation.tabs.suspensions")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="open">
          <ReportsTable status="open" />
        </Tabs.Panel>
        <Tabs.Panel value="actioned">
          <ReportsTable status="actioned" />
        </Tabs.Panel>
        <Tabs.Panel value="dismissed">
          <ReportsTable status="dismissed" />
        </Tabs.Panel>
        <Tabs.Panel value="suspensions">
          <SuspensionsList />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
