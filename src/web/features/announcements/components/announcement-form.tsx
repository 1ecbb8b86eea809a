import { Alert, Button, Group, Modal, Paper, SegmentedControl, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Title } from "@mantine/core";
import { DateTimePicker } from "@mantine/dates";
import { useForm } from "@mantine/form";
import "dayjs/locale/ja";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconUsers } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES, type ConsentPurpose } from "../../../../shared/consent-purposes";
import type { Announcement, AnnouncementInput } from "../../../../shared/contracts/announcements";
import type { Segment } from "../../../../shared/contracts/segments";
import { ConfirmDialog } from "../../../components/confirm-dialog";
import { ProblemAlert } from "../../../components/problem-alert";
import { currentLocale, i18n } from "../../../i18n";
import { formatDateTime, isoToTokyoWall, tokyoWallToIso } from "../../../lib/dates";
import { applyFieldErrors } from "../../../lib/form-errors";
import { notifyProblem, notifySuccess } from "../../../lib/notify";
import { useMarkdownPreview } from "../../markdown/api/markdown";
import { MarkdownEditor } from "../../markdown/components/markdown-editor";
import { MarkdownHtml } from "../../markdown/components/markdown-html";
import { useAudience, useCreateAnnouncement, useSendTestAnnouncement, useUpdateAnnouncement } from "../api/announcements";
import type { AnnouncementDraft } from "../draft-handoff";
import { SegmentFilters } from "./segment-filters";

const BODY_MAX = 20_000;
const FIELDS = ["purpose", "subjectJa", "bodyJa", "subjectEn", "bodyEn", "scheduledAt", "segment.leftTo", "segment.leftFrom", "segment.department"] as const;

interface Values {
  purpose: ConsentPurpose;
  subjectJa: string;
  bodyJa: string;
  subjectEn: string;
  bodyEn: string;
  segment: Segment;
  when: "now" | "later";
  /** Tokyo wall time "YYYY-MM-DD HH:mm". */
  scheduledAt: string | null;
}

const required = (value: string) => (value.trim() ? null : i18n.t("mail.compose.required"));
const subject = (value: string) => required(value) ?? (/[\r\n]/.test(value) ? i18n.t("mail.compose.lineBreak") : null);
const body = (value: string) => required(value) ?? ([...value].length > BODY_MAX ? i18n.t("markdown.tooLong", { max: BODY_MAX.toLocaleString() }) : null);
const yearsBackwards = (segment: Segment) => segment.leftFrom !== undefined && segment.leftTo !== undefined && segment.leftTo < segment.leftFrom;

