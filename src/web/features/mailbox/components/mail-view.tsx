import { Badge, Box, Divider, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MailMessage } from "../../../../shared/contracts/mailbox";
import { formatDateTime } from "../../../lib/dates";
import { LinkifiedText } from "./linkified-text";

/**
 * One stored message. The HTML part runs in a fully sandboxed frame (no scripts, no navigation);
 * the text part is shown with live links, so the links in a mail can actually be followed.
 */
export function MailView({ mail }: { mail: MailMessage }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3">
            {mail.subject}
          </Title>
          <Group gap="lg">
            <Text size="sm">{t("mailbox.toLine", { to: mail.to })}</Text>
            <Text size="sm" c="dimmed">
              {formatDateTime(mail.sentAt ?? mail.createdAt)}
            </Text>
            <Badge variant="light" color="gray">
              {mail.template}
            </Badge>
            <Badge variant="light" color="gray">
              {mail.locale}
            </Badge>
          </Group>
          {mail.lastError ? (
            <Text size="sm" c="red.9">
              {mail.lastError}
            </Text>
          ) : null}
        </Stack>
        <Divider />
        <Stack gap="xs" component="section" aria-labelledby="mail-text-heading">
          <Title order={3} size="h5" id="mail-text-heading">
            {t("mailbox.textPart")}
          </Title>
          <Box
            component="pre"
            m={0}
            p="md"
            bg="gray.0"
            style={{ whiteSpace: "pre-wrap", wordBreak: "break-word", fontFamily: "inherit", fontSize: 14, borderRadius: 8 }}
          >
            <LinkifiedText text={mail.text} />
          </Box>
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="mail-html-heading">
          <Title order={3} size="h5" id="mail-html-heading">
            {t("mailbox.htmlPart")}
          </Title>
          <iframe
            title={t("mailbox.htmlFrameTitle", { subject: mail.subject })}
            sandbox=""
            srcDoc={mail.html}
            referrerPolicy="no-referrer"
            style={{
              width: "100%",
              minHeight: 480,
              border: "1px solid var(--mantine-color-gray-3)",
              borderRadius: 8,
              background: "white",
            }}
          />
        </Stack>
      </Stack>
    </Paper>
  );
}
