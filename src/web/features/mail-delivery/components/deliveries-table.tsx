import { Badge, Button, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MailStatus, MailSummary } from "../../../../shared/contracts/mailbox";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useRetryDelivery } from "../api/deliveries";

const COLORS: Record<MailStatus, string> = { queued: "gray", sending: "indigo", sent: "teal", failed: "red", suppressed: "grape" };
const KNOWN_REASONS = ["consent_withdrawn", "account_inactive", "email_unverified", "case_closed", "offboarding_declined", "offboarding_registered"] as const;

export function DeliveriesTable({ mails }: { mails: MailSummary[] }) {
  const { t } = useTranslation();
  const retry = useRetryDelivery();
  const reasonOf = (mail: MailSummary) => {
    if (mail.status === "suppressed" && mail.suppressedReason) {
      const known = KNOWN_REASONS.find((reason) => reason === mail.suppressedReason);
      return known ? t(`mail.reasons.${known}`) : t("mail.reasons.other", { reason: mail.suppressedReason });
    }
    return mail.status === "sent" ? "" : (mail.lastError ?? "");
  };
  return (
    <TableScroll label={t("mail.deliveries.tableLabel")} minWidth={1100}>
      <Table aria-label={t("mail.deliveries.tableLabel")} verticalSpacing="xs">
        <TableHead
          columns={[
            t("mail.deliveries.columns.createdAt"),
            t("mail.deliveries.columns.subject"),
            t("mail.deliveries.columns.to"),
            t("mail.deliveries.columns.status"),
            t("mail.deliveries.columns.detail"),
            t("mail.deliveries.columns.attempts"),
            t("mail.deliveries.columns.sentAt"),
            "",
          ]}
        />
        <Table.Tbody>
          {mails.map((mail) => (
            <Table.Tr key={mail.id}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <time dateTime={mail.createdAt}>{formatDateTime(mail.createdAt)}</time>
              </Table.Td>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600} lineClamp={2}>
                  {mail.subject}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {mail.template}
                  {mail.purpose ? ` · ${t(`consentPurposes.${mail.purpose as "company_news"}.label`, { defaultValue: mail.purpose })}` : ""}
                </Text>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{mail.to}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={COLORS[mail.status]} miw="max-content">
                  {t(`mailStatus.${mail.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs" maw={320} style={{ wordBreak: "break-word" }}>
                  {reasonOf(mail)}
                </Text>
              </Table.Td>
              <Table.Td ta="end">{mail.attempts}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{mail.sentAt ? <time dateTime={mail.sentAt}>{formatDateTime(mail.sentAt)}</time> : "—"}</Table.Td>
              <Table.Td>
                {mail.status === "failed" ? (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={t("mail.deliveries.retryLabel", { subject: mail.subject })}
                    loading={retry.isPending && retry.variables === mail.id}
                    onClick={() => retry.mutate(mail.id, { onSuccess: () => notifySuccess(t("mail.deliveries.retried")), onError: notifyProblem })}
                  >
                    {t("mail.deliveries.retry")}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
