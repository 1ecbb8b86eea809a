import { Badge, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Recipient, RecipientStatus } from "../../../../shared/contracts/announcements";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { formatDateTime } from "../../../lib/dates";

export const RECIPIENT_COLORS: Record<RecipientStatus, string> = { queued: "gray", sending: "indigo", sent: "teal", suppressed: "grape", failed: "red" };
const KNOWN_REASONS = ["consent_withdrawn", "account_inactive", "email_unverified"] as const;

/** One row per message of the newsletter; the opened column only when the newsletter measured opens. */
export function RecipientsTable({ recipients, openTracking }: { recipients: Recipient[]; openTracking: boolean }) {
  const { t } = useTranslation();
  const reasonOf = (r: Recipient) => {
    if (!r.suppressedReason) return "";
    const known = KNOWN_REASONS.find((reason) => reason === r.suppressedReason);
    return known ? t(`mail.reasons.${known}`) : t("mail.reasons.other", { reason: r.suppressedReason });
  };
  const columns = [
    t("mail.recipients.columns.name"),
    t("mail.recipients.columns.email"),
    t("mail.recipients.columns.status"),
    t("mail.recipients.columns.reason"),
    t("mail.recipients.columns.sentAt"),
    ...(openTracking ? [t("mail.recipients.columns.openedAt")] : []),
  ];
  return (
    <TableScroll label={t("mail.recipients.tableLabel")} minWidth={900}>
      <Table aria-label={t("mail.recipients.tableLabel")} verticalSpacing="xs">
        <TableHead columns={columns} />
        <Table.Tbody>
          {recipients.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row" fw={500}>
                {r.name}
              </Table.Th>
              <Table.Td>
                <Text size="sm" style={{ wordBreak: "break-all" }}>
                  {r.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={RECIPIENT_COLORS[r.status]} miw="max-content">
                  {t(`mail.counts.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{reasonOf(r)}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{r.sentAt ? <time dateTime={r.sentAt}>{formatDateTime(r.sentAt)}</time> : "—"}</Table.Td>
              {openTracking ? (
                <Table.Td style={{ whiteSpace: "nowrap" }}>{r.openedAt ? <time dateTime={r.openedAt}>{formatDateTime(r.openedAt)}</time> : "—"}</Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
