import { Badge, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsentPurpose } from "../../../shared/consent-purposes";
import { LoadMore } from "../../components/load-more";
import { PageHeader } from "../../components/page-header";
import { PageLoader } from "../../components/page-loader";
import { ProblemAlert } from "../../components/problem-alert";
import { TableHead } from "../../components/table-head";
import { TableScroll } from "../../components/table-scroll";
import { useMyConsents, useUpdateMyConsents } from "../../features/alumni-portal/api/my-consents";
import { useSignedInMe } from "../../features/me/api/get-me";
import { ConsentSwitches } from "../../features/registration/components/consent-switches";
import { formatDateTime } from "../../lib/dates";
import { notifyProblem, notifySuccess } from "../../lib/notify";

const PAGE = 20;

export function AlumniConsentsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const consents = useMyConsents();
  const update = useUpdateMyConsents();
  const [shown, setShown] = useState(PAGE);

  const change = (purpose: ConsentPurpose, granted: boolean) =>
    update.mutate({ consents: { [purpose]: granted } }, { onSuccess: () => notifySuccess(t("registration.portal.consents.saved")), onError: notifyProblem });

  let body = <PageLoader />;
  if (consents.isError) body = <ProblemAlert error={consents.error} onRetry={() => void consents.refetch()} />;
  else if (consents.data) {
    const history = consents.data.history;
    body = (
      <Stack gap="lg" maw={860}>
        <ConsentSwitches tenant={me.tenant.name} values={consents.data.consents} onChange={change} disabled={update.isPending} />
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="consent-history">
          <Title order={2} size="h4" id="consent-history" mb="md">
            {t("registration.portal.consents.history")}
          </Title>
          {history.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("registration.portal.consents.historyEmpty")}
            </Text>
          ) : (
            <>
              <TableScroll label={t("registration.portal.consents.history")} minWidth={640}>
                <Table striped verticalSpacing="xs">
                  <TableHead
                    columns={[
                      t("registration.portal.consents.columns.at"),
                      t("registration.portal.consents.columns.purpose"),
                      t("registration.portal.consents.columns.answer"),
                      t("registration.portal.consents.columns.notice"),
                      t("registration.portal.consents.columns.source"),
                    ]}
                  />
                  <Table.Tbody>
                    {history.slice(0, shown).map((event) => (
                      <Table.Tr key={`${event.at}-${event.purpose}-${event.source}`}>
                        <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(event.at)}</Table.Td>
                        <Table.Td>{t(`consentPurposes.${event.purpose}.label`)}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={event.granted ? "teal" : "gray"}>
                            {event.granted ? t("registration.portal.consents.granted") : t("registration.portal.consents.withdrawn")}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{event.noticeVersion ? t("registration.portal.consents.noticeVersion", { version: event.noticeVersion }) : "—"}</Table.Td>
                        <Table.Td>{t(`registration.portal.consents.sources.${event.source}`)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
              <LoadMore
                shown={Math.min(shown, history.length)}
                total={history.length}
                hasMore={shown < history.length}
                loading={false}
                onLoadMore={() => setShown((n) => n + PAGE)}
              />
            </>
          )}
        </Paper>
      </Stack>
    );
  }
  return (
    <>
      <PageHeader title={t("registration.portal.consents.title")} description={t("registration.portal.consents.description")} />
      {body}
    </>
  );
}
