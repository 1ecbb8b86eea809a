import { Alert, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDisclosure } from "@mantine/hooks";
import { IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../../shared/consent-purposes";
import type { Announcement, AnnouncementInput } from "../../../../shared/contracts/announcements";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { ProblemAlert } from "../../../components/problem-alert";
import { i18n } from "../../../i18n";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useAudience, useCreateAnnouncement, useSendTestAnnouncement } from "../api/announcements";
import { AnnouncementBody } from "./announcement-body";

const FIELDS = ["purpose", "subjectJa", "bodyJa", "subjectEn", "bodyEn"] as const;

const required = (value: string) => (value.trim() ? null : i18n.t("mail.compose.required"));
const subject = (value: string) => required(value) ?? (/[\r\n]/.test(value) ? i18n.t("mail.compose.lineBreak") : null);

/** Compose in both languages, see who would receive it, preview, test, then send after a confirmation. */
export function AnnouncementForm({ onSent }: { onSent: (announcement: Announcement) => void }) {
  const { t } = useTranslation();
  const form = useForm<AnnouncementInput>({
    mode: "controlled",
    initialValues: { purpose: "company_news", subjectJa: "", bodyJa: "", subjectEn: "", bodyEn: "" },
    validate: { subjectJa: subject, bodyJa: required, subjectEn: subject, bodyEn: required },
  });
  const audience = useAudience(form.values.purpose);
  const create = useCreateAnnouncement();
  const sendTest = useSendTestAnnouncement();
  const [previewOpened, preview] = useDisclosure(false);
  const [confirmOpened, confirm] = useDisclosure(false);
  const [previewLocale, setPreviewLocale] = useState<string | null>("ja");
  const count = audience.data?.count ?? 0;

  const whenValid = (action: () => void) => () => {
    if (!form.validate().hasErrors) action();
  };
  const values = (): AnnouncementInput => ({ ...form.values });

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Select
              label={t("mail.compose.purpose")}
              description={t("mail.compose.purposeHelp")}
              data={CONSENT_PURPOSES.filter((p) => p !== "alumni_visibility").map((p) => ({ value: p, label: t(`consentPurposes.${p}.label`) }))}
              allowDeselect={false}
              maw={420}
              {...form.getInputProps("purpose")}
              onChange={(value) => value && form.setFieldValue("purpose", value as ConsentPurpose)}
            />
            <Group gap="xs" aria-live="polite">
              <IconUsers size={18} aria-hidden />
              <Text size="sm">{audience.isPending ? t("mail.compose.audienceLoading") : t("mail.compose.audience", { count })}</Text>
            </Group>
            {audience.isError ? <ProblemAlert error={audience.error} onRetry={() => void audience.refetch()} /> : null}
            {audience.data && count === 0 ? (
              <Alert color="yellow" variant="light">
                {t("mail.compose.audienceEmpty")}
              </Alert>
            ) : null}
          </Stack>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Title order={2} size="h4" lang="ja">
                日本語
              </Title>
              <TextInput label={t("mail.compose.subjectJa")} required withAsterisk maxLength={150} lang="ja" {...form.getInputProps("subjectJa")} />
              <Textarea label={t("mail.compose.bodyJa")} required autosize minRows={8} maxRows={20} lang="ja" {...form.getInputProps("bodyJa")} />
            </Stack>
          </Paper>
          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Title order={2} size="h4" lang="en">
                English
              </Title>
              <TextInput label={t("mail.compose.subjectEn")} required withAsterisk maxLength={150} lang="en" {...form.getInputProps("subjectEn")} />
              <Textarea label={t("mail.compose.bodyEn")} required autosize minRows={8} maxRows={20} lang="en" {...form.getInputProps("bodyEn")} />
            </Stack>
          </Paper>
        </SimpleGrid>
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        <Group>
          <Button variant="default" onClick={whenValid(preview.open)}>
            {t("mail.compose.preview")}
          </Button>
          <Button
            variant="default"
            loading={sendTest.isPending}
            onClick={whenValid(() =>
              sendTest.mutate(values(), {
                onSuccess: (result) => notifySuccess(t("mail.compose.testSent", { email: result.sentTo })),
                onError: (error) => {
                  if (!applyFieldErrors(form, error, FIELDS)) notifyProblem(error);
                },
              }),
            )}
          >
            {t("mail.compose.sendTest")}
          </Button>
          <Button onClick={whenValid(confirm.open)} disabled={!audience.data || count === 0}>
            {t("mail.compose.send")}
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={previewOpened}
        onClose={preview.close}
        title={t("mail.compose.previewTitle")}
        size="lg"
        closeButtonProps={{ "aria-label": t("common.close") }}
      >
        <Tabs value={previewLocale} onChange={setPreviewLocale}>
          <Tabs.List>
            <Tabs.Tab value="ja">日本語</Tabs.Tab>
            <Tabs.Tab value="en">English</Tabs.Tab>
          </Tabs.List>
          {(["ja", "en"] as const).map((locale) => (
            <Tabs.Panel key={locale} value={locale} pt="md" lang={locale}>
              <Stack gap="sm">
                <Text fw={700}>{locale === "ja" ? form.values.subjectJa : form.values.subjectEn}</Text>
                <AnnouncementBody body={locale === "ja" ? form.values.bodyJa : form.values.bodyEn} />
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
        <Text size="xs" c="dimmed" mt="md">
          {t("mail.compose.previewNote")}
        </Text>
      </Modal>

      <ConfirmDialog
        opened={confirmOpened}
        onClose={confirm.close}
        title={t("mail.compose.confirmTitle")}
        message={t("mail.compose.confirmMessage", { count })}
        confirmLabel={t("mail.compose.confirmLabel")}
        destructive={false}
        onConfirm={async () => {
          try {
            const created = await create.mutateAsync(values());
            notifySuccess(t("mail.compose.sent"));
            onSent(created);
          } catch (error) {
            applyFieldErrors(form, error, FIELDS);
            throw error;
          }
        }}
      />
    </form>
  );
}
