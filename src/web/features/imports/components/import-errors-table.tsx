import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportProblem } from "../../../../shared/contracts/imports";
import { TableHead } from "../../../components/table-head";
import { TableScroll } from "../../../components/table-scroll";

/** Row problems: which row of the file, which column, and what to fix, in the reader's language. */
export function ImportErrorsTable({ errors }: { errors: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t("imports.errors.tableLabel")} minWidth={560}>
      <Table aria-label={t("imports.errors.tableLabel")} verticalSpacing="xs" fz="sm">
        <TableHead columns={[{ label: t("imports.errors.row"), width: 80 }, { label: t("imports.errors.column"), width: 200 }, t("imports.errors.message")]} />
        <Table.Tbody>
          {errors.map((error, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one row can have several problems in the same column.
            <Table.Tr key={index}>
              <Table.Td>{error.row ?? ""}</Table.Td>
              <Table.Td>{error.column ?? ""}</Table.Td>
              <Table.Td>{error.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
