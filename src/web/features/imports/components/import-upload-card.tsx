import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle, IconSearch } from "@tabler/icons-react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";
import { currentLocale } from "../../../i18n";
import { useStartImport } from "../api/start-import";
import { FileDropZone } from "./file-drop-zone";
import { IMPORT_ACCEPT, importFileProblem } from "./import-file-check";
import { AUTO_DETECT, LayoutSelect } from "./layout-select";
import { SupportedFiles } from "./supported-files";

/** Step 1: choose a file and start a dry run, which reads and checks it without changing the directory. */
export function ImportUploadCard({ onStarted }: { onStarted: (importId: string) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [layout, setLayout] = useState(AUTO_DETECT);
  const [submitted, setSubmitted] = useState(false);
  const start = useStartImport();
  const headingId = useId();
  const supportedId = useId();

  const fileError = file ? importFileProblem(t, file, currentLocale()) : submitted ? t("imports.upload.chooseFile") : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!file || fileError) return;
    start.mutate({ file, preset: layout === AUTO_DETECT ? undefined : layout, dryRun: true }, { onSuccess: ({ id }) => onStarted(id) });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <Title order={2} size="h4" id={headingId}>
                {t("imports.upload.title")}
              </Title>
              <FileDropZone
                file={file}
                onChange={(next) => {
                  setFile(next);
                  start.reset();
                }}
                accept={IMPORT_ACCEPT}
                error={fileError}
                disabled={start.isPending}
              />
              <LayoutSelect value={layout} onChange={setLayout} disabled={start.isPending} />
              <Alert variant="light" color="indigo" icon={<IconInfoCircle aria-hidden />}>
                <Text size="sm">{t("imports.upload.dryRunNote")}</Text>
              </Alert>
              <ProblemAlert error={start.error} />
              <Group gap="md">
                <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />} loading={start.isPending}>
                  {t("imports.upload.submit")}
                </Button>
                <Text size="sm" c="dimmed" role="status">
                  {start.isPending ? t("imports.upload.uploading") : ""}
                </Text>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <SupportedFiles headingId={supportedId} />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
