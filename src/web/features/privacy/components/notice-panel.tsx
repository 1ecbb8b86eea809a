import { Alert, Button, Group, Modal, Paper, Stack, Table, Tabs, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFileText, IconInfoCircle, IconPencil } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PrivacyNotice } from "../../../../shared/contracts/privacy";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { EmptyState } from "../../../components/empty-state";
import { LoadMore } from "../../../components/load-more";
import { PageLoader } from "../../../components/page-loader";
import { ProblemAlert } from "../../../components/problem-alert";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { notifySuccess } from "../../../lib/notify";
import { useNotice, useNotices, usePublishNotice } from "../api/notices";
import { NoticeBody } from "./notice-body";

/** Versions of the privacy notice; a change is always a new version, and alumni review it at next sign-in. */
export function NoticePanel() {
  const { t } = useTranslation();
  const list = useNotices();
  const [viewing, setViewing] = useState<number | null>(null);
  const [editing, edit] = useDisclosure(false);
  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const current = useNotice(first?.currentVersion ?? null);

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />;

  return (
    <Stack gap="md">
      <Alert color="blue" icon={<IconInfoCircle size={18} aria-hidden />} title={t("privacy.notice.currentTitle", { version: first?.currentVersion ?? 1 })}>
        {t("privacy.notice.pendingReview", { pending: first?.pendingReview ?? 0, registered: first?.registered ?? 0 })}
      </Alert>
      {editing && current.data ? (
        <NoticeEditor current={current.data} onDone={edit.close} />
      ) : (
        <Group>
          <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={edit.open} disabled={!current.data}>
            {t("privacy.notice.newVersion")}
          </Button>
        </Group>
      )}
      {items.length === 0 ? (
        <EmptyState icon={<IconFileText size={26} />} title={t("privacy.notice.emptyTitle")} description={t("privacy.notice.emptyBody")} />
      ) : (
        <>
          <TableScroll label={t("privacy.notice.tableLabel")} minWidth={640}>
            <Table aria-label={t("privacy.notice.tableLabel")} verticalSpacing="sm">
              <TableHead
                columns={[
                  t("privacy.notice.columns.version"),
                  t("privacy.notice.columns.summary"),
                  t("privacy.notice.columns.publishedAt"),
                  t("privacy.notice.columns.actions"),
                ]}
              />
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.version}>
                    <Table.Th scope="row">{t("privacy.notice.versionLabel", { version: item.version })}</Table.Th>
                    <Table.Td>{item.changeSummary ?? t("privacy.notice.defaultSummary")}</Table.Td>
                    <Table.Td>
                      <time dateTime={item.publishedAt}>{formatDateTime(item.publishedAt)}</time>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setViewing(item.version)}
                        aria-label={t("privacy.notice.viewVersion", { version: item.version })}
                      >
                        {t("privacy.notice.view")}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <LoadMore
            shown={items.length}
            total={first?.total ?? 0}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
      <NoticeModal version={viewing} onClose={() => setViewing(null)} />
    </Stack>
  );
}

function NoticeModal({ version, onClose }: { version: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice(version);
  return (
    <Modal
      opened={version !== null}
      onClose={onClose}
      size="xl"
      title={t("privacy.notice.versionLabel", { version: version ?? 0 })}
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {notice.isPending ? <PageLoader /> : notice.isError ? <ProblemAlert error={notice.error} /> : <BothLanguages notice={notice.data} />}
    </Modal>
  );
}

function BothLanguages({ notice }: { notice: Pick<PrivacyNotice, "bodyJa" | "bodyEn"> }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="ja">
      <Tabs.List>
        <Tabs.Tab value="ja">{t("privacy.notice.japanese")}</Tabs.Tab>
        <Tabs.Tab value="en">{t("privacy.notice.english")}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="ja" pt="md">
        <NoticeBody body={notice.bodyJa} lang="ja" />
      </Tabs.Panel>
      <Tabs.Panel value="en" pt="md">
        <NoticeBody body={notice.bodyEn} lang="en" />
      </Tabs.Panel>
    </Tabs>
  );
}

function NoticeEditor({ current, onDone }: { current: PrivacyNotice; onDone: () => void }) {
  const { t } = useTranslation();
  const [bodyJa, setBodyJa] = useState(current.bodyJa);
  const [bodyEn, setBodyEn] = useState(current.bodyEn);
  const [summary, setSummary] = useState("");
  const [confirming, confirm] = useDisclosure(false);
  const [previewing, preview] = useDisclosure(false);
  const publish = usePublishNotice();
  const unchanged = bodyJa === current.bodyJa && bodyEn === current.bodyEn;
  const ready = !unchanged && summary.trim() !== "" && bodyJa.trim().length >= 20 && bodyEn.trim().length >= 20;

  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t("privacy.notice.editorTitle", { version: current.version + 1 })}
        </Title>
        <Text size="sm" c="dimmed">
          {t("privacy.notice.editorHint")}
        </Text>
        <Textarea
          label={t("privacy.notice.bodyJa")}
          value={bodyJa}
          onChange={(e) => setBodyJa(e.currentTarget.value)}
          autosize
          minRows={8}
          maxRows={20}
          required
          lang="ja"
        />
        <Textarea
          label={t("privacy.notice.bodyEn")}
          value={bodyEn}
          onChange={(e) => setBodyEn(e.currentTarget.value)}
          autosize
          minRows={8}
          maxRows={20}
          required
          lang="en"
        />
        <TextInput
          label={t("privacy.notice.summary")}
          description={t("privacy.notice.summaryHint")}
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          maxLength={1000}
          required
        />
        {unchanged ? (
          <Text size="sm" c="dimmed">
            {t("privacy.notice.unchanged")}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button variant="light" onClick={preview.open}>
            {t("privacy.notice.preview")}
          </Button>
          <Button onClick={confirm.open} disabled={!ready}>
            {t("privacy.notice.publish")}
          </Button>
        </Group>
      </Stack>
      <Modal opened={previewing} onClose={preview.close} size="xl" title={t("privacy.notice.preview")} closeButtonProps={{ "aria-label": t("common.close") }}>
        <BothLanguages notice={{ bodyJa, bodyEn }} />
      </Modal>
      <ConfirmDialog
        opened={confirming}
        onClose={confirm.close}
        destructive={false}
        title={t("privacy.notice.confirmTitle", { version: current.version + 1 })}
        message={t("privacy.notice.confirmBody")}
        confirmLabel={t("privacy.notice.publish")}
        onConfirm={() =>
          publish.mutateAsync({ bodyJa, bodyEn, changeSummary: summary.trim(), baseVersion: current.version }).then((published) => {
            notifySuccess(t("privacy.notice.published", { version: published.version }));
            onDone();
          })
        }
      />
    </Paper>
  );
}
