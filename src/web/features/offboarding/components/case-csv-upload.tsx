import { Anchor, Button, FileInput, Group, Stack, Table, Text } from "@mantine/core";
import { IconDownload, IconFileUpload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../../components/problem-alert";
import { TableHead } from "../../../components/table-head";
import { isApiError } from "../../../lib/api-client";
import { notifySuccess } from "../../../lib/notify";
import { csvTemplateUrl, useImportCases } from "../api/offboarding";

/** Upload of many leavers: all rows or none, with every row's problems listed when something is wrong. */
export function CaseCsvUpload({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportCases();
  const rowErrors = isApiError(upload.error) ? (upload.error.problem.errors ?? []) : [];

  const submit = () => {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: (result) => {
        notifySuccess(t("offboarding.csv.created", { count: result.created }));
        setFile(null);
        onDone();
      },
    });
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("offboarding.csv.description")}
      </Text>
      <Group gap="lg">
        <Anchor href={csvTemplateUrl("ja")} download size="sm">
          <Group gap={4} component="span">
            <IconDownload size={14} aria-hidden />
            {t("offboarding.csv.templateJa")}
          </Group>
        </Anchor>
        <Anchor href={csvTemplateUrl("en")} download size="sm">
          <Group gap={4} component="span">
            <IconDownload size={14} aria-hidden />
            {t("offboarding.csv.templateEn")}
          </Group>
        </Anchor>
      </Group>
      <Group align="flex-end">
        <FileInput
          label={t("offboarding.csv.file")}
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          w={360}
          leftSection={<IconFileUpload size={16} aria-hidden />}
        />
        <Button onClick={submit} disabled={!file} loading={upload.isPending}>
          {t("offboarding.csv.upload")}
        </Button>
      </Group>
      {upload.isError && rowErrors.length > 0 ? (
        <Stack gap="xs" role="alert">
          <Text fw={600} c="red.8">
            {t("offboarding.csv.errorsTitle")}
          </Text>
          <Text size="sm">{t("offboarding.csv.errorsBody")}</Text>
          <Table aria-label={t("offboarding.csv.errorsTitle")} withTableBorder striped>
            <TableHead columns={[t("offboarding.csv.rowColumn"), t("offboarding.csv.messageColumn")]} />
            <Table.Tbody>
              {rowErrors.map((error) => {
                const row = /^rows\.(\d+)/.exec(error.path)?.[1];
                return (
                  <Table.Tr key={`${error.path}-${error.code}`}>
                    <Table.Td style={{ whiteSpace: "nowrap" }}>{row ? t("offboarding.csv.row", { row }) : t("offboarding.csv.file_level")}</Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : upload.isError ? (
        <ProblemAlert error={upload.error} />
      ) : null}
    </Stack>
  );
}
