import { Badge, Box, Button, Code, Group, Paper, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { GRADUATION_PLACEHOLDERS, type GraduationTemplate, type GraduationTemplateView } from "../../../../shared/contracts/offboarding";
import type { Locale } from "../../../../shared/locales";
import { ConfirmButton } from "../../../components/confirm-button";
import { ProblemAlert } from "../../../components/problem-alert";
import { isApiError } from "../../../lib/api-client";
import { notifySuccess } from "../../../lib/notify";
import { usePreviewTemplate, useResetTemplate, useSaveTemplate } from "../api/offboarding";

function fieldError(error: unknown, field: "subject" | "body"): string | undefined {
  if (!isApiError(error)) return undefined;
  const messages = (error.problem.errors ?? []).filter((e) => e.path === field).map((e) => e.message);
  return messages.length ? messages.join(" ") : undefined;
}

/** One template in one language: subject, body, and the email as it will look, updated while typing. */
function TemplatePane({ view }: { view: GraduationTemplateView }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(view.subject);
  const [body, setBody] = useState(view.body);
  useEffect(() => {
    setSubject(view.subject);
    setBody(view.body);
  }, [view.subject, view.body]);
  const [debounced] = useDebouncedValue({ subject, body }, 400);
  const preview = usePreviewTemplate();
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const { mutate } = preview;

  useEffect(() => {
    mutate({ template: view.template, locale: view.locale, subject: debounced.subject, body: debounced.body });
  }, [mutate, view.template, view.locale, debounced.subject, debounced.body]);

  const error = save.error ?? preview.error;
  const dirty = subject !== view.subject || body !== view.body;
  const insert = (name: string) => setBody((current) => `${current}{{${name}}}`);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="md">
        <Group gap="xs">
          <Badge variant="light" color={view.customized ? "indigo" : "gray"}>
            {view.customized ? t("offboarding.templates.customized") : t("offboarding.templates.default")}
          </Badge>
        </Group>
        <TextInput
          label={t("offboarding.templates.subject")}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
          error={fieldError(error, "subject")}
        />
        <Textarea
          label={t("offboarding.templates.body")}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={12}
          maxRows={28}
          error={fieldError(error, "body")}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t("offboarding.templates.placeholders")}
          </Text>
          <Group gap="xs">
            {GRADUATION_PLACEHOLDERS.map((name) => (
              <Button key={name} size="compact-xs" variant="default" onClick={() => insert(name)}>
                <Code>{`{{${name}}}`}</Code>&nbsp;{t(`offboarding.templates.placeholderNames.${name}`)}
              </Button>
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {t("offboarding.templates.linkHint")}
          </Text>
        </Stack>
        {save.isError && !fieldError(save.error, "subject") && !fieldError(save.error, "body") ? <ProblemAlert error={save.error} /> : null}
        <Group>
          <Button
            disabled={!dirty}
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { template: view.template, locale: view.locale, input: { subject, body } },
                { onSuccess: () => notifySuccess(t("offboarding.templates.saved")) },
              )
            }
          >
            {t("offboarding.templates.save")}
          </Button>
          {view.customized ? (
            <ConfirmButton
              variant="subtle"
              color="red"
              confirmTitle={t("offboarding.templates.resetTitle")}
              confirmMessage={t("offboarding.templates.resetMessage")}
              confirmLabel={t("offboarding.templates.reset")}
              onConfirm={() =>
                reset.mutateAsync({ template: view.template, locale: view.locale }).then(() => notifySuccess(t("offboarding.templates.resetDone")))
              }
            >
              {t("offboarding.templates.reset")}
            </ConfirmButton>
          ) : null}
        </Group>
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t("offboarding.templates.preview")}
        </Title>
        <Text size="xs" c="dimmed">
          {t("offboarding.templates.previewSample")}
        </Text>
        <Paper withBorder radius="md" p="md" bg="gray.0">
          {preview.data ? (
            <Stack gap="sm">
              <Text fw={600} size="sm">
                {t("offboarding.templates.previewSubject", { subject: preview.data.subject, interpolation: { escapeValue: false } })}
              </Text>
              <Box
                component="iframe"
                title={t("offboarding.templates.previewLabel")}
                srcDoc={preview.data.html}
                sandbox=""
                style={{ width: "100%", minHeight: 520, border: 0, background: "white", borderRadius: 6 }}
              />
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              …
            </Text>
          )}
        </Paper>
      </Stack>
    </SimpleGrid>
  );
}

/** The invitation and reminder, each in Japanese and English tabs. */
export function TemplateEditor({ views }: { views: GraduationTemplateView[] }) {
  const { t } = useTranslation();
  const [template, setTemplate] = useState<GraduationTemplate>("graduation_invitation");
  const [locale, setLocale] = useState<Locale>("ja");
  const view = views.find((v) => v.template === template && v.locale === locale);
  return (
    <Stack gap="md">
      <Tabs value={template} onChange={(value) => value && setTemplate(value as GraduationTemplate)}>
        <Tabs.List>
          <Tabs.Tab value="graduation_invitation">{t("offboarding.templates.invitation")}</Tabs.Tab>
          <Tabs.Tab value="graduation_reminder">{t("offboarding.templates.reminder")}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Tabs value={locale} onChange={(value) => value && setLocale(value as Locale)} variant="pills">
        <Tabs.List>
          <Tabs.Tab value="ja">日本語</Tabs.Tab>
          <Tabs.Tab value="en">English</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {view ? <TemplatePane key={`${template}-${locale}`} view={view} /> : null}
    </Stack>
  );
}
