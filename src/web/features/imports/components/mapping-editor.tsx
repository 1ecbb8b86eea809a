import { Alert, List, NativeSelect, Stack, Table, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ExitType } from "../../../../shared/contracts/alumni";
import type { ImportField, ImportPreviewRow } from "../../../../shared/contracts/imports";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";
import { importFieldOptions } from "./import-field-labels";
import { type MappingDraft, missingRequirements } from "./mapping-draft";

type Props = {
  draft: MappingDraft;
  /** The first row as read with the detected mapping: an example value beside each column. */
  firstRow?: ImportPreviewRow;
  /** Columns as they were mapped when the file was read, to find each column's example value. */
  readColumns: (ImportField | "")[];
};

/** The value as Okaeri read it; an exit type is read into one of the record's own kinds, shown by its label. */
function exampleText(t: TFunction, field: ImportField, value: string | undefined): string | undefined {
  const exitType = field === "exitType" ? ExitType.safeParse(value) : null;
  return exitType?.success ? t(`alumni.exitType.${exitType.data}`) : value;
}

/** One row per column of the file, with the record field it fills. */
export function MappingEditor({ draft, firstRow, readColumns }: Props) {
  const { t } = useTranslation();
  const options = importFieldOptions(t);
  const missing = missingRequirements(draft.mapping);

  return (
    <Stack gap="sm">
      {missing.length > 0 ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("imports.mapping.missingTitle")}>
          <List size="sm">
            {missing.map((code) => (
              <List.Item key={code}>{t(`imports.mapping.missing.${code}`)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <TableScroll label={t("imports.mapping.tableLabel")} minWidth={640}>
        <Table aria-label={t("imports.mapping.tableLabel")} highlightOnHover={false}>
          <TableHead columns={[t("imports.mapping.column"), t("imports.mapping.example"), t("imports.mapping.field")]} />
          <Table.Tbody>
            {draft.headers.map((header, index) => {
              const readAs = readColumns[index];
              const example = readAs && firstRow ? exampleText(t, readAs, firstRow.values[readAs]) : undefined;
              const field = draft.columns[index] ?? "";
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a file may repeat a header; its position is its identity.
                <Table.Tr key={index}>
                  <Table.Th scope="row" fw={600}>
                    <Text size="sm" fw={600}>
                      {header}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm" c={example ? undefined : "dimmed"}>
                      {example || t("imports.mapping.noExample")}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={240}>
                    <NativeSelect
                      aria-label={t("imports.mapping.selectLabel", { header })}
                      value={field}
                      onChange={(event) => draft.setColumn(index, event.currentTarget.value as ImportField | "")}
                      data={[
                        { value: "", label: t("imports.mapping.skip") },
                        ...options.map((option) => {
                          const usedAt = draft.columns.indexOf(option.value);
                          return usedAt >= 0 && usedAt !== index
                            ? { ...option, label: t("imports.mapping.usedBy", { field: option.label, header: draft.headers[usedAt] }) }
                            : option;
                        }),
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
