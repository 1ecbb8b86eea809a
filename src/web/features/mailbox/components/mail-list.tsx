import { Badge, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MailStatus, MailSummary } from "../../../../shared/contracts/mailbox";
import { formatDateTime } from "../../../lib/dates";
import classes from "./mail-list.module.css";

const statusColors: Record<MailStatus, string> = { queued: "gray", sending: "indigo", sent: "teal", failed: "red", suppressed: "yellow" };

type Props = { mails: MailSummary[]; selectedId: string | undefined; onSelect: (id: string) => void };

export function MailList({ mails, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <ul className={classes.list} aria-label={t("mailbox.listLabel")}>
      {mails.map((mail) => (
        <li key={mail.id}>
          <UnstyledButton
            className={classes.item}
            data-selected={mail.id === selectedId || undefined}
            aria-current={mail.id === selectedId ? "true" : undefined}
            onClick={() => onSelect(mail.id)}
          >
            <Stack gap={2}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600} lineClamp={1}>
                  {mail.subject}
                </Text>
                <Badge size="xs" variant="light" color={statusColors[mail.status]} style={{ flexShrink: 0 }}>
                  {t(`mailStatus.${mail.status}`)}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {t("mailbox.toLine", { to: mail.to })}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(mail.createdAt)}
              </Text>
            </Stack>
          </UnstyledButton>
        </li>
      ))}
    </ul>
  );
}
