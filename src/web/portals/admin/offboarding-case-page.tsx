import { Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from "@mantine/core";
import { IconMail } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { OffboardingCaseDetail } from "../../../shared/contracts/offboarding";
import { ConfirmButton } from "../../components/confirm-button";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { TableHead } from "../../components/table-head";
import { useCaseAction, useOffboardingCase, useOffboardingSettings, useUpdateCase } from "../../features/offboarding/api/offboarding";
import { CaseForm } from "../../features/offboarding/components/case-form";
import { CaseStatusBadge } from "../../features/offboarding/components/case-status-badge";
import { currentLocale } from "../../i18n";
import { formatDateTime } from "../../lib/dates";
import { notifySuccess } from "../../lib/notify";
import { paths } from "../../lib/paths";
import { BackLink } from "./back-link";

function Fact({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || "—"}</Text>
    </Stack>
  );
}

function CaseDetail({ item }: { item: OffboardingCaseDetail }) {
  const { t } = useTranslation();
  const cancel = useCaseAction(item.id, "cancel");
  const reinvite = useCaseAction(item.id, "reinvite");
  const update = useUpdateCase(item.id);
  const settings = useOffboardingSettings();
  const name = currentLocale() === "en" ? `${item.givenName} ${item.familyName}` : `${item.familyName} ${item.givenName}`;
  const open = item.status === "scheduled" || item.status === "invited";
  const closedForGood = item.status === "expired" || item.status === "declined";

  return (
    <>
      <PageHeader
        title={name}
        description={<CaseStatusBadge status={item.status} />}
        actions={
          <>
            {closedForGood ? (
              <ConfirmButton
                destructive={false}
                confirmTitle={t("offboarding.detail.reinviteTitle")}
                confirmMessage={t("offboarding.detail.reinviteMessage")}
                confirmLabel={t("offboarding.actions.reinvite")}
                onConfirm={() => reinvite.mutateAsync().then(() => notifySuccess(t("offboarding.detail.reinvited")))}
              >
                {t("offboarding.actions.reinvite")}
              </ConfirmButton>
            ) : null}
            {open ? (
              <ConfirmButton
                variant="outline"
                color="red"
                confirmTitle={t("offboarding.detail.cancelTitle")}
                confirmMessage={t("offboarding.detail.cancelMessage")}
                confirmLabel={t("offboarding.actions.cancel")}
                onConfirm={() => cancel.mutateAsync().then(() => notifySuccess(t("offboarding.detail.cancelled")))}
              >
                {t("offboarding.actions.cancel")}
              </ConfirmButton>
            ) : null}
          </>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap="lg" style={{ gridColumn: "span 2" }}>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="facts-title">
            <Stack gap="md">
              <Title order={2} size="h4" id="facts-title">
                {item.status === "scheduled" ? t("offboarding.detail.editTitle") : t("offboarding.detail.facts")}
              </Title>
              {item.status === "scheduled" ? (
                <CaseForm
                  key={item.version}
                  initial={item}
                  inviteDaysBefore={settings.data?.inviteDaysBefore ?? 5}
                  submitLabel={t("offboarding.actions.save")}
                  pending={update.isPending}
                  error={update.error}
                  onSubmit={async (input) => {
                    await update.mutateAsync({ ...input, version: item.version });
                    notifySuccess(t("offboarding.form.saved"));
                  }}
                />
              ) : (
                <>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Fact label={t("offboarding.form.workEmail")} value={item.workEmail} />
                    <Fact label={t("offboarding.form.privateEmail")} value={item.privateEmail} />
                    <Fact label={t("offboarding.form.department")} value={item.department} />
                    <Fact label={t("offboarding.form.employeeNumber")} value={item.employeeNumber} />
                    <Fact label={t("offboarding.form.lastDay")} value={item.lastDay} />
                    <Fact label={t("offboarding.form.locale")} value={item.locale === "en" ? t("offboarding.form.localeEn") : t("offboarding.form.localeJa")} />
                    <Fact label={t("offboarding.detail.tokenExpiresAt")} value={formatDateTime(item.tokenExpiresAt)} />
                    <Fact label={t("offboarding.detail.source")} value={t(`offboarding.source.${item.source}`)} />
                    {item.legalBasis ? <Fact label={t("offboarding.detail.legalBasis")} value={item.legalBasis} /> : null}
                  </SimpleGrid>
                  <Text size="xs" c="dimmed">
                    {t("offboarding.detail.editOnlyScheduled")}
                  </Text>
                </>
              )}
            </Stack>
          </Paper>
          <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="mails-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="mails-title">
                {t("offboarding.detail.mails")}
              </Title>
              {item.mails.length === 0 ? (
                <Group gap="xs">
                  <IconMail size={16} aria-hidden />
                  <Text size="sm" c="dimmed">
                    {t("offboarding.detail.noMails")}
                  </Text>
                </Group>
              ) : (
                <Table aria-labelledby="mails-title">
                  <TableHead
                    columns={[
                      t("offboarding.detail.mailColumns.kind"),
                      t("offboarding.detail.mailColumns.status"),
                      t("offboarding.detail.mailColumns.createdAt"),
                      t("offboarding.detail.mailColumns.sentAt"),
                    ]}
                  />
                  <Table.Tbody>
                    {item.mails.map((mail) => (
                      <Table.Tr key={mail.id}>
                        <Table.Td>
                          {mail.template === "graduation_reminder"
                            ? t("offboarding.detail.mailTemplate.graduation_reminder")
                            : t("offboarding.detail.mailTemplate.graduation_invitation")}
                        </Table.Td>
                        <Table.Td>
                          {t(`offboarding.detail.mailStatus.${mail.status as "queued"}`, { defaultValue: mail.status })}
                          {mail.lastError ? (
                            <Text size="xs" c="red.8">
                              {mail.lastError}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(mail.createdAt)}</Table.Td>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(mail.sentAt) || "—"}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Stack>
          </Paper>
        </Stack>
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="timeline-title">
          <Stack gap="md">
            <Title order={2} size="h4" id="timeline-title">
              {t("offboarding.detail.timeline")}
            </Title>
            <Timeline active={item.timeline.length - 1} bulletSize={14} lineWidth={2}>
              {item.timeline.map((entry) => (
                <Timeline.Item key={`${entry.kind}-${entry.at}`} title={t(`offboarding.timeline.${entry.kind}`)}>
                  <Text size="xs" c="dimmed">
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </Stack>
        </Paper>
      </SimpleGrid>
    </>
  );
}

export function OffboardingCasePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const item = useOffboardingCase(id);
  return (
    <>
      <BackLink to={paths.admin.offboarding} label={t("offboarding.back")} />
      {item.isPending ? (
        <PageLoader />
      ) : item.isError ? (
        <ProblemAlert error={item.error} onRetry={() => void item.refetch()} />
      ) : (
        <CaseDetail item={item.data} />
      )}
    </>
  );
}
