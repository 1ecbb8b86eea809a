import { Alert, Button, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDisclosure } from "@mantine/hooks";
import { IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { EventDetail, FollowUpInput } from "../../../../shared/contracts/events";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { i18n } from "../../../i18n";
import { formatDateTime } from "../../../lib/dates";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifySuccess } from "../../../lib/notify";
import { MarkdownEditor } from "../../markdown/components/markdown-editor";
import { useSendFollowUp } from "../api/events";

const FIELDS = ["subjectJa", "subjectEn", "bodyJa", "bodyEn"] as const;
const required = (value: string) => (value.trim() ? null : i18n.t("events.form.errors.required"));

/** After the event: one thank-you message (ja/en Markdown) to the people who were checked in. */
export function FollowUpPanel({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const send = useSendFollowUp(event.id);
  const [opened, confirm] = useDisclosure(false);
  const form = useForm<FollowUpInput>({
    mode: "controlled",
    initialValues: { subjectJa: "", subjectEn: "", bodyJa: "", bodyEn: "" },
    validate: { subjectJa: required, subjectEn: required, bodyJa: required, bodyEn: required },
  });
  const ended = Date.parse(event.endsAt) < Date.now();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="follow-up-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="follow-up-title">
          {t("events.followUp.title")}
        </Title>
        {event.followUpSentAt ? (
          <Alert color="teal" variant="light">
            {t("events.followUp.sentAt", { at: formatDateTime(event.followUpSentAt) })}
          </Alert>
        ) : !ended ? (
          <Text size="sm" c="dimmed">
            {t("events.followUp.notYet")}
          </Text>
        ) : event.counts.checkedIn === 0 ? (
          <Text size="sm" c="dimmed">
            {t("events.followUp.nobody")}
          </Text>
        ) : (
          <form onSubmit={form.onSubmit(confirm.open)} noValidate>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t("events.followUp.description", { count: event.counts.checkedIn })}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Stack gap="sm" lang="ja">
                  <TextInput label={t("events.followUp.subjectJa")} required maxLength={150} {...form.getInputProps("subjectJa")} />
                  <MarkdownEditor
                    label={t("events.followUp.bodyJa")}
                    required
                    maxLength={20_000}
                    value={form.values.bodyJa}
                    onChange={(v) => form.setFieldValue("bodyJa", v)}
                    error={form.errors.bodyJa as string | undefined}
                  />
                </Stack>
                <Stack gap="sm" lang="en">
                  <TextInput label={t("events.followUp.subjectEn")} required maxLength={150} {...form.getInputProps("subjectEn")} />
                  <MarkdownEditor
                    label={t("events.followUp.bodyEn")}
                    required
                    maxLength={20_000}
                    value={form.values.bodyEn}
                    onChange={(v) => form.setFieldValue("bodyEn", v)}
                    error={form.errors.bodyEn as string | undefined}
                  />
                </Stack>
              </SimpleGrid>
              <Button type="submit" w="fit-content" leftSection={<IconSend size={16} aria-hidden />}>
                {t("events.followUp.send")}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
      <ConfirmDialog
        opened={opened}
        onClose={confirm.close}
        title={t("events.followUp.confirmTitle")}
        message={t("events.followUp.confirmMessage", { count: event.counts.checkedIn })}
        confirmLabel={t("events.followUp.confirmLabel")}
        destructive={false}
        onConfirm={async () => {
          try {
            const result = await send.mutateAsync(form.values);
            notifySuccess(t("events.followUp.sent", { count: result.recipients }));
          } catch (error) {
            applyFieldErrors(form, error, FIELDS);
            throw error;
          }
        }}
      />
    </Paper>
  );
}