/** Compose in both languages (Markdown), choose who receives it, preview, test, then send or schedule after a confirmation. */
export function AnnouncementForm({
  initial,
  draft,
  onSaved,
}: {
  initial?: Announcement;
  /** Prefilled content for a new newsletter (composed by another feature); HR still reviews and sends it. */
  draft?: AnnouncementDraft;
  onSaved: (announcement: Announcement) => void;
}) {
  const { t } = useTranslation();
  const editing = Boolean(initial);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      purpose: initial?.purpose ?? draft?.purpose ?? "company_news",
      subjectJa: initial?.subjectJa ?? draft?.subjectJa ?? "",
      bodyJa: initial?.bodyJa ?? draft?.bodyJa ?? "",
      subjectEn: initial?.subjectEn ?? draft?.subjectEn ?? "",
      bodyEn: initial?.bodyEn ?? draft?.bodyEn ?? "",
      segment: initial?.segment ?? draft?.segment ?? {},
      when: editing ? "later" : "now",
      scheduledAt: initial?.scheduledAt ? isoToTokyoWall(initial.scheduledAt) : null,
    },
    validate: {
      subjectJa: subject,
      bodyJa: body,
      subjectEn: subject,
      bodyEn: body,
      scheduledAt: (value, values) => {
        if (values.when !== "later") return null;
        if (!value) return i18n.t("mail.compose.scheduleRequired");
        return Date.parse(tokyoWallToIso(value)) > Date.now() ? null : i18n.t("mail.compose.scheduleFuture");
      },
      segment: { leftTo: (_v, values) => (yearsBackwards(values.segment) ? i18n.t("mail.segment.yearsBackwards") : null) },
    },
  });
  const [segment] = useDebouncedValue(form.values.segment, 300);
  const backwards = yearsBackwards(segment);
  const audience = useAudience(form.values.purpose, segment, !backwards);
  const create = useCreateAnnouncement();
  const update = useUpdateAnnouncement(initial?.id ?? "");
  const sendTest = useSendTestAnnouncement();
  const [previewOpened, preview] = useDisclosure(false);
  const [confirmOpened, confirm] = useDisclosure(false);
  const recipients = audience.data?.recipients ?? 0;
  const later = form.values.when === "later";

  const whenValid = (action: () => void) => () => {
    if (!form.validate().hasErrors) action();
  };
  const input = (): AnnouncementInput => {
    const { when, scheduledAt, ...draft } = form.values;
    return { ...draft, ...(when === "later" && scheduledAt ? { scheduledAt: tokyoWallToIso(scheduledAt) } : {}) };
  };
  const save = async () => {
    const values = input();
    if (initial) return update.mutateAsync({ ...values, scheduledAt: values.scheduledAt ?? "" });
    return create.mutateAsync(values);
  };
  const problem = create.error ?? update.error;

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="audience-heading">
          <Stack gap="md">
            <Title order={2} size="h4" id="audience-heading">
              {t("mail.compose.audienceTitle")}
            </Title>
            <Select
              label={t("mail.compose.purpose")}
              description={t("mail.compose.purposeHelp")}
              data={CONSENT_PURPOSES.filter((p) => p !== "alumni_visibility").map((p) => ({ value: p, label: t(`consentPurposes.${p}.label`) }))}
              allowDeselect={false}
              maw={420}
              value={form.values.purpose}
              onChange={(value) => value && form.setFieldValue("purpose", value as ConsentPurpose)}
            />
            <SegmentFilters
              value={form.values.segment}
              onChange={(next) => {
                form.setFieldValue("segment", next);
                form.clearFieldError("segment.leftTo");
              }}
              errors={{
                leftTo: (form.errors["segment.leftTo"] as string | undefined) ?? (backwards ? t("mail.segment.yearsBackwards") : null),
                leftFrom: form.errors["segment.leftFrom"] as string | undefined,
                department: form.errors["segment.department"] as string | undefined,
              }}
            />
            <Group gap="xs" aria-live="polite" wrap="nowrap" align="flex-start">
              <IconUsers size={18} aria-hidden style={{ marginTop: 2, flexShrink: 0 }} />
              <Text size="sm" fw={500}>
                {backwards
                  ? t("mail.segment.yearsBackwards")
                  : audience.isPending
                    ? t("mail.compose.audienceLoading")
                    : t("mail.compose.audienceSegment", { matching: audience.data?.matching ?? 0, count: recipients })}
              </Text>
            </Group>
            {audience.isError ? <ProblemAlert error={audience.error} onRetry={() => void audience.refetch()} /> : null}
            {audience.data && recipients === 0 && !backwards ? (
              <Alert color="yellow" variant="light">
                {t("mail.compose.audienceEmptySegment")}
              </Alert>
            ) : null}
          </Stack>
        </Paper>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {(["ja", "en"] as const).map((locale) => {
            const s = locale === "ja" ? "subjectJa" : "subjectEn";
            const b = locale === "ja" ? "bodyJa" : "bodyEn";
            return (
              <Paper key={locale} withBorder p="lg" radius="md" component="section" aria-labelledby={`compose-${locale}`}>
                <Stack gap="sm" lang={locale}>
                  <Title order={2} size="h4" id={`compose-${locale}`}>
                    {t(`mail.compose.language.${locale}`)}
                  </Title>
                  <TextInput label={t(`mail.compose.${s}`)} required withAsterisk maxLength={150} {...form.getInputProps(s)} />
                  <MarkdownEditor
                    label={t(`mail.compose.${b}`)}
                    name={b}
                    value={form.values[b]}
                    onChange={(value) => form.setFieldValue(b, value)}
                    error={form.errors[b] as string | undefined}
                    maxLength={BODY_MAX}
                    minRows={10}
                    required
                  />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="when-heading">
          <Stack gap="sm">
            <Title order={2} size="h4" id="when-heading">
              {t("mail.compose.whenTitle")}
            </Title>
            {editing ? null : (
              <SegmentedControl
                w="fit-content"
                value={form.values.when}
                onChange={(value) => form.setFieldValue("when", value as Values["when"])}
                data={[
                  { value: "now", label: t("mail.compose.whenNow") },
                  { value: "later", label: t("mail.compose.whenLater") },
                ]}
                aria-label={t("mail.compose.whenTitle")}
              />
            )}
            {later ? (
              <DateTimePicker
                label={t("mail.compose.scheduledAt")}
                description={t("mail.compose.scheduledAtHelp")}
                valueFormat="YYYY/MM/DD HH:mm"
                placeholder="2026/12/01 10:00"
                minDate={new Date()}
                locale={currentLocale()}
                firstDayOfWeek={0}
                ariaLabels={{
                  nextMonth: t("mail.picker.nextMonth"),
                  previousMonth: t("mail.picker.previousMonth"),
                  nextYear: t("mail.picker.nextYear"),
                  previousYear: t("mail.picker.previousYear"),
                  nextDecade: t("mail.picker.nextDecade"),
                  previousDecade: t("mail.picker.previousDecade"),
                  monthLevelControl: t("mail.picker.monthLevel"),
                  yearLevelControl: t("mail.picker.yearLevel"),
                }}
                timePickerProps={{ hoursInputLabel: t("mail.picker.hours"), minutesInputLabel: t("mail.picker.minutes") }}
                submitButtonProps={{ "aria-label": t("mail.picker.submit") }}
                clearButtonProps={{ "aria-label": t("mail.picker.clear") }}
                maw={320}
                clearable
                value={form.values.scheduledAt}
                onChange={(value) => form.setFieldValue("scheduledAt", value ? String(value) : null)}
                error={form.errors.scheduledAt}
                required
              />
            ) : null}
          </Stack>
        </Paper>
        {problem ? <ProblemAlert error={problem} /> : null}
        <Group>
          <Button variant="default" onClick={whenValid(preview.open)}>
            {t("mail.compose.preview")}
          </Button>
          <Button
            variant="default"
            loading={sendTest.isPending}
            onClick={whenValid(() => {
              const { scheduledAt: _, ...draft } = input();
              sendTest.mutate(draft, {
                onSuccess: (result) => notifySuccess(t("mail.compose.testSent", { email: result.sentTo })),
                onError: (error) => {
                  if (!applyFieldErrors(form, error, FIELDS)) notifyProblem(error);
                },
              });
            })}
          >
            {t("mail.compose.sendTest")}
          </Button>
          <Button onClick={whenValid(confirm.open)} disabled={!audience.data || recipients === 0 || backwards}>
            {editing ? t("mail.compose.saveSchedule") : later ? t("mail.compose.schedule") : t("mail.compose.send")}
          </Button>
        </Group>
        {audience.data && recipients === 0 && !backwards ? (
          <Text size="sm" c="dimmed">
            {t("mail.compose.sendDisabled")}
          </Text>
        ) : null}
      </Stack>

      <PreviewModal opened={previewOpened} onClose={preview.close} values={form.values} />

      <ConfirmDialog
        opened={confirmOpened}
        onClose={confirm.close}
        title={later ? t("mail.compose.confirmScheduleTitle") : t("mail.compose.confirmTitle")}
        message={
          later && form.values.scheduledAt
            ? t("mail.compose.confirmScheduleMessage", { count: recipients, at: formatDateTime(tokyoWallToIso(form.values.scheduledAt)) })
            : t("mail.compose.confirmMessage", { count: recipients })
        }
        confirmLabel={later ? t("mail.compose.confirmScheduleLabel") : t("mail.compose.confirmLabel")}
        destructive={false}
        onConfirm={async () => {
          try {
            const saved = await save();
            notifySuccess(saved.status === "scheduled" ? t("mail.compose.scheduled") : t("mail.compose.sent"));
            onSaved(saved);
          } catch (error) {
            applyFieldErrors(form, error, FIELDS);
            throw error;
          }
        }}
      />
    </form>
  );
}

/** Both languages as the server renders them into the mail. */
function PreviewModal({ opened, onClose, values }: { opened: boolean; onClose: () => void; values: Values }) {
  const { t } = useTranslation();
  const [locale, setLocale] = useState<string | null>("ja");
  return (
    <Modal opened={opened} onClose={onClose} title={t("mail.compose.previewTitle")} size="lg" closeButtonProps={{ "aria-label": t("common.close") }}>
      <Tabs value={locale} onChange={setLocale}>
        <Tabs.List>
          <Tabs.Tab value="ja">{t("mail.compose.language.ja")}</Tabs.Tab>
          <Tabs.Tab value="en">{t("mail.compose.language.en")}</Tabs.Tab>
        </Tabs.List>
        {(["ja", "en"] as const).map((l) => (
          <Tabs.Panel key={l} value={l} pt="md" lang={l}>
            {opened && locale === l ? (
              <PreviewBody subject={l === "ja" ? values.subjectJa : values.subjectEn} body={l === "ja" ? values.bodyJa : values.bodyEn} />
            ) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
      <Text size="xs" c="dimmed" mt="md">
        {t("mail.compose.previewNote")}
      </Text>
    </Modal>
  );
}

function PreviewBody({ subject, body }: { subject: string; body: string }) {
  const { t } = useTranslation();
  const rendered = useMarkdownPreview(body);
  return (
    <Stack gap="sm">
      <Text fw={700}>{subject}</Text>
      {rendered.isError ? (
        <ProblemAlert error={rendered.error} />
      ) : rendered.data ? (
        <MarkdownHtml html={rendered.data.html} />
      ) : (
        <Text c="dimmed">{t("markdown.loading")}</Text>
      )}
    </Stack>
  );
}
